import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { effectiveCredentialStatus, calendarToday } from '../credentials/credential-status';
import type { CredentialType, StoredCredentialStatus } from '../entities/credential.entity';
import type {
  NotifyFrequency,
  ProfileVisibility,
  RemotePreference,
} from '../entities/interim-profile.entity';
import { MatchableProfile, ProfileRecord } from './profile-record';

interface ProfileRow {
  user_id: string;
  display_name: string;
  headline: string;
  summary: string | null;
  sectors: string[];
  assignment_kinds: string[];
  languages: string[];
  city: string;
  country: string;
  max_travel_km: number | null;
  remote_preference: RemotePreference;
  day_rate_min: number;
  day_rate_max: number;
  hours_min: number;
  hours_max: number;
  available_from: string | null;
  notify: NotifyFrequency;
  notify_sectors: string[];
  visibility: ProfileVisibility;
  kvk_number: string | null;
  vat_id: string | null;
  version: number;
  updated_at: Date;
  skills: SkillRow[];
  periods: PeriodRow[];
  credentials: CredentialRow[];
}

/** Rows aggregated as JSON: dates arrive as ISO text, timestamps as ISO text too. */
interface SkillRow {
  skill_id: string | null;
  name: string;
  level: number;
  years: number;
}

interface PeriodRow {
  from_date: string;
  to_date: string;
  hours_per_week: number;
}

interface CredentialRow {
  id: string;
  type: CredentialType;
  number: string;
  valid_until: string;
  status: StoredCredentialStatus;
  verified_at: string | null;
}

/** The profile's own columns that the whole profile and the ranking read share. */
type ScalarColumns = Pick<
  ProfileRow,
  | 'user_id'
  | 'sectors'
  | 'assignment_kinds'
  | 'languages'
  | 'city'
  | 'country'
  | 'max_travel_km'
  | 'remote_preference'
  | 'day_rate_min'
  | 'day_rate_max'
  | 'hours_min'
  | 'hours_max'
  | 'available_from'
  | 'visibility'
>;

/** getMatchable's row: the JSON arrays hold [skill_id, name, level, years], [from, to, hours], [type, valid_until, status]. */
interface MatchableRow extends ScalarColumns {
  notify_sectors: string[];
  skills: [string | null, string, number, number][];
  periods: [string, string, number][];
  credentials: [CredentialType, string, StoredCredentialStatus][];
}

export const MAX_READ_BATCH = 500;

/**
 * Reads whole profiles by interim (user) id: the profiles library's read model for the
 * others. Erased interims have no profile. Pass the caller's transactional manager when
 * reading inside a transaction.
 */
@Injectable()
export class ProfilesReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(interimId: string, manager?: EntityManager): Promise<ProfileRecord | null> {
    return (await this.getMany([interimId], manager))[0] ?? null;
  }

  /** The profiles that exist among `interimIds`, in the order asked. */
  async getMany(interimIds: string[], manager?: EntityManager): Promise<ProfileRecord[]> {
    const ids = batchOfIds(interimIds, 'getMany');
    if (!ids.length) return [];
    const db = manager ?? this.dataSource.manager;
    // One round trip: skills, periods and credentials come along as JSON arrays per profile.
    const profiles: ProfileRow[] = await db.query(
      `SELECT p.user_id, u.display_name, p.headline, p.summary, p.sectors, p.assignment_kinds,
              p.languages, p.city, p.country, p.max_travel_km, p.remote_preference,
              p.day_rate_min, p.day_rate_max, p.hours_min, p.hours_max,
              p.available_from::text AS available_from, p.notify, p.notify_sectors, p.visibility,
              p.kvk_number, p.vat_id, p.version, p.updated_at,
              COALESCE((SELECT json_agg(json_build_object('skill_id', s.skill_id, 'name', s.name,
                                          'level', s.level, 'years', s.years) ORDER BY s.position)
                          FROM profile_skills s WHERE s.user_id = p.user_id), '[]') AS skills,
              COALESCE((SELECT json_agg(json_build_object('from_date', a.from_date, 'to_date', a.to_date,
                                          'hours_per_week', a.hours_per_week) ORDER BY a.from_date, a.id)
                          FROM availability_periods a WHERE a.user_id = p.user_id), '[]') AS periods,
              COALESCE((SELECT json_agg(json_build_object('id', c.id, 'type', c.type, 'number', c.number,
                                          'valid_until', c.valid_until, 'status', c.status,
                                          'verified_at', c.verified_at) ORDER BY c.valid_until DESC, c.id)
                          FROM credentials c WHERE c.user_id = p.user_id), '[]') AS credentials
         FROM interim_profiles p
         JOIN users u ON u.id = p.user_id AND u.erased_at IS NULL
        WHERE p.user_id = ANY($1::uuid[])`,
      [ids],
    );
    const today = calendarToday();
    const byId = new Map(profiles.map((p) => [p.user_id, toRecord(p, today)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * The ranking facts of the profiles that exist among `interimIds`, in no particular order.
   * Nested lists come as JSON arrays of arrays: a ranking reads hundreds of profiles at a time,
   * and repeating every key in every element was a good part of the work.
   */
  async getMatchable(interimIds: string[]): Promise<MatchableProfile[]> {
    const ids = batchOfIds(interimIds, 'getMatchable');
    if (!ids.length) return [];
    const rows: MatchableRow[] = await this.dataSource.query(
      `SELECT p.user_id, p.sectors, p.assignment_kinds, p.languages, p.city, p.country,
              p.max_travel_km, p.remote_preference, p.day_rate_min, p.day_rate_max, p.hours_min,
              p.hours_max, p.available_from::text AS available_from, p.notify_sectors, p.visibility,
              COALESCE((SELECT json_agg(json_build_array(s.skill_id, s.name, s.level, s.years) ORDER BY s.position)
                          FROM profile_skills s WHERE s.user_id = p.user_id), '[]') AS skills,
              COALESCE((SELECT json_agg(json_build_array(a.from_date, a.to_date, a.hours_per_week)
                                        ORDER BY a.from_date, a.id)
                          FROM availability_periods a WHERE a.user_id = p.user_id), '[]') AS periods,
              COALESCE((SELECT json_agg(json_build_array(c.type, c.valid_until, c.status)
                                        ORDER BY c.valid_until DESC, c.id)
                          FROM credentials c WHERE c.user_id = p.user_id), '[]') AS credentials
         FROM interim_profiles p
         JOIN users u ON u.id = p.user_id AND u.erased_at IS NULL
        WHERE p.user_id = ANY($1::uuid[])`,
      [ids],
    );
    const today = calendarToday();
    return rows.map((p) => ({
      ...scalarFacts(p),
      skills: p.skills.map(([skillId, name, level, years]) => ({ skillId, name, level, years })),
      availability: p.periods.map(([from, to, hoursPerWeek]) => ({ from, to, hoursPerWeek })),
      credentials: p.credentials.map(([type, validUntil, status]) => ({
        type,
        validUntil,
        status: effectiveCredentialStatus(status, validUntil, today),
      })),
      preferences: { sectors: p.notify_sectors },
    }));
  }

  /** Interim ids with a profile, in id order after `after`: for rebuilding derived data. */
  async idsAfter(after: string | null, limit = 200): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT user_id FROM interim_profiles
        WHERE ($1::uuid IS NULL OR user_id > $1::uuid)
        ORDER BY user_id LIMIT $2`,
      [after, Math.min(Math.max(limit, 1), MAX_READ_BATCH)],
    );
    return rows.map((r) => r.user_id);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The distinct well-formed ids of one read; more than MAX_READ_BATCH is a caller's mistake. */
function batchOfIds(interimIds: string[], reader: string): string[] {
  if (interimIds.length > MAX_READ_BATCH) {
    throw new RangeError(`${reader} reads at most ${MAX_READ_BATCH} profiles at a time`);
  }
  return [...new Set(interimIds)].filter((id) => UUID.test(id));
}

/** The profile's own columns that the whole profile and the ranking read share. */
function scalarFacts(p: ScalarColumns) {
  return {
    interimId: p.user_id,
    sectors: p.sectors,
    assignmentKinds: p.assignment_kinds,
    languages: p.languages,
    location: { city: p.city, country: p.country },
    maxTravelKm: p.max_travel_km,
    remotePreference: p.remote_preference,
    dayRate: { min: p.day_rate_min, max: p.day_rate_max },
    hoursPerWeek: { min: p.hours_min, max: p.hours_max },
    availableFrom: p.available_from,
    visibility: p.visibility,
  };
}

function toRecord(p: ProfileRow, today: string): ProfileRecord {
  return {
    ...scalarFacts(p),
    displayName: p.display_name,
    headline: p.headline,
    summary: p.summary,
    skills: p.skills.map((s) => ({
      skillId: s.skill_id,
      name: s.name,
      level: s.level,
      years: s.years,
    })),
    availability: p.periods.map((r) => ({
      from: r.from_date,
      to: r.to_date,
      hoursPerWeek: r.hours_per_week,
    })),
    credentials: p.credentials.map((c) => ({
      id: c.id,
      type: c.type,
      number: c.number,
      validUntil: c.valid_until,
      status: effectiveCredentialStatus(c.status, c.valid_until, today),
      verifiedAt: c.verified_at ? new Date(c.verified_at) : null,
    })),
    preferences: { notify: p.notify, sectors: p.notify_sectors },
    kvkNumber: p.kvk_number,
    vatId: p.vat_id,
    version: p.version,
    updatedAt: p.updated_at,
  };
}
