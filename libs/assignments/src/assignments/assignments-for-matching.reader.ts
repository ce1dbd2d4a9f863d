import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';
import { AssignmentStatus } from '../entities/assignment.entity';

/** What matching needs of assignments beyond their records (AssignmentsReader). */
@Injectable()
export class AssignmentsForMatching {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The assignment's organisation and status, its row locked until the caller's transaction
   * ends (a status transition waits for it); null when there is no such assignment.
   */
  async lockStatus(
    assignmentId: string,
    manager: EntityManager,
  ): Promise<{ organisationId: string; status: AssignmentStatus } | null> {
    const row = await sql(manager)
      .selectFrom('assignments')
      .select(['organisationId', 'status'])
      .where('id', '=', assignmentId)
      .forUpdate()
      .executeTakeFirst();
    return row
      ? { organisationId: row.organisationId, status: row.status as AssignmentStatus }
      : null;
  }

  /**
   * Published assignments that ask for one of `skillIds` or are among `ids`, the most recently
   * published first, at most `limit`.
   */
  async publishedFor(
    wanted: { skillIds: string[]; ids: string[] },
    limit: number,
    manager?: EntityManager,
  ): Promise<string[]> {
    const rows = await sql(manager ?? this.dataSource)
      .selectFrom('assignments as a')
      .select('a.id')
      .where('a.status', '=', 'published')
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('assignmentSkills as s')
              .select('s.assignmentId')
              .whereRef('s.assignmentId', '=', 'a.id')
              .where('s.skillId', '=', eb.fn.any(eb.val(wanted.skillIds))),
          ),
          eb('a.id', '=', eb.fn.any(eb.val(wanted.ids))),
        ]),
      )
      .orderBy('a.publishedAt', 'desc')
      .orderBy('a.id')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }
}
