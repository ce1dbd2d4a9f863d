import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UserDirectory } from '@gilde/identity';
import { Page, PageQuery, Sql, pageWindow, sql } from '@gilde/kernel';
import { AssignmentStatus } from '../entities/assignment.entity';
import { RequiredSkill } from './required-skills';

/** An assignment with its organisation's name and its required skills, in their order. */
export interface AssignmentRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  createdBy: string;
  title: string;
  description: string;
  assignmentKind: string | null;
  sector: string | null;
  languages: string[];
  city: string | null;
  country: string | null;
  remoteShare: number;
  /** YYYY-MM-DD */
  startDate: string | null;
  /** YYYY-MM-DD */
  endDate: string | null;
  hoursPerWeek: number | null;
  maxDayRate: number | null;
  status: AssignmentStatus;
  publishedAt: Date | null;
  closedAt: Date | null;
  filledAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  requiredSkills: RequiredSkill[];
}

/**
 * Read access to assignments for this library and others (matching, search, contracts). It
 * does no authorization: callers decide who may see what, and pass `manager` to read inside
 * their own transaction.
 */
@Injectable()
export class AssignmentsReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectory,
  ) {}

  async get(id: string, manager?: EntityManager): Promise<AssignmentRecord | null> {
    return (await this.getMany([id], manager))[0] ?? null;
  }

  /** The assignments with these ids, in the order given; unknown ids are left out. */
  async getMany(ids: readonly string[], manager?: EntityManager): Promise<AssignmentRecord[]> {
    const wanted = [...new Set(ids)].filter(isUuid);
    if (!wanted.length) return [];
    const rows = await assignmentRows(sql(manager ?? this.dataSource))
      .where('a.id', '=', (eb) => eb.fn.any(eb.val(wanted)))
      .execute();
    const records = await this.complete(rows, manager);
    const byId = new Map(records.map((r) => [r.id, r]));
    return wanted.map((id) => byId.get(id)).filter((r): r is AssignmentRecord => !!r);
  }

  /** An organisation's assignments, newest first. */
  async pageForOrganisation(
    organisationId: string,
    query: PageQuery & { status?: AssignmentStatus },
  ): Promise<Page<AssignmentRecord>> {
    const { page, pageSize, skip, take } = pageWindow(query);
    let rows = assignmentRows(sql(this.dataSource)).where('a.organisationId', '=', organisationId);
    if (query.status) rows = rows.where('a.status', '=', query.status);
    const { total } = await rows
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('total'))
      .executeTakeFirstOrThrow();
    const items = await rows
      .orderBy('a.createdAt', 'desc')
      .orderBy('a.id', 'desc')
      .limit(take)
      .offset(skip)
      .execute();
    return { items: await this.complete(items), page, pageSize, total: Number(total) };
  }

  /** Adds the organisation's name and the required skills; rows whose organisation is gone go. */
  private async complete(
    rows: AssignmentRow[],
    manager?: EntityManager,
  ): Promise<AssignmentRecord[]> {
    if (!rows.length) return [];
    const [skills, names] = await Promise.all([
      sql(manager ?? this.dataSource)
        .selectFrom('assignmentSkills')
        .select(['assignmentId', 'skillId', 'name', 'weight', 'mustHave'])
        .where('assignmentId', '=', (eb) => eb.fn.any(eb.val(rows.map((r) => r.id))))
        .orderBy('assignmentId')
        .orderBy('position')
        .execute(),
      this.directory.organisationNames(
        rows.map((r) => r.organisationId),
        manager,
      ),
    ]);
    const byAssignment = new Map<string, RequiredSkill[]>();
    for (const { assignmentId, ...skill } of skills) {
      const list = byAssignment.get(assignmentId) ?? [];
      list.push(skill);
      byAssignment.set(assignmentId, list);
    }
    return rows.flatMap((r) => {
      const organisationName = names.get(r.organisationId);
      if (organisationName === undefined) return [];
      return [
        {
          ...r,
          organisationName,
          status: r.status as AssignmentStatus,
          requiredSkills: byAssignment.get(r.id) ?? [],
        },
      ];
    });
  }
}

function assignmentRows(db: Sql) {
  // Dates leave as text: node-postgres would turn a DATE into a local-midnight Date.
  return db
    .selectFrom('assignments as a')
    .select((eb) => [
      'a.id',
      'a.organisationId',
      'a.createdBy',
      'a.title',
      'a.description',
      'a.assignmentKind',
      'a.sector',
      'a.languages',
      'a.city',
      'a.country',
      'a.remoteShare',
      eb.cast<string | null>('a.startDate', 'text').as('startDate'),
      eb.cast<string | null>('a.endDate', 'text').as('endDate'),
      'a.hoursPerWeek',
      'a.maxDayRate',
      'a.status',
      'a.publishedAt',
      'a.closedAt',
      'a.filledAt',
      'a.version',
      'a.createdAt',
      'a.updatedAt',
    ]);
}

type AssignmentRow = Awaited<
  ReturnType<ReturnType<typeof assignmentRows>['executeTakeFirstOrThrow']>
>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

function isUuid(value: string): boolean {
  return UUID.test(value);
}
