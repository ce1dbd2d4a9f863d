import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';
import { AssignmentStatus } from '../entities/assignment.entity';
import { ResponseStatus } from '../entities/assignment-response.entity';

/** The facts about an assignment other libraries need to tell people about it. */
export interface AssignmentSummary {
  id: string;
  organisationId: string;
  title: string;
  status: AssignmentStatus;
  assignmentKind: string | null;
  sector: string | null;
  maxDayRate: number | null;
  createdBy: string;
}

/** A response as other libraries may read it. */
export interface ResponseSummary {
  id: string;
  assignmentId: string;
  organisationId: string;
  interimId: string;
  status: ResponseStatus;
  rejectionReason: string | null;
  rejectionNote: string | null;
  /** Who made the latest decision on it. */
  decidedBy: string | null;
}

/** One response an organisation received, kept or deleted by the retention schedule. */
export interface ResponseHistoryEntry {
  id: string;
  status: ResponseStatus;
  respondedAt: Date;
  decidedAt: Date | null;
}

/** A recorded change of an assignment's maximum day rate. */
export interface BudgetChangeFact {
  fromMaxDayRate: number | null;
  toMaxDayRate: number | null;
}

/**
 * Assignments, invitations and responses for other libraries, by batches of ids, on the
 * caller's manager (so a read joins its transaction).
 */
@Injectable()
export class AssignmentSummaries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager) {
    return sql(manager ?? this.dataSource);
  }

  async byIds(ids: string[], manager?: EntityManager): Promise<Map<string, AssignmentSummary>> {
    if (!ids.length) return new Map();
    const rows = await this.db(manager)
      .selectFrom('assignments')
      .select([
        'id',
        'organisationId',
        'title',
        'status',
        'assignmentKind',
        'sector',
        'maxDayRate',
        'createdBy',
      ])
      .where('id', '=', (eb) => eb.fn.any(eb.val([...new Set(ids)])))
      .execute();
    return new Map(rows.map((r) => [r.id, { ...r, status: r.status as AssignmentStatus }]));
  }

  /**
   * The organisation's assignments that are not filled and whose maximum day rate is above
   * the limit given for their kind, newest first.
   */
  async aboveLimits(
    organisationId: string,
    limits: Map<string, number>,
    manager?: EntityManager,
  ): Promise<AssignmentSummary[]> {
    if (!limits.size) return [];
    const rows = await this.db(manager)
      .selectFrom('assignments')
      .select([
        'id',
        'organisationId',
        'title',
        'status',
        'assignmentKind',
        'sector',
        'maxDayRate',
        'createdBy',
      ])
      .where('organisationId', '=', organisationId)
      .where('status', '<>', 'filled')
      .where('assignmentKind', '=', (eb) => eb.fn.any(eb.val([...limits.keys()])))
      .where('maxDayRate', 'is not', null)
      .orderBy('createdAt', 'desc')
      .orderBy('id')
      .execute();
    return rows
      .filter((r) => r.maxDayRate! > limits.get(r.assignmentKind!)!)
      .map((r) => ({ ...r, status: r.status as AssignmentStatus }));
  }

  /** Whether the interim manager was invited to the assignment. */
  async invitationExists(
    assignmentId: string,
    interimId: string,
    manager?: EntityManager,
  ): Promise<boolean> {
    const row = await this.db(manager)
      .selectFrom('assignmentInvitations')
      .select('assignmentId')
      .where('assignmentId', '=', assignmentId)
      .where('interimId', '=', interimId)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * `lock: 'share'` keeps the response from changing until the caller's transaction ends (a
   * contract drafted from it must not race its withdrawal).
   */
  async response(
    id: string,
    manager?: EntityManager,
    options: { lock?: 'share' } = {},
  ): Promise<ResponseSummary | null> {
    let query = this.db(manager)
      .selectFrom('responses')
      .select([
        'id',
        'assignmentId',
        'organisationId',
        'interimId',
        'status',
        'rejectionReason',
        'rejectionNote',
        'decidedBy',
      ])
      .where('id', '=', id);
    if (options.lock === 'share') query = query.forShare();
    const row = await query.executeTakeFirst();
    return row ? { ...row, status: row.status as ResponseStatus } : null;
  }

  /** True when the retention schedule deleted the response and kept only its outcome. */
  async isPurged(responseId: string, manager?: EntityManager): Promise<boolean> {
    const row = await this.db(manager)
      .selectFrom('responseOutcomes as o')
      .select('o.responseId')
      .where('o.responseId', '=', responseId)
      .where((eb) =>
        eb.not(
          eb.exists(eb.selectFrom('responses as r').select('r.id').where('r.id', '=', responseId)),
        ),
      )
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Every response the organisation received: those still stored and, through their outcome
   * records, those the retention schedule deleted.
   */
  async responseHistory(
    organisationId: string,
    manager?: EntityManager,
  ): Promise<ResponseHistoryEntry[]> {
    const rows = await this.db(manager)
      .selectFrom('responses')
      .select(['id', 'status', 'createdAt as respondedAt', 'decidedAt'])
      .where('organisationId', '=', organisationId)
      .unionAll((db) =>
        db
          .selectFrom('responseOutcomes')
          .select(['responseId as id', 'status', 'respondedAt', 'decidedAt'])
          .where('organisationId', '=', organisationId),
      )
      .execute();
    return rows.map((r) => ({ ...r, status: r.status as ResponseStatus }));
  }

  /** The recorded budget change with this id, when it belongs to the assignment. */
  async budgetChange(
    id: string,
    assignmentId: string,
    manager?: EntityManager,
  ): Promise<BudgetChangeFact | null> {
    const row = await this.db(manager)
      .selectFrom('assignmentBudgetChanges')
      .select(['fromMaxDayRate', 'toMaxDayRate'])
      .where('id', '=', id)
      .where('assignmentId', '=', assignmentId)
      .executeTakeFirst();
    return row ?? null;
  }
}
