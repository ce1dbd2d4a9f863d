import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Page, PageQuery, pageWindow } from '@gilde/kernel';
import { AssignmentStatus } from '../entities/assignment.entity';
import { RejectionReason, ResponseStatus } from '../entities/assignment-response.entity';

export interface ResponseRecord {
  id: string;
  assignmentId: string;
  organisationId: string;
  /** The interim manager's user id. */
  interimId: string;
  motivation: string;
  proposedDayRate: number;
  /** YYYY-MM-DD */
  availableFrom: string;
  status: ResponseStatus;
  rejectionReason: RejectionReason | null;
  rejectionNote: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A response with what its organisation needs to judge it. */
export interface RespondentResponse extends ResponseRecord {
  displayName: string;
  headline: string | null;
  matchScore: number | null;
  maxDayRate: number | null;
}

/** A response with the assignment it answers, for the interim manager's own list. */
export interface OwnResponse extends ResponseRecord {
  assignmentTitle: string;
  assignmentStatus: AssignmentStatus;
  organisationName: string;
}

interface ResponseRow {
  id: string;
  assignment_id: string;
  organisation_id: string;
  interim_id: string;
  motivation: string;
  proposed_day_rate: number;
  available_from: string;
  status: ResponseStatus;
  rejection_reason: RejectionReason | null;
  rejection_note: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `r.id, r.assignment_id, r.organisation_id, r.interim_id, r.motivation,
  r.proposed_day_rate, r.available_from::text AS available_from, r.status, r.rejection_reason,
  r.rejection_note, r.decided_by, r.decided_at, r.created_at, r.updated_at`;

/**
 * Read access to responses for this library and others (contracts reads the selected one). No
 * authorization here: callers scope by organisation or interim before showing anything.
 */
@Injectable()
export class ResponsesReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(id: string, manager?: EntityManager): Promise<ResponseRecord | null> {
    const rows: ResponseRow[] = await (manager ?? this.dataSource).query(
      `SELECT ${COLUMNS} FROM responses r WHERE r.id = $1`,
      [id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Every response to an assignment, oldest first. */
  async forAssignment(assignmentId: string, manager?: EntityManager): Promise<ResponseRecord[]> {
    const rows: ResponseRow[] = await (manager ?? this.dataSource).query(
      `SELECT ${COLUMNS} FROM responses r WHERE r.assignment_id = $1 ORDER BY r.created_at, r.id`,
      [assignmentId],
    );
    return rows.map(toRecord);
  }

  /** The selected response of an assignment, if one is selected (there is at most one). */
  async selectedFor(assignmentId: string, manager?: EntityManager): Promise<ResponseRecord | null> {
    const rows: ResponseRow[] = await (manager ?? this.dataSource).query(
      `SELECT ${COLUMNS} FROM responses r WHERE r.assignment_id = $1 AND r.status = 'selected'`,
      [assignmentId],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /**
   * An assignment's responses, oldest first, with the respondent's name, profile headline and
   * match score where the profiles and matching tables exist.
   */
  async pageForAssignment(
    assignmentId: string,
    query: PageQuery & { status?: ResponseStatus },
  ): Promise<Page<RespondentResponse>> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const filter = byStatus('r.assignment_id = $1', [assignmentId], query.status);
    const total = await this.count(filter);
    const items = await this.respondentRows(filter, 'ORDER BY r.created_at, r.id', take, skip);
    return { items, page, pageSize, total };
  }

  /** One response with its respondent, as its organisation sees it. */
  async getWithRespondent(id: string): Promise<RespondentResponse | null> {
    const [row] = await this.respondentRows({ where: 'r.id = $1', params: [id] }, '', 1, 0);
    return row ?? null;
  }

  /** An interim manager's own responses, newest first. */
  async pageForInterim(
    interimId: string,
    query: PageQuery & { status?: ResponseStatus },
  ): Promise<Page<OwnResponse>> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const filter = byStatus('r.interim_id = $1', [interimId], query.status);
    const total = await this.count(filter);
    const items = await this.ownRows(filter, 'ORDER BY r.created_at DESC, r.id DESC', take, skip);
    return { items, page, pageSize, total };
  }

  /** One response with its assignment, as the interim who wrote it sees it. */
  async getOwn(id: string): Promise<OwnResponse | null> {
    const [row] = await this.ownRows({ where: 'r.id = $1', params: [id] }, '', 1, 0);
    return row ?? null;
  }

  private async count(filter: Filter): Promise<number> {
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM responses r WHERE ${filter.where}`,
      filter.params,
    );
    return total;
  }

  private async respondentRows(
    filter: Filter,
    orderBy: string,
    take: number,
    skip: number,
  ): Promise<RespondentResponse[]> {
    const n = filter.params.length;
    const rows: (ResponseRow & {
      display_name: string;
      headline: string | null;
      match_score: number | null;
      max_day_rate: number | null;
    })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, u.display_name, a.max_day_rate,
              p.headline, m.score::float8 AS match_score
         FROM responses r
         JOIN users u ON u.id = r.interim_id
         JOIN assignments a ON a.id = r.assignment_id
         LEFT JOIN interim_profiles p ON p.user_id = r.interim_id
         LEFT JOIN assignment_matches m
                ON m.assignment_id = r.assignment_id AND m.interim_id = r.interim_id
        WHERE ${filter.where} ${orderBy}
        LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...filter.params, take, skip],
    );
    return rows.map((row) => ({
      ...toRecord(row),
      displayName: row.display_name,
      headline: row.headline,
      matchScore: row.match_score === null ? null : Math.round(Number(row.match_score)),
      maxDayRate: row.max_day_rate,
    }));
  }

  private async ownRows(
    filter: Filter,
    orderBy: string,
    take: number,
    skip: number,
  ): Promise<OwnResponse[]> {
    const n = filter.params.length;
    const rows: (ResponseRow & {
      assignment_title: string;
      assignment_status: AssignmentStatus;
      organisation_name: string;
    })[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, a.title AS assignment_title, a.status AS assignment_status,
              o.name AS organisation_name
         FROM responses r
         JOIN assignments a ON a.id = r.assignment_id
         JOIN organisations o ON o.id = r.organisation_id
        WHERE ${filter.where} ${orderBy}
        LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...filter.params, take, skip],
    );
    return rows.map((row) => ({
      ...toRecord(row),
      assignmentTitle: row.assignment_title,
      assignmentStatus: row.assignment_status,
      organisationName: row.organisation_name,
    }));
  }
}

interface Filter {
  where: string;
  params: unknown[];
}

function byStatus(where: string, params: unknown[], status?: ResponseStatus): Filter {
  if (!status) return { where, params };
  return { where: `${where} AND r.status = $${params.length + 1}`, params: [...params, status] };
}

function toRecord(r: ResponseRow): ResponseRecord {
  return {
    id: r.id,
    assignmentId: r.assignment_id,
    organisationId: r.organisation_id,
    interimId: r.interim_id,
    motivation: r.motivation,
    proposedDayRate: r.proposed_day_rate,
    availableFrom: r.available_from,
    status: r.status,
    rejectionReason: r.rejection_reason,
    rejectionNote: r.rejection_note,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
