import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AssignmentRecord, AssignmentsReader } from '@gilde/assignments';
import { MatchableProfile, ProfilesReader } from '@gilde/profiles';
import { sql } from '@gilde/kernel';
import { SkillResolverService } from '@gilde/taxonomy';
import {
  EMPTY_TRACK_RECORD,
  Localized,
  MatchAssignment,
  MatchCandidate,
  TrackRecordInput,
} from '../scoring/match-input';
import { MatchWeights, effectiveWeights } from '../scoring/match-weights';

export interface LoadedAssignment {
  input: MatchAssignment;
  organisationId: string;
  status: string;
  version: number;
  weights: MatchWeights;
  /** Skills related to the required ones, and the labels of both. */
  taxonomy: RelatedSkills;
}

/** Related skills considered per required skill. */
export const RELATED_PER_SKILL = 10;
/** Skills whose related skills are kept (ESCO has about 14,000), and for how long. */
const RELATED_CACHE_SIZE = 5000;
const RELATED_CACHE_MS = 10 * 60_000;

export interface RelatedSkills {
  related: Map<string, string[]>;
  labels: Map<string, Localized>;
}

/** One skill's related skills (most shared occupations first), with the labels of all of them. */
interface RelatedOfSkill {
  related: string[];
  labels: [string, Localized][];
  expires: number;
}
/** Profiles read per query batch, and how many batches at once (pool connections). */
const PROFILE_CHUNK = 125;
const PARALLEL_READS = 2;

/**
 * Loads what the quality score needs from PostgreSQL: the assignment (with its weights), the
 * candidates' profiles and track records, and related skills with their labels.
 */
@Injectable()
export class MatchInputsReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assignments: AssignmentsReader,
    private readonly profiles: ProfilesReader,
    private readonly resolver: SkillResolverService,
  ) {}

  private readonly relatedCache = new Map<string, RelatedOfSkill>();

  /**
   * The assignment with its weights; its skills' labels come from the taxonomy cache that
   * `related` keeps, so a repeated computation costs the two reads below and nothing more.
   */
  async assignment(id: string): Promise<LoadedAssignment | null> {
    const [record, weights] = await Promise.all([
      this.assignments.get(id),
      sql(this.dataSource)
        .selectFrom('assignmentMatchWeights')
        .select(['skills', 'trackRecord', 'credentials', 'availability', 'fit'])
        .where('assignmentId', '=', id)
        .executeTakeFirst(),
    ]);
    if (!record) return null;
    const taxonomy = await this.related(
      record.requiredSkills.flatMap((s) => (s.skillId ? [s.skillId] : [])),
    );
    const input = toMatchAssignment(record, taxonomy.labels);
    if (!input) return null;
    return {
      input,
      organisationId: record.organisationId,
      status: record.status,
      version: record.version,
      weights: effectiveWeights(weights ?? null),
      taxonomy,
    };
  }

  /**
   * The candidates that have a profile the market may see (not erased, not hidden). Profile
   * batches are read a few at a time, each on its own pool connection, beside one query for
   * everyone's track record.
   */
  async candidates(interimIds: string[]): Promise<MatchCandidate[]> {
    const [records, tracks] = await Promise.all([
      this.profilesOf(interimIds),
      this.trackRecords(interimIds),
    ]);
    return records
      .filter((record) => record.visibility !== 'hidden')
      .map((record) =>
        toMatchCandidate(record, tracks.get(record.interimId) ?? EMPTY_TRACK_RECORD),
      );
  }

  private async profilesOf(interimIds: string[]): Promise<MatchableProfile[]> {
    const chunks: string[][] = [];
    for (let i = 0; i < interimIds.length; i += PROFILE_CHUNK) {
      chunks.push(interimIds.slice(i, i + PROFILE_CHUNK));
    }
    const records: MatchableProfile[] = [];
    for (let i = 0; i < chunks.length; i += PARALLEL_READS) {
      const parts = await Promise.all(
        chunks.slice(i, i + PARALLEL_READS).map((chunk) => this.profiles.getMatchable(chunk)),
      );
      for (const part of parts) records.push(...part);
    }
    return records;
  }

  /**
   * For each skill, related ESCO skills (shared essential-skill occupations), with the labels of
   * both, the assignment's own skills left out. The taxonomy changes only on import, so each
   * skill's answer is kept for a while: assignments share most of their skills, so a new one
   * usually asks the taxonomy about a few skills or none.
   */
  private async related(skillIds: string[]): Promise<RelatedSkills> {
    const ids = [...new Set(skillIds)];
    const now = Date.now();
    const known = new Map<string, RelatedOfSkill>();
    for (const id of ids) {
      const cached = this.relatedCache.get(id);
      if (cached && cached.expires > now) known.set(id, cached);
    }
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) {
      const fetched = await this.resolver.relatedSkills(missing, RELATED_PER_SKILL);
      for (const id of missing) {
        const list = fetched.related.get(id) ?? [];
        const entry: RelatedOfSkill = {
          related: list,
          labels: [id, ...list].flatMap((s) => {
            const label = fetched.labels.get(s);
            return label ? [[s, label] as [string, Localized]] : [];
          }),
          expires: now + RELATED_CACHE_MS,
        };
        if (this.relatedCache.size >= RELATED_CACHE_SIZE) {
          this.relatedCache.delete(this.relatedCache.keys().next().value as string);
        }
        this.relatedCache.set(id, entry);
        known.set(id, entry);
      }
    }
    const own = new Set(ids);
    const related = new Map<string, string[]>();
    const labels = new Map<string, Localized>();
    for (const id of ids) {
      const entry = known.get(id) as RelatedOfSkill;
      related.set(
        id,
        entry.related.filter((r) => !own.has(r)),
      );
      for (const [s, label] of entry.labels) labels.set(s, label);
    }
    return { related, labels };
  }

  async trackRecords(interimIds: string[]): Promise<Map<string, TrackRecordInput>> {
    const rows = await sql(this.dataSource)
      .selectFrom('interimTrackRecords')
      .select([
        'interimId',
        'reviewCount',
        'ratingSum',
        'completedCount',
        'completedByKind',
        'completedBySector',
      ])
      .where('interimId', '=', (eb) => eb.fn.any(eb.val(interimIds)))
      .execute();
    return new Map(
      rows.map((r) => [
        r.interimId,
        {
          reviewCount: r.reviewCount,
          ratingSum: Number(r.ratingSum),
          completedCount: r.completedCount,
          completedByKind: r.completedByKind as Record<string, number>,
          completedBySector: r.completedBySector as Record<string, number>,
        },
      ]),
    );
  }
}

/** A published-ready assignment as the score sees it; null when it lacks what matching needs. */
export function toMatchAssignment(
  record: AssignmentRecord,
  labels: Map<string, Localized>,
): MatchAssignment | null {
  if (
    !record.sector ||
    !record.assignmentKind ||
    !record.startDate ||
    record.hoursPerWeek === null ||
    record.maxDayRate === null
  ) {
    return null;
  }
  return {
    id: record.id,
    assignmentKind: record.assignmentKind,
    sector: record.sector,
    languages: record.languages,
    city: record.city,
    country: record.country,
    remoteShare: record.remoteShare,
    startDate: record.startDate,
    endDate: record.endDate,
    hoursPerWeek: record.hoursPerWeek,
    maxDayRate: record.maxDayRate,
    skills: record.requiredSkills.map((s) => ({
      skillId: s.skillId,
      name: s.name,
      label: (s.skillId && labels.get(s.skillId)) || { en: s.name, nl: s.name },
      weight: s.weight,
      mustHave: s.mustHave,
    })),
  };
}

export function toMatchCandidate(
  record: MatchableProfile,
  track: TrackRecordInput,
): MatchCandidate {
  return {
    interimId: record.interimId,
    sectors: record.sectors,
    assignmentKinds: record.assignmentKinds,
    languages: record.languages,
    city: record.location.city,
    country: record.location.country,
    maxTravelKm: record.maxTravelKm,
    remotePreference: record.remotePreference,
    dayRateMin: record.dayRate.min,
    dayRateMax: record.dayRate.max,
    hoursMin: record.hoursPerWeek.min,
    hoursMax: record.hoursPerWeek.max,
    availableFrom: record.availableFrom,
    notifySectors: record.preferences.sectors,
    skills: record.skills,
    availability: record.availability,
    credentials: record.credentials.map((c) => ({
      type: c.type,
      status: c.status,
      validUntil: c.validUntil,
    })),
    trackRecord: track,
  };
}
