import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthUser, OrganisationAccess } from '@gilde/identity';
import { PageQuery, pageWindow } from '@gilde/kernel';
import { safeCsv } from '../domain/csv-safe';
import { ContractAccess } from '../contracts/contract-access.service';
import { AuditPageView } from '../contracts/contract.view';
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
    private readonly access: OrganisationAccess,
    private readonly contractAccess: ContractAccess,
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
    const where = `e.organisation_id = $1 AND (
        (e.entity_type = 'contract' AND e.entity_id IN (SELECT id FROM contracts WHERE series_id = $2))
        OR (e.entity_type = 'response' AND e.entity_id = $3)
        OR (e.entity_type = 'assignment' AND e.entity_id = $4))`;
    const params = [c.organisationId, c.seriesId, c.responseId, c.assignmentId];
    const count: { n: string }[] = await manager.query(
      `SELECT count(*) AS n FROM audit_events e WHERE ${where}`,
      params,
    );
    const rows: {
      at: Date;
      actor_id: string | null;
      display_name: string | null;
      entity_type: string;
      entity_id: string;
      action: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      ip: string | null;
    }[] = await manager.query(
      `SELECT e.at, e.actor_id, u.display_name, e.entity_type, e.entity_id, e.action,
              e.before, e.after, e.ip
         FROM audit_events e LEFT JOIN users u ON u.id = e.actor_id
        WHERE ${where}
        ORDER BY e.at, e.id
        LIMIT $5 OFFSET $6`,
      [...params, take, skip],
    );
    return {
      items: rows.map((r) => ({
        at: r.at.toISOString(),
        actorId: r.actor_id,
        actorName: r.display_name,
        entityType: r.entity_type,
        entityId: r.entity_id,
        action: r.action,
        before: r.before,
        after: r.after,
        ip: r.ip,
      })),
      page,
      pageSize,
      total: Number(count[0]?.n ?? 0),
    };
  }

  /**
   * The organisation's contracts as CSV; every field is quoted and neutralised against formula
   * injection (see safeCsv).
   */
  async exportCsv(user: AuthUser, organisationId: string, ip: string | null): Promise<string> {
    await this.access.require(user, organisationId, ['procurement']);
    const rows: Record<string, string | number | Date | null>[] = await this.dataSource.query(
      `SELECT c.id, c.series_id, c.version, c.status, c.form, c.model_agreement_ref,
              c.assignment_id, a.title, c.interim_id,
              c.parties -> 'interim' ->> 'name' AS interim_name,
              c.parties -> 'interim' ->> 'kvkNumber' AS interim_kvk,
              c.day_rate, c.rate_card_max_day_rate, c.rate_justification,
              to_char(c.start_date, 'YYYY-MM-DD') AS start_date,
              to_char(c.end_date, 'YYYY-MM-DD') AS end_date,
              c.hours_per_week, c.place_of_work, c.notice_period_days, c.dba_risk_level,
              c.sent_at, ia.accepted_at AS accepted_at, oa.accepted_at AS countersigned_at,
              c.completed_at, c.terminated_at, c.termination_reason, d.sha256
         FROM contracts c
         LEFT JOIN assignments a ON a.id = c.assignment_id
         LEFT JOIN contract_documents d ON d.contract_id = c.id AND d.revision = c.revision
         LEFT JOIN contract_acceptances ia ON ia.contract_id = c.id AND ia.party = 'interim'
              AND ia.revision = c.revision AND ia.invalidated_at IS NULL
         LEFT JOIN contract_acceptances oa ON oa.contract_id = c.id AND oa.party = 'organisation'
              AND oa.revision = c.revision AND oa.invalidated_at IS NULL
        WHERE c.organisation_id = $1
        ORDER BY c.created_at, c.id
        LIMIT $2`,
      [organisationId, EXPORT_LIMIT],
    );
    const time = (v: unknown): string => (v instanceof Date ? v.toISOString() : '');
    const records = rows.map((r) =>
      [
        r.id,
        r.series_id,
        r.version,
        r.status,
        r.form,
        r.model_agreement_ref,
        r.assignment_id,
        r.title,
        r.interim_id,
        r.interim_name,
        r.interim_kvk,
        r.day_rate,
        r.rate_card_max_day_rate,
        r.rate_justification,
        r.start_date,
        r.end_date,
        r.hours_per_week,
        r.place_of_work,
        r.notice_period_days,
        r.dba_risk_level,
        time(r.sent_at),
        time(r.accepted_at),
        time(r.countersigned_at),
        time(r.completed_at),
        time(r.terminated_at),
        r.termination_reason,
        r.sha256,
      ].map((v) => (v instanceof Date ? v.toISOString() : v)),
    );
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
