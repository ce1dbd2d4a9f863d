import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sql as expression } from 'kysely';
import { AssignmentSummaries } from '@gilde/assignments';
import { AuthUser, OrganisationAccessService, UserDirectory } from '@gilde/identity';
import { PageQuery, pageWindow, sql } from '@gilde/kernel';
import { safeCsv } from '../domain/csv-safe';
import { ContractAccessService } from '../contracts/contract-access.service';
import { AuditPageView } from '../contracts/contract.view';
import { AuditState } from '../entities/audit-event.entity';
import { recordAudit } from './audit-log';

const EXPORT_LIMIT = 50_000;

export const EXPORT_COLUMNS = [
  'contractId',
  'seriesId',
  'version',
  'status',
  'form',
  'modelAgreementRef',
  'assignmentId',
  'assignmentTitle',
  'interimId',
  'interimName',
  'interimKvkNumber',
  'dayRate',
  'rateCardMaxDayRate',
  'rateJustification',
  'startDate',
  'endDate',
  'hoursPerWeek',
  'placeOfWork',
  'noticePeriodDays',
  'dbaRiskLevel',
  'sentAt',
  'acceptedAt',
  'countersignedAt',
  'completedAt',
  'terminatedAt',
  'terminationReason',
  'documentSha256',
] as const;

/** Procurement's records: a contract's audit trail and the organisation's contracts as CSV. */
@Injectable()
export class ContractRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly contractAccess: ContractAccessService,
    private readonly people: UserDirectory,
    private readonly assignments: AssignmentSummaries,
  ) {}

  /**
   * Every recorded step of the contract (all its versions), of the response it was drafted
   * from and of that response's assignment, oldest first.
   */
  async audit(user: AuthUser, id: string, query: PageQuery): Promise<AuditPageView> {
    const manager = this.dataSource.manager;
    const c = await this.contractAccess.load(manager, id);
    await this.contractAccess.requireProcurement(user, c, 'read the audit trail of');
    const { page, pageSize, skip, take } = pageWindow(query);
    const db = sql(manager);
    const trail = db
      .selectFrom('auditEvents as e')
      .where('e.organisationId', '=', c.organisationId)
      .where((eb) =>
        eb.or([
          eb.and([
            eb('e.entityType', '=', 'contract'),
            eb(
              'e.entityId',
              'in',
              eb.selectFrom('contracts').select('id').where('seriesId', '=', c.seriesId),
            ),
          ]),
          eb.and([eb('e.entityType', '=', 'response'), eb('e.entityId', '=', c.responseId)]),
          eb.and([eb('e.entityType', '=', 'assignment'), eb('e.entityId', '=', c.assignmentId)]),
        ]),
      );
    const { n } = await trail
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const rows = await trail
      .select([
        'e.at',
        'e.actorId',
        'e.entityType',
        'e.entityId',
        'e.action',
        'e.before',
        'e.after',
        'e.ip',
      ])
      .orderBy('e.at')
      .orderBy('e.id')
      .limit(take)
      .offset(skip)
      .execute();
    const actors = await this.people.contacts(
      rows.flatMap((r) => (r.actorId ? [r.actorId] : [])),
      manager,
    );
    return {
      items: rows.map((r) => ({
        at: r.at.toISOString(),
        actorId: r.actorId,
        actorName: r.actorId ? (actors.get(r.actorId)?.displayName ?? null) : null,
        entityType: r.entityType,
        entityId: r.entityId,
        action: r.action,
        before: r.before as AuditState | null,
        after: r.after as AuditState | null,
        ip: r.ip,
      })),
      page,
      pageSize,
      total: Number(n),
    };
  }

  /**
   * The organisation's contracts as CSV; every field is quoted and neutralised against formula
   * injection (see safeCsv).
   */
  async exportCsv(user: AuthUser, organisationId: string, ip: string | null): Promise<string> {
    await this.access.require(user, organisationId, ['procurement']);
    const rows = await sql(this.dataSource)
      .selectFrom('contracts as c')
      .leftJoin('contractDocuments as d', (j) =>
        j.onRef('d.contractId', '=', 'c.id').onRef('d.revision', '=', 'c.revision'),
      )
      .leftJoin('contractAcceptances as ia', (j) =>
        j
          .onRef('ia.contractId', '=', 'c.id')
          .on('ia.party', '=', 'interim')
          .onRef('ia.revision', '=', 'c.revision')
          .on('ia.invalidatedAt', 'is', null),
      )
      .leftJoin('contractAcceptances as oa', (j) =>
        j
          .onRef('oa.contractId', '=', 'c.id')
          .on('oa.party', '=', 'organisation')
          .onRef('oa.revision', '=', 'c.revision')
          .on('oa.invalidatedAt', 'is', null),
      )
      .select((eb) => [
        'c.id',
        'c.seriesId',
        'c.version',
        'c.status',
        'c.form',
        'c.modelAgreementRef',
        'c.assignmentId',
        'c.interimId',
        expression<string | null>`c.parties -> 'interim' ->> 'name'`.as('interimName'),
        expression<string | null>`c.parties -> 'interim' ->> 'kvkNumber'`.as('interimKvk'),
        'c.dayRate',
        'c.rateCardMaxDayRate',
        'c.rateJustification',
        eb.cast<string>('c.startDate', 'text').as('startDate'),
        eb.cast<string>('c.endDate', 'text').as('endDate'),
        'c.hoursPerWeek',
        'c.placeOfWork',
        'c.noticePeriodDays',
        'c.dbaRiskLevel',
        'c.sentAt',
        'ia.acceptedAt',
        'oa.acceptedAt as countersignedAt',
        'c.completedAt',
        'c.terminatedAt',
        'c.terminationReason',
        'd.sha256',
      ])
      .where('c.organisationId', '=', organisationId)
      .orderBy('c.createdAt')
      .orderBy('c.id')
      .limit(EXPORT_LIMIT)
      .execute();
    const assignments = await this.assignments.byIds([...new Set(rows.map((r) => r.assignmentId))]);
    const time = (v: Date | null): string => (v ? v.toISOString() : '');
    const records = rows.map((r) => [
      r.id,
      r.seriesId,
      r.version,
      r.status,
      r.form,
      r.modelAgreementRef,
      r.assignmentId,
      assignments.get(r.assignmentId)?.title ?? null,
      r.interimId,
      r.interimName,
      r.interimKvk,
      r.dayRate,
      r.rateCardMaxDayRate,
      r.rateJustification,
      r.startDate,
      r.endDate,
      r.hoursPerWeek,
      r.placeOfWork,
      r.noticePeriodDays,
      r.dbaRiskLevel,
      time(r.sentAt),
      time(r.acceptedAt),
      time(r.countersignedAt),
      time(r.completedAt),
      time(r.terminatedAt),
      r.terminationReason,
      r.sha256,
    ]);
    await this.dataSource.transaction((manager) =>
      recordAudit(manager, {
        organisationId,
        actorId: user.id,
        entityType: 'organisation',
        entityId: organisationId,
        action: 'contracts_exported',
        after: { rows: records.length },
        ip,
      }),
    );
    return safeCsv(EXPORT_COLUMNS, records);
  }
}
