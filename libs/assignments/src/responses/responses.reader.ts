import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UserDirectory } from '@gilde/identity';
import { Page, PageQuery, Sql, pageWindow, sql } from '@gilde/kernel';
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

type ResponseFilter = { assignmentId: string } | { interimId: string } | { id: string };

/**
 * Read access to responses within this library (others read AssignmentSummaries). No
 * authorization here: callers scope by organisation or interim before showing anything.
 */
@Injectable()
export class ResponsesReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectory,
  ) {}

  private records(filter: ResponseFilter & { status?: ResponseStatus }, manager?: EntityManager) {
    let query = responseRecords(sql(manager ?? this.dataSource));
    if ('id' in filter) query = query.where('r.id', '=', filter.id);
    if ('assignmentId' in filter) query = query.where('r.assignmentId', '=', filter.assignmentId);
    if ('interimId' in filter) query = query.where('r.interimId', '=', filter.interimId);
    if (filter.status) query = query.where('r.status', '=', filter.status);
    return query;
  }

  private count(filter: ResponseFilter & { status?: ResponseStatus }): Promise<number> {
    return this.records(filter)
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.total));
  }

  async get(id: string, manager?: EntityManager): Promise<ResponseRecord | null> {
    const row = await this.records({ id }, manager).executeTakeFirst();
    return row ? toRecord(row) : null;
  }

  /** A page of an assignment's responses, oldest first. */
  async pageForAssignment(
    assignmentId: string,
    query: PageQuery & { status?: ResponseStatus },
  ): Promise<Page<ResponseRecord>> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const filter = { assignmentId, status: query.status };
    const total = await this.count(filter);
    const rows = await this.records(filter)
      .orderBy('r.createdAt')
      .orderBy('r.id')
      .limit(take)
      .offset(skip)
      .execute();
    return { items: rows.map(toRecord), page, pageSize, total };
  }

  /** An interim manager's own responses, newest first. */
  async pageForInterim(
    interimId: string,
    query: PageQuery & { status?: ResponseStatus },
  ): Promise<Page<OwnResponse>> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const filter = { interimId, status: query.status };
    const total = await this.count(filter);
    const rows = await this.records(filter)
      .orderBy('r.createdAt', 'desc')
      .orderBy('r.id', 'desc')
      .limit(take)
      .offset(skip)
      .execute();
    return { items: await this.withAssignments(rows.map(toRecord)), page, pageSize, total };
  }

  /** One response with its assignment, as the interim who wrote it sees it. */
  async getOwn(id: string): Promise<OwnResponse | null> {
    const record = await this.get(id);
    return record ? ((await this.withAssignments([record]))[0] ?? null) : null;
  }

  private async withAssignments(records: ResponseRecord[]): Promise<OwnResponse[]> {
    if (!records.length) return [];
    const assignments = await sql(this.dataSource)
      .selectFrom('assignments')
      .select(['id', 'title', 'status'])
      .where('id', '=', (eb) => eb.fn.any(eb.val(records.map((r) => r.assignmentId))))
      .execute();
    const byId = new Map(assignments.map((a) => [a.id, a]));
    const names = await this.directory.organisationNames(records.map((r) => r.organisationId));
    return records.flatMap((r) => {
      const a = byId.get(r.assignmentId);
      const organisationName = names.get(r.organisationId);
      if (!a || organisationName === undefined) return [];
      return [
        {
          ...r,
          assignmentTitle: a.title,
          assignmentStatus: a.status as AssignmentStatus,
          organisationName,
        },
      ];
    });
  }
}

function responseRecords(db: Sql) {
  return db.selectFrom('responses as r').select((eb) => [
    'r.id',
    'r.assignmentId',
    'r.organisationId',
    'r.interimId',
    'r.motivation',
    'r.proposedDayRate',
    // A DATE leaves as text: node-postgres would turn it into a local-midnight Date.
    eb.cast<string>('r.availableFrom', 'text').as('availableFrom'),
    'r.status',
    'r.rejectionReason',
    'r.rejectionNote',
    'r.decidedBy',
    'r.decidedAt',
    'r.createdAt',
    'r.updatedAt',
  ]);
}

type ResponseRow = Awaited<
  ReturnType<ReturnType<typeof responseRecords>['executeTakeFirstOrThrow']>
>;

function toRecord(r: ResponseRow): ResponseRecord {
  return {
    ...r,
    status: r.status as ResponseStatus,
    rejectionReason: r.rejectionReason as RejectionReason | null,
  };
}
