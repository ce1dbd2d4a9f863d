import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Page, PageQuery, pageWindow } from '@gilde/kernel';
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

interface AssignmentRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  created_by: string;
  title: string;
  description: string;
  assignment_kind: string | null;
  sector: string | null;
  languages: string[];
  city: string | null;
  country: string | null;
  remote_share: number;
  start_date: string | null;
  end_date: string | null;
  hours_per_week: number | null;
  max_day_rate: number | null;
  status: AssignmentStatus;
  published_at: Date | null;
  closed_at: Date | null;
  filled_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

interface SkillRow {
  assignment_id: string;
  skill_id: string | null;
  name: string;
  weight: number;
  must_have: boolean;
}

// Dates leave as text: node-postgres would turn a DATE into a local-midnight Date.
const COLUMNS = `a.id, a.organisation_id, o.name AS organisation_name, a.created_by, a.title,
  a.description, a.assignment_kind, a.sector, a.languages, a.city, a.country, a.remote_share,
  a.start_date::text AS start_date, a.end_date::text AS end_date, a.hours_per_week, a.max_day_rate,
  a.status, a.published_at, a.closed_at, a.filled_at, a.version, a.created_at, a.updated_at`;

/**
 * Read access to assignments for this library and others (matching, search, contracts). It
 * does no authorization: callers decide who may see what, and pass `manager` to read inside
 * their own transaction.
 */
@Injectable()
export class AssignmentsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(id: string, manager?: EntityManager): Promise<AssignmentRecord | null> {
    return (await this.getMany([id], manager))[0] ?? null;
  }

  /** The assignments with these ids, in the order given; unknown ids are left out. */
  async getMany(ids: readonly string[], manager?: EntityManager): Promise<AssignmentRecord[]> {
    const wanted = [...new Set(ids)].filter(isUuid);
    if (!wanted.length) return [];
    const rows: AssignmentRow[] = await (manager ?? this.dataSource).query(
      `SELECT ${COLUMNS} FROM assignments a JOIN organisations o ON o.id = a.organisation_id
        WHERE a.id = ANY($1::uuid[])`,
      [wanted],
    );
    const records = await this.withSkills(rows, manager);
    const byId = new Map(records.map((r) => [r.id, r]));
    return wanted.map((id) => byId.get(id)).filter((r): r is AssignmentRecord => !!r);
  }

  /** An organisation's assignments, newest first. */
  async pageForOrganisation(
    organisationId: string,
    query: PageQuery & { status?: AssignmentStatus },
  ): Promise<Page<AssignmentRecord>> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const params: unknown[] = [organisationId];
    let where = 'a.organisation_id = $1';
    if (query.status) {
      params.push(query.status);
      where += ` AND a.status = $${params.length}`;
    }
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM assignments a WHERE ${where}`,
      params,
    );
    const rows: AssignmentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM assignments a JOIN organisations o ON o.id = a.organisation_id
        WHERE ${where} ORDER BY a.created_at DESC, a.id DESC
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, take, skip],
    );
    return { items: await this.withSkills(rows), page, pageSize, total };
  }

  private async withSkills(
    rows: AssignmentRow[],
    manager?: EntityManager,
  ): Promise<AssignmentRecord[]> {
    if (!rows.length) return [];
    const skills: SkillRow[] = await (manager ?? this.dataSource).query(
      `SELECT assignment_id, skill_id, name, weight, must_have FROM assignment_skills
        WHERE assignment_id = ANY($1::uuid[]) ORDER BY assignment_id, position`,
      [rows.map((r) => r.id)],
    );
    const byAssignment = new Map<string, RequiredSkill[]>();
    for (const s of skills) {
      const list = byAssignment.get(s.assignment_id) ?? [];
      list.push({ skillId: s.skill_id, name: s.name, weight: s.weight, mustHave: s.must_have });
      byAssignment.set(s.assignment_id, list);
    }
    return rows.map((r) => toRecord(r, byAssignment.get(r.id) ?? []));
  }
}

function toRecord(r: AssignmentRow, requiredSkills: RequiredSkill[]): AssignmentRecord {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    createdBy: r.created_by,
    title: r.title,
    description: r.description,
    assignmentKind: r.assignment_kind,
    sector: r.sector,
    languages: r.languages,
    city: r.city,
    country: r.country,
    remoteShare: r.remote_share,
    startDate: r.start_date,
    endDate: r.end_date,
    hoursPerWeek: r.hours_per_week,
    maxDayRate: r.max_day_rate,
    status: r.status,
    publishedAt: r.published_at,
    closedAt: r.closed_at,
    filledAt: r.filled_at,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    requiredSkills,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

function isUuid(value: string): boolean {
  return UUID.test(value);
}
