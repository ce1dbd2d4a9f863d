import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AssignmentLifecycleService, AssignmentSummaries } from '@gilde/assignments';
import { AuthUser } from '@gilde/identity';
import {
  ApiException,
  ContractEventPayload,
  EVENTS,
  EventsCarrying,
  apiError,
  appendToOutbox,
  invalidField,
  sql,
  transitionRefused,
} from '@gilde/kernel';
import { ContractErrors, ContractFieldCodes } from '../contracts.errors';
import { NewAuditEvent, recordAudit } from '../audit/audit-log';
import { assertCanDo } from '../domain/contract-state-machine';
import { ContractParty } from '../domain/contract-terms';
import { addDays } from '../domain/validators';
import { ContractDocumentsService } from '../documents/contract-documents.service';
import { ContractAcceptance } from '../entities/contract-acceptance.entity';
import { Contract } from '../entities/contract.entity';
import { ContractAccessService } from './contract-access.service';
import { ContractRulesService } from './contract-rules.service';
import { loadContractForInterimView, loadContractView } from './contract-views';
import { ExtendContractDto, TerminateContractDto } from './contract.dto';
import { ContractForInterimView, ContractView, ContractWithWarningsView } from './contract.view';
import { auditValues, isUniqueViolation } from './contracts.service';

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/**
 * The contract lifecycle: draft → sent → accepted → active → completed, or terminated; an
 * extension is a new version that supersedes the active one when countersigned. Every
 * transition locks the row, so of many simultaneous calls exactly one wins and the rest get 409.
 */
@Injectable()
export class ContractLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contractAccess: ContractAccessService,
    private readonly documents: ContractDocumentsService,
    private readonly rules: ContractRulesService,
    private readonly assignments: AssignmentLifecycleService,
    private readonly summaries: AssignmentSummaries,
  ) {}

  /** Procurement sends: the parties are snapshotted and the document is stored with its hash. */
  async send(user: AuthUser, id: string, origin: RequestOrigin): Promise<ContractView> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.contractAccess.load(manager, id, true);
      await this.contractAccess.requireProcurement(user, c, 'send', manager);
      assertCanDo('send', c.status);
      if (!c.dbaAnswers) {
        throw apiError(
          409,
          ContractErrors.dba_check_required,
          'Answer the self-employment (DBA) check before sending this contract.',
        );
      }
      const parties = await this.documents.snapshotParties(manager, c);
      const now = new Date();
      await manager.update(
        Contract,
        { id: c.id },
        { status: 'sent', sentAt: now, firstSentAt: c.firstSentAt ?? now, parties },
      );
      const sent = await manager.findOneByOrFail(Contract, { id: c.id });
      const document = await this.documents.storeCurrent(manager, sent, parties);
      await this.record(manager, sent, user, origin, 'sent', 'draft', {
        documentSha256: document.sha256,
      });
      await this.emit(manager, sent, [EVENTS.contractSent]);
      return loadContractView(manager, sent);
    });
  }

  /** The interim accepts the exact document of the current revision. */
  async accept(user: AuthUser, id: string, origin: RequestOrigin): Promise<ContractForInterimView> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.contractAccess.load(manager, id, true);
      await this.contractAccess.requireInterim(user, c, 'accept', manager);
      assertCanDo('accept', c.status);
      const sha256 = await this.acceptDocument(manager, c, user, 'interim', origin);
      await manager.update(Contract, { id: c.id }, { status: 'accepted' });
      const accepted = await manager.findOneByOrFail(Contract, { id: c.id });
      await this.record(manager, accepted, user, origin, 'accepted', c.status, {
        documentSha256: sha256,
      });
      await this.emit(manager, accepted, [EVENTS.contractAccepted]);
      return loadContractForInterimView(manager, accepted);
    });
  }

  /**
   * Procurement countersigns the document the interim accepted; the contract becomes active.
   * The first version fills the assignment; an extension supersedes the version it extends.
   */
  async countersign(user: AuthUser, id: string, origin: RequestOrigin): Promise<ContractView> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.contractAccess.load(manager, id, true);
      await this.contractAccess.requireProcurement(user, c, 'countersign', manager);
      assertCanDo('countersign', c.status);
      const interimAcceptance = await manager.findOne(ContractAcceptance, {
        where: {
          contractId: c.id,
          party: 'interim',
          revision: c.revision,
          invalidatedAt: IsNull(),
        },
      });
      const documentSha256 = await this.documents.storedHash(manager, c);
      if (!interimAcceptance || interimAcceptance.documentSha256 !== documentSha256) {
        // Cannot happen through the state machine; refuse rather than sign something else.
        throw apiError(
          409,
          ContractErrors.revision_not_accepted,
          'The interim has not accepted this revision of the contract.',
        );
      }
      const sha256 = await this.acceptDocument(manager, c, user, 'organisation', origin);
      const now = new Date();
      const audits: NewAuditEvent[] = [];
      if (c.previousVersionId) {
        const previous = await this.contractAccess.load(manager, c.previousVersionId, true);
        if (previous.status !== 'active') {
          throw transitionRefused('contract version it extends', 'extend', previous.status);
        }
        await manager.update(
          Contract,
          { id: previous.id },
          { status: 'superseded', supersededAt: now },
        );
        audits.push(
          this.auditOf(
            previous,
            user,
            origin,
            'superseded',
            { status: 'active' },
            {
              status: 'superseded',
              supersededBy: c.id,
            },
          ),
        );
      } else {
        await this.fillAssignment(manager, c.assignmentId, user.id);
      }
      await manager.update(Contract, { id: c.id }, { status: 'active', activatedAt: now });
      const active = await manager.findOneByOrFail(Contract, { id: c.id });
      await this.record(manager, active, user, origin, 'countersigned', c.status, {
        documentSha256: sha256,
      });
      await recordAudit(manager, audits);
      await this.emit(manager, active, [EVENTS.contractCountersigned, EVENTS.contractActivated]);
      return loadContractView(manager, active);
    });
  }

  async complete(user: AuthUser, id: string, origin: RequestOrigin): Promise<ContractView> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.contractAccess.load(manager, id, true);
      const viewer = await this.contractAccess.viewer(user, c, manager);
      if (viewer.side === 'interim') {
        await this.contractAccess.requireProcurement(user, c, 'complete', manager);
      }
      assertCanDo('complete', c.status);
      await manager.update(
        Contract,
        { id: c.id },
        { status: 'completed', completedAt: new Date() },
      );
      const done = await manager.findOneByOrFail(Contract, { id: c.id });
      await this.record(manager, done, user, origin, 'completed', c.status);
      await this.emit(manager, done, [EVENTS.contractCompleted]);
      // Both sides may now review the other.
      for (const side of ['organisation', 'interim'] as const) {
        await appendToOutbox(manager, {
          eventType: EVENTS.reviewRequested,
          tenantId: done.organisationId,
          aggregateType: 'contract',
          aggregateId: done.id,
          payload: { ...this.payload(done), reviewerSide: side },
        });
      }
      return loadContractView(manager, done);
    });
  }

  async terminate(
    user: AuthUser,
    id: string,
    dto: TerminateContractDto,
    origin: RequestOrigin,
  ): Promise<ContractView> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.contractAccess.load(manager, id, true);
      await this.contractAccess.requireProcurement(user, c, 'terminate', manager);
      assertCanDo('terminate', c.status);
      await manager.update(
        Contract,
        { id: c.id },
        { status: 'terminated', terminatedAt: new Date(), terminationReason: dto.reason.trim() },
      );
      const ended = await manager.findOneByOrFail(Contract, { id: c.id });
      await this.record(manager, ended, user, origin, 'terminated', c.status, {
        reasonGiven: true,
      });
      await this.emit(manager, ended, [EVENTS.contractTerminated]);
      return loadContractView(manager, ended);
    });
  }

  /**
   * An extension is a new version (a draft) that restates the contract with a later end date;
   * it goes through send, accept and countersign like the first, with a fresh DBA check.
   */
  async extend(
    user: AuthUser,
    id: string,
    dto: ExtendContractDto,
    origin: RequestOrigin,
  ): Promise<ContractWithWarningsView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const c = await this.contractAccess.load(manager, id, true);
        await this.contractAccess.requireProcurement(user, c, 'extend', manager);
        assertCanDo('extend', c.status);
        if (dto.endDate <= c.endDate) {
          throw invalidField(
            'endDate',
            ContractFieldCodes.not_after_current_end,
            `endDate must be after the current end date ${c.endDate} to extend the contract.`,
          );
        }
        const open = await sql(manager)
          .selectFrom('contracts')
          .select('id')
          .where('previousVersionId', '=', c.id)
          .where('status', '<>', 'terminated')
          .executeTakeFirst();
        if (open) throw openExtension();
        const dayRate = dto.dayRate ?? c.dayRate;
        const rate = await this.rules.decideRate(manager, {
          organisationId: c.organisationId,
          assignmentId: c.assignmentId,
          seniority: c.seniority,
          dayRate,
          justification: dto.rateJustification,
          actorId: user.id,
          previous: c,
        });
        const answers = this.rules.dbaAnswers(dto.dbaCheck);
        const now = new Date();
        const newId = randomUUID();
        const terms = { dayRate, startDate: c.startDate, endDate: dto.endDate };
        await manager.insert(Contract, {
          id: newId,
          seriesId: c.seriesId,
          version: c.version + 1,
          previousVersionId: c.id,
          organisationId: c.organisationId,
          interimId: c.interimId,
          responseId: c.responseId,
          assignmentId: c.assignmentId,
          status: 'draft',
          form: c.form,
          modelAgreementRef: c.modelAgreementRef,
          modelAgreementTitle: c.modelAgreementTitle,
          dayRate,
          startDate: c.startDate,
          endDate: dto.endDate,
          extensionFrom: addDays(c.endDate, 1),
          hoursPerWeek: dto.hoursPerWeek ?? c.hoursPerWeek,
          placeOfWork:
            dto.placeOfWork !== undefined ? dto.placeOfWork?.trim() || null : c.placeOfWork,
          noticePeriodDays:
            dto.noticePeriodDays !== undefined ? dto.noticePeriodDays : c.noticePeriodDays,
          terms: dto.terms !== undefined ? dto.terms?.trim() || null : c.terms,
          seniority: c.seniority,
          rateCardMaxDayRate: rate.rateCardMaxDayRate,
          rateJustification: rate.rateJustification,
          rateJustifiedBy: rate.rateJustifiedBy,
          rateJustifiedAt: rate.rateJustifiedAt,
          dbaAnswers: answers,
          ...this.rules.assess(answers, terms),
          dbaCheckedBy: user.id,
          dbaCheckedAt: now,
          revision: 1,
          revisedAt: now,
          createdBy: user.id,
        });
        const extension = await manager.findOneByOrFail(Contract, { id: newId });
        await recordAudit(manager, [
          this.auditOf(c, user, origin, 'extension_drafted', null, {
            extensionId: newId,
            endDate: dto.endDate,
          }),
          this.auditOf(extension, user, origin, 'drafted', null, {
            ...auditValues(extension),
            previousVersionId: c.id,
          }),
        ]);
        const view = await loadContractView(manager, extension);
        return { ...view, warnings: this.rules.warnings(extension) };
      });
    } catch (err) {
      if (isUniqueViolation(err, 'contracts_one_open_extension')) throw openExtension();
      throw err;
    }
  }

  /** Records a party's acceptance of the stored document of the current revision. */
  private async acceptDocument(
    manager: EntityManager,
    c: Contract,
    user: AuthUser,
    party: ContractParty,
    origin: RequestOrigin,
  ): Promise<string> {
    const sha256 = await this.documents.storedHash(manager, c);
    if (!sha256) {
      throw apiError(
        409,
        ContractErrors.no_sent_document,
        'This contract has no sent document to accept.',
      );
    }
    await manager.insert(ContractAcceptance, {
      contractId: c.id,
      party,
      userId: user.id,
      revision: c.revision,
      documentSha256: sha256,
      ip: origin.ip,
      userAgent: origin.userAgent?.slice(0, 300) ?? null,
    });
    return sha256;
  }

  private async fillAssignment(
    manager: EntityManager,
    assignmentId: string,
    actorId: string,
  ): Promise<void> {
    const assignment = (await this.summaries.byIds([assignmentId], manager)).get(assignmentId);
    // Filled already (an earlier contract for the same pick was signed, then ended): nothing to do.
    if (assignment && assignment.status !== 'filled') {
      await this.assignments.markFilled(manager, assignmentId, actorId);
    }
  }

  private async record(
    manager: EntityManager,
    c: Contract,
    user: AuthUser,
    origin: RequestOrigin,
    action: string,
    fromStatus: string,
    extra: Record<string, string | number | boolean> = {},
  ): Promise<void> {
    await recordAudit(
      manager,
      this.auditOf(
        c,
        user,
        origin,
        action,
        { status: fromStatus },
        {
          status: c.status,
          revision: c.revision,
          ...extra,
        },
      ),
    );
  }

  private auditOf(
    c: Contract,
    user: AuthUser,
    origin: RequestOrigin,
    action: string,
    before: NewAuditEvent['before'],
    after: NewAuditEvent['after'],
  ): NewAuditEvent {
    return {
      organisationId: c.organisationId,
      actorId: user.id,
      entityType: 'contract',
      entityId: c.id,
      action,
      before,
      after,
      ip: origin.ip,
    };
  }

  private async emit(
    manager: EntityManager,
    c: Contract,
    events: EventsCarrying<ContractEventPayload>[],
  ): Promise<void> {
    await appendToOutbox(
      manager,
      events.map((eventType) => ({
        eventType,
        tenantId: c.organisationId,
        aggregateType: 'contract',
        aggregateId: c.id,
        payload: this.payload(c),
      })),
    );
  }

  private payload(c: Contract): ContractEventPayload {
    return {
      contractId: c.id,
      seriesId: c.seriesId,
      version: c.version,
      organisationId: c.organisationId,
      interimId: c.interimId,
      assignmentId: c.assignmentId,
    };
  }
}

function openExtension(): ApiException {
  return apiError(
    409,
    ContractErrors.extension_open,
    'An extension of this contract is already being drafted; edit that one, or terminate it first.',
  );
}
