import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AssignmentRecord, AssignmentsReader } from '@gilde/assignments';
import { sql } from '@gilde/kernel';
import { ProfileRecord, ProfilesReader, calendarToday } from '@gilde/profiles';
import {
  AssignmentSearchDocument,
  MAX_INDEXED_DESCRIPTION,
  ProfileSearchDocument,
  rateBandOf,
  skillStrength,
} from '../search-documents';

export interface Projection<D> {
  docs: D[];
  /** Ids that must not be in the index: gone, erased, hidden or no longer published. */
  absent: string[];
}

const READ_BATCH = 500;

/**
 * Projects profiles and published assignments into search documents, always from the current
 * committed rows (never from an event payload), so a late or repeated job writes the truth.
 */
@Injectable()
export class SearchDocumentSource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfilesReader,
    private readonly assignments: AssignmentsReader,
  ) {}

  /** Pass `manager` to read inside the caller's transaction (one connection). */
  async profileDocuments(
    interimIds: string[],
    manager?: EntityManager,
  ): Promise<Projection<ProfileSearchDocument>> {
    const docs: ProfileSearchDocument[] = [];
    for (let i = 0; i < interimIds.length; i += READ_BATCH) {
      const records = await this.profiles.getMany(interimIds.slice(i, i + READ_BATCH), manager);
      const labels = await this.labels(
        records.flatMap((r) => r.skills.map((s) => s.skillId)),
        manager,
      );
      const today = calendarToday();
      for (const record of records) {
        const doc = toProfileDocument(record, labels, today);
        if (doc) docs.push(doc);
      }
    }
    const present = new Set(docs.map((d) => d.interimId));
    return { docs, absent: interimIds.filter((id) => !present.has(id)) };
  }

  async assignmentDocuments(
    ids: string[],
    manager?: EntityManager,
  ): Promise<Projection<AssignmentSearchDocument>> {
    const docs: AssignmentSearchDocument[] = [];
    for (let i = 0; i < ids.length; i += READ_BATCH) {
      const records = await this.assignments.getMany(ids.slice(i, i + READ_BATCH), manager);
      const labels = await this.labels(
        records.flatMap((r) => r.requiredSkills.map((s) => s.skillId)),
        manager,
      );
      for (const record of records) {
        const doc = toAssignmentDocument(record, labels);
        if (doc) docs.push(doc);
      }
    }
    const present = new Set(docs.map((d) => d.assignmentId));
    return { docs, absent: ids.filter((id) => !present.has(id)) };
  }

  /** Every indexable profile, in batches, for a full rebuild. */
  async *allProfiles(batchSize = READ_BATCH): AsyncGenerator<ProfileSearchDocument[]> {
    let after: string | null = null;
    for (;;) {
      const ids: string[] = await this.profiles.idsAfter(after, batchSize);
      if (!ids.length) return;
      yield (await this.profileDocuments(ids)).docs;
      after = ids[ids.length - 1];
    }
  }

  /** Every published assignment, in batches, for a full rebuild. */
  async *allAssignments(batchSize = READ_BATCH): AsyncGenerator<AssignmentSearchDocument[]> {
    let after: string | null = null;
    for (;;) {
      let page = sql(this.dataSource)
        .selectFrom('assignments')
        .select('id')
        .where('status', '=', 'published');
      if (after) page = page.where('id', '>', after);
      const rows = await page.orderBy('id').limit(batchSize).execute();
      if (!rows.length) return;
      yield (await this.assignmentDocuments(rows.map((r) => r.id))).docs;
      after = rows[rows.length - 1].id;
    }
  }

  /**
   * Those of `ids` whose person was erased: `users.erased_at` is the tombstone, so a job that read
   * a profile before its erasure deletes the document instead of writing it.
   */
  async erasedAmong(ids: string[], manager?: EntityManager): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await sql(manager ?? this.dataSource)
      .selectFrom('users')
      .select('id')
      .where('id', 'in', ids)
      .where('erasedAt', 'is not', null)
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Those of `ids` that must not be indexed any more (for the reconciler): profiles gone, hidden
   * or erased; assignments gone or no longer published.
   */
  async notIndexable(kind: 'profiles' | 'assignments', ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const db = sql(this.dataSource);
    const present =
      kind === 'profiles'
        ? await db
            .selectFrom('interimProfiles as p')
            .innerJoin('users as u', 'u.id', 'p.userId')
            .select('p.userId as id')
            .where('p.userId', 'in', ids)
            .where('p.visibility', '<>', 'hidden')
            .where('u.erasedAt', 'is', null)
            .execute()
        : await db
            .selectFrom('assignments')
            .select('id')
            .where('id', 'in', ids)
            .where('status', '=', 'published')
            .execute();
    const keep = new Set(present.map((r) => r.id));
    return ids.filter((id) => !keep.has(id));
  }

  private async labels(
    skillIds: (string | null)[],
    manager?: EntityManager,
  ): Promise<Map<string, { en: string; nl: string | null }>> {
    const ids = [...new Set(skillIds.filter((id): id is string => !!id))];
    if (!ids.length) return new Map();
    const rows = await sql(manager ?? this.dataSource)
      .selectFrom('skills')
      .select(['id', 'labelEn', 'labelNl'])
      .where('id', 'in', ids)
      .execute();
    return new Map(rows.map((r) => [r.id, { en: r.labelEn, nl: r.labelNl }]));
  }
}

type Labels = Map<string, { en: string; nl: string | null }>;

export function toProfileDocument(
  record: ProfileRecord,
  labels: Labels,
  today: string,
): ProfileSearchDocument | null {
  if (record.visibility === 'hidden') return null;
  const ahead = record.availability.filter((p) => p.to >= today);
  const availableFrom = ahead.length ? ahead.map((p) => p.from).sort()[0] : record.availableFrom;
  const availableUntil = ahead.length
    ? ahead
        .map((p) => p.to)
        .sort()
        .reverse()[0]
    : null;
  return {
    interimId: record.interimId,
    version: record.version,
    visibility: record.visibility,
    headline: record.headline,
    skills: record.skills.map((s) => {
      const label = s.skillId ? labels.get(s.skillId) : undefined;
      return {
        skillId: s.skillId,
        labelEn: label?.en ?? s.name,
        labelNl: label?.nl ?? null,
        strength: skillStrength(s.level, s.years),
      };
    }),
    sectors: record.sectors,
    assignmentKinds: record.assignmentKinds,
    languages: record.languages,
    city: record.location.city,
    country: record.location.country,
    remotePreference: record.remotePreference,
    rateBand: rateBandOf(record.dayRate.min),
    hoursMin: record.hoursPerWeek.min,
    hoursMax: record.hoursPerWeek.max,
    availableFrom: availableFrom && availableFrom > today ? availableFrom : null,
    availableUntil,
    credentials: [
      ...new Set(record.credentials.filter((c) => c.status === 'verified').map((c) => c.type)),
    ].sort(),
  };
}

export function toAssignmentDocument(
  record: AssignmentRecord,
  labels: Labels,
): AssignmentSearchDocument | null {
  if (
    record.status !== 'published' ||
    !record.sector ||
    !record.assignmentKind ||
    !record.startDate ||
    record.hoursPerWeek === null ||
    record.maxDayRate === null
  ) {
    return null;
  }
  return {
    assignmentId: record.id,
    organisationId: record.organisationId,
    version: record.version,
    title: record.title,
    description: record.description.slice(0, MAX_INDEXED_DESCRIPTION),
    skills: record.requiredSkills.map((s) => {
      const label = s.skillId ? labels.get(s.skillId) : undefined;
      return {
        skillId: s.skillId,
        labelEn: label?.en ?? s.name,
        labelNl: label?.nl ?? null,
        weight: s.weight,
        mustHave: s.mustHave,
      };
    }),
    sector: record.sector,
    assignmentKind: record.assignmentKind,
    languages: record.languages,
    city: record.city,
    country: record.country,
    remoteShare: record.remoteShare,
    startDate: record.startDate,
    endDate: record.endDate,
    hoursPerWeek: record.hoursPerWeek,
    maxDayRate: record.maxDayRate,
    publishedAt: record.publishedAt ? record.publishedAt.toISOString() : null,
  };
}
