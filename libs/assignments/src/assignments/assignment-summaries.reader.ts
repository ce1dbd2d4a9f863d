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
  sector: string | null;
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
      .select(['id', 'organisationId', 'title', 'status', 'sector', 'createdBy'])
      .where('id', '=', (eb) => eb.fn.any(eb.val([...new Set(ids)])))
      .execute();
    return new Map(rows.map((r) => [r.id, { ...r, status: r.status as AssignmentStatus }]));
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

  async response(id: string, manager?: EntityManager): Promise<ResponseSummary | null> {
    const row = await this.db(manager)
      .selectFrom('responses')
      .select([
        'id',
        'assignmentId',
        'organisationId',
        'interimId',
        'status',
        'rejectionReason',
        'rejectionNote',
      ])
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { ...row, status: row.status as ResponseStatus } : null;
  }
}
