import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, FindOptionsWhere, IsNull, Not } from 'typeorm';
import { AssignmentSummaries } from '@gilde/assignments';
import { AuthUser, OrganisationAccessService } from '@gilde/identity';
import {
  ApiException,
  Page,
  apiError,
  invalidField,
  notFound,
  pageWindow,
  sql,
} from '@gilde/kernel';
import { ContractErrors, ContractFieldCodes } from '../contracts.errors';
import { recordAudit } from '../audit/audit-log';
import { AuditState } from '../entities/audit-event.entity';
import { fieldsRefused } from '../domain/contract-field-rules';
import { assertCanDo } from '../domain/contract-state-machine';
import { Contract } from '../entities/contract.entity';
import { ContractAccessService, ContractViewer } from './contract-access.service';
import { ContractRulesService } from './contract-rules.service';
import {
  defaultModelAgreement,
  loadContractView,
  loadContractViewFor,
  loadContractViewsFor,
} from './contract-views';
import { CreateContractDto, ListContractsQuery, UpdateContractDto } from './contract.dto';
import { ContractForInterimView, ContractView, ContractWithWarningsView } from './contract.view';

/** Values recorded in the audit trail as they are; free text is recorded only as "changed". */
const AUDITED_VALUES = [
  'status',
  'dayRate',
  'startDate',
  'endDate',
  'hoursPerWeek',
  'noticePeriodDays',
  'form',
  'modelAgreementRef',
  'seniority',
  'rateCardMaxDayRate',
  'dbaRiskLevel',
  'revision',
] as const;
const AUDITED_TEXT = ['placeOfWork', 'terms', 'rateJustification', 'dbaAnswers'] as const;

/** Drafting, editing and reading contracts. The lifecycle lives in ContractLifecycleService. */
@Injectable()
export class ContractsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly contractAccess: ContractAccessService,
    private readonly rules: ContractRulesService,
    private readonly responses: AssignmentSummaries,
  ) {}

  async create(
    user: AuthUser,
    dto: CreateContractDto,
    ip: string | null,
  ): Promise<ContractWithWarningsView> {
    this.rules.checkDates(dto.startDate, dto.endDate);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const response = await this.responses.response(dto.responseId, manager, {
          lock: 'share',
        });
        if (!response) throw notFound('Response');
        if (user.accountType !== 'client') throw notFound('Response');
        await this.access.require(
          user,
          response.organisationId,
          ['procurement'],
          'Response',
          manager,
        );
        if (response.status !== 'selected') {
          throw apiError(
            409,
            ContractErrors.response_not_selected,
            `Cannot draft a contract from this response: it is ${response.status}; the hiring manager selects a response first.`,
            { state: response.status },
          );
        }
        const existing = await sql(manager)
          .selectFrom('contracts')
          .select('id')
          .where('responseId', '=', response.id)
          .where('previousVersionId', 'is', null)
          .where('status', '<>', 'terminated')
          .executeTakeFirst();
        if (existing) throw duplicateContract();
        const rate = await this.rules.decideRate(manager, {
          organisationId: response.organisationId,
          assignmentId: response.assignmentId,
          seniority: dto.seniority ?? null,
          dayRate: dto.dayRate,
          justification: dto.rateJustification,
          actorId: user.id,
        });
        const form = dto.form ?? 'direct';
        const model = defaultModelAgreement(form, dto.modelAgreementRef);
        const answers = dto.dbaCheck ? this.rules.dbaAnswers(dto.dbaCheck) : null;
        const now = new Date();
        const id = randomUUID();
        await manager.insert(Contract, {
          id,
          seriesId: id,
          version: 1,
          previousVersionId: null,
          organisationId: response.organisationId,
          interimId: response.interimId,
          responseId: response.id,
          assignmentId: response.assignmentId,
          status: 'draft',
          form,
          modelAgreementRef: model.reference,
          modelAgreementTitle: model.title,
          dayRate: dto.dayRate,
          startDate: dto.startDate,
          endDate: dto.endDate,
          extensionFrom: null,
          hoursPerWeek: dto.hoursPerWeek,
          placeOfWork: dto.placeOfWork?.trim() || null,
          noticePeriodDays: dto.noticePeriodDays ?? null,
          terms: dto.terms?.trim() || null,
          seniority: dto.seniority ?? null,
          rateCardMaxDayRate: rate.rateCardMaxDayRate,
          rateJustification: rate.rateJustification,
          rateJustifiedBy: rate.rateJustifiedBy,
          rateJustifiedAt: rate.rateJustifiedAt,
          dbaAnswers: answers,
          ...this.rules.assess(answers, dto),
          dbaCheckedBy: answers ? user.id : null,
          dbaCheckedAt: answers ? now : null,
          revision: 1,
          revisedAt: now,
          createdBy: user.id,
        });
        const contract = await manager.findOneByOrFail(Contract, { id });
        await recordAudit(manager, [
          {
            organisationId: contract.organisationId,
            actorId: user.id,
            entityType: 'contract',
            entityId: id,
            action: 'drafted',
            after: {
              ...auditValues(contract),
              responseId: contract.responseId,
              assignmentId: contract.assignmentId,
            },
            ip,
          },
          ...(rate.justified
            ? [
                {
                  organisationId: contract.organisationId,
                  actorId: user.id,
                  entityType: 'contract',
                  entityId: id,
                  action: 'rate_justified',
                  after: { dayRate: contract.dayRate, rateCardMaxDayRate: rate.rateCardMaxDayRate },
                  ip,
                },
              ]
            : []),
        ]);
        const view = await loadContractView(manager, contract);
        return { ...view, warnings: this.rules.warnings(contract) };
      });
    } catch (err) {
      // Two simultaneous drafts: the unique index lets one through.
      if (isUniqueViolation(err, 'contracts_one_per_response')) throw duplicateContract();
      throw err;
    }
  }

  /**
   * Edits a draft, sent or accepted contract. Editing a sent or accepted contract returns it to
   * draft and voids the acceptances: the document they accepted no longer describes the
   * contract; procurement sends the new revision and the interim accepts again.
   */
  async update(
    user: AuthUser,
    id: string,
    dto: UpdateContractDto,
    ip: string | null,
  ): Promise<ContractWithWarningsView> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.contractAccess.load(manager, id, true);
      const viewer = await this.contractAccess.viewer(user, c, manager);
      if (viewer.side === 'interim') {
        throw apiError(
          403,
          ContractErrors.procurement_only,
          "Only the client's procurement desk edits a contract; ask them for the change.",
        );
      }
      const fields = (Object.keys(dto) as (keyof UpdateContractDto)[]).filter(
        (k) => dto[k] !== undefined,
      );
      const refused = fieldsRefused(fields, viewer.roles);
      if (refused.length) {
        throw apiError(
          403,
          ContractErrors.procurement_only,
          `Only procurement may change ${refused.join(', ')} of a contract.`,
        );
      }
      assertCanDo('edit', c.status);

      const next: Contract = { ...c };
      if (dto.dayRate !== undefined) next.dayRate = dto.dayRate;
      if (dto.startDate !== undefined) next.startDate = dto.startDate;
      if (dto.endDate !== undefined) next.endDate = dto.endDate;
      if (dto.hoursPerWeek !== undefined) next.hoursPerWeek = dto.hoursPerWeek;
      if (dto.placeOfWork !== undefined) next.placeOfWork = dto.placeOfWork?.trim() || null;
      if (dto.noticePeriodDays !== undefined) next.noticePeriodDays = dto.noticePeriodDays;
      if (dto.terms !== undefined) next.terms = dto.terms?.trim() || null;
      if (dto.seniority !== undefined) next.seniority = dto.seniority;
      if (dto.form !== undefined) next.form = dto.form;
      if (dto.form !== undefined || dto.modelAgreementRef !== undefined) {
        const model = defaultModelAgreement(
          next.form,
          dto.modelAgreementRef !== undefined ? dto.modelAgreementRef : undefined,
        );
        next.modelAgreementRef = model.reference;
        next.modelAgreementTitle = model.title;
      }
      if (c.version > 1 && next.startDate !== c.startDate) {
        throw invalidField(
          'startDate',
          ContractFieldCodes.extension_start_fixed,
          'An extension keeps the start date of the contract it extends; change endDate instead.',
        );
      }
      this.rules.checkDates(next.startDate, next.endDate);
      if (c.extensionFrom && next.endDate < c.extensionFrom) {
        throw invalidField(
          'endDate',
          ContractFieldCodes.before_extension,
          `An extension must end on or after ${c.extensionFrom}, the first day it extends.`,
        );
      }

      let justified = false;
      if (
        dto.dayRate !== undefined ||
        dto.seniority !== undefined ||
        dto.rateJustification !== undefined
      ) {
        const rate = await this.rules.decideRate(manager, {
          organisationId: c.organisationId,
          assignmentId: c.assignmentId,
          seniority: next.seniority,
          dayRate: next.dayRate,
          justification: dto.rateJustification,
          actorId: user.id,
          previous: c,
        });
        next.rateCardMaxDayRate = rate.rateCardMaxDayRate;
        next.rateJustification = rate.rateJustification;
        next.rateJustifiedBy = rate.rateJustifiedBy;
        next.rateJustifiedAt = rate.rateJustifiedAt;
        justified = rate.justified;
      }
      if (dto.dbaCheck) {
        next.dbaAnswers = this.rules.dbaAnswers(dto.dbaCheck);
        next.dbaCheckedBy = user.id;
        next.dbaCheckedAt = new Date();
      }
      Object.assign(next, this.rules.assess(next.dbaAnswers, next));

      const changed = changedFields(c, next);
      if (!changed.length) {
        const view = await loadContractView(manager, c);
        return { ...view, warnings: this.rules.warnings(c) };
      }

      next.revision = c.revision + 1;
      next.revisedAt = new Date();
      let invalidated = 0;
      if (c.status === 'sent' || c.status === 'accepted') {
        next.status = 'draft';
        next.sentAt = null;
        const result = await sql(manager)
          .updateTable('contractAcceptances')
          .set((eb) => ({ invalidatedAt: eb.fn('now') }))
          .where('contractId', '=', c.id)
          .where('invalidatedAt', 'is', null)
          .executeTakeFirst();
        invalidated = Number(result.numUpdatedRows);
      }
      await manager.update(Contract, { id: c.id }, pickEditable(next));
      const saved = await manager.findOneByOrFail(Contract, { id: c.id });

      const before: AuditState = {};
      const after: AuditState = {};
      for (const f of changed) {
        if ((AUDITED_VALUES as readonly string[]).includes(f)) {
          before[f] = auditValue(c[f as keyof Contract]);
          after[f] = auditValue(saved[f as keyof Contract]);
        }
      }
      const textChanged = changed.filter((f) => (AUDITED_TEXT as readonly string[]).includes(f));
      if (textChanged.length) after.textChanged = textChanged;
      before.revision = c.revision;
      after.revision = saved.revision;
      if (c.status !== saved.status) {
        before.status = c.status;
        after.status = saved.status;
        after.acceptancesInvalidated = invalidated;
      }
      await recordAudit(manager, [
        {
          organisationId: c.organisationId,
          actorId: user.id,
          entityType: 'contract',
          entityId: c.id,
          action: 'updated',
          before,
          after,
          ip,
        },
        ...(justified
          ? [
              {
                organisationId: c.organisationId,
                actorId: user.id,
                entityType: 'contract',
                entityId: c.id,
                action: 'rate_justified',
                after: { dayRate: saved.dayRate, rateCardMaxDayRate: saved.rateCardMaxDayRate },
                ip,
              },
            ]
          : []),
      ]);
      const view = await loadContractView(manager, saved);
      return { ...view, warnings: this.rules.warnings(saved) };
    });
  }

  async get(user: AuthUser, id: string): Promise<ContractView | ContractForInterimView> {
    const manager = this.dataSource.manager;
    const contract = await this.contractAccess.load(manager, id);
    const viewer = await this.contractAccess.viewer(user, contract);
    return loadContractViewFor(manager, contract, viewer);
  }

  async list(
    user: AuthUser,
    query: ListContractsQuery,
  ): Promise<Page<ContractView | ContractForInterimView>> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const where: FindOptionsWhere<Contract> = {};
    let viewer: ContractViewer;
    if (user.accountType === 'client') {
      if (!query.organisationId) {
        throw invalidField('organisationId', 'required', 'organisationId is required.');
      }
      const roles = await this.access.require(user, query.organisationId, [
        'procurement',
        'hiring_manager',
      ]);
      viewer = { side: 'organisation', roles };
      where.organisationId = query.organisationId;
    } else {
      viewer = { side: 'interim' };
      where.interimId = user.id;
      where.firstSentAt = Not(IsNull());
      if (query.organisationId) where.organisationId = query.organisationId;
    }
    if (query.status) where.status = query.status;
    const manager = this.dataSource.manager;
    const [rows, total] = await manager.findAndCount(Contract, {
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip,
      take,
    });
    return { items: await loadContractViewsFor(manager, rows, viewer), page, pageSize, total };
  }

  /** For the reviews and export services: the contract, after the caller may see it. */
  async loadVisible(user: AuthUser, id: string, manager: EntityManager): Promise<Contract> {
    const contract = await this.contractAccess.load(manager, id);
    await this.contractAccess.viewer(user, contract, manager);
    return contract;
  }
}

const COMPARED: (keyof Contract)[] = [
  'dayRate',
  'startDate',
  'endDate',
  'hoursPerWeek',
  'placeOfWork',
  'noticePeriodDays',
  'terms',
  'seniority',
  'form',
  'modelAgreementRef',
  'rateCardMaxDayRate',
  'rateJustification',
  'dbaRiskLevel',
];

const EDITABLE = [
  ...COMPARED,
  'modelAgreementTitle',
  'rateJustifiedBy',
  'rateJustifiedAt',
  'dbaAnswers',
  'dbaAssessment',
  'dbaCheckedBy',
  'dbaCheckedAt',
  'revision',
  'revisedAt',
  'status',
  'sentAt',
] as const satisfies (keyof Contract)[];

function pickEditable(c: Contract): Partial<Contract> {
  const out: Partial<Contract> = {};
  for (const k of EDITABLE) (out as Record<string, unknown>)[k] = c[k];
  return out;
}

function changedFields(a: Contract, b: Contract): string[] {
  const out = COMPARED.filter((k) => a[k] !== b[k]).map(String);
  if (JSON.stringify(a.dbaAnswers) !== JSON.stringify(b.dbaAnswers)) out.push('dbaAnswers');
  return out;
}

function auditValue(v: unknown): AuditState[string] {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  return JSON.stringify(v);
}

export function auditValues(c: Contract): AuditState {
  const out: AuditState = {};
  for (const k of AUDITED_VALUES) out[k] = auditValue(c[k]);
  return out;
}

function duplicateContract(): ApiException {
  return apiError(
    409,
    ContractErrors.contract_exists,
    'A contract for this response already exists; edit it, or terminate it to start again.',
  );
}

export function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as {
    code?: string;
    constraint?: string;
    driverError?: { code?: string; constraint?: string };
  };
  const code = e.driverError?.code ?? e.code;
  const name = e.driverError?.constraint ?? e.constraint;
  return code === '23505' && name === constraint;
}
