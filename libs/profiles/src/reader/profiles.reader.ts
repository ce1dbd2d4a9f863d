import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ExpressionBuilder, sql as fragment } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { DataSource, EntityManager } from 'typeorm';
import { UserDirectory } from '@gilde/identity';
import { DB, sql } from '@gilde/kernel';
import { effectiveCredentialStatus, calendarToday } from '../credentials/credential-status';
import type { CredentialType, StoredCredentialStatus } from '../entities/credential.entity';
import type {
  NotifyFrequency,
  ProfileVisibility,
  RemotePreference,
} from '../entities/interim-profile.entity';
import { MatchableProfile, ProfileRecord } from './profile-record';

type ProfileScope = ExpressionBuilder<DB, 'interimProfiles'>;

/** The profile's own columns that the whole profile and the ranking read share. */
const SCALAR_COLUMNS = [
  'userId',
  'sectors',
  'assignmentKinds',
  'languages',
  'city',
  'country',
  'maxTravelKm',
  'remotePreference',
  'dayRateMin',
  'dayRateMax',
  'hoursMin',
  'hoursMax',
  'visibility',
] as const;

/** A date column as the calendar day it is (YYYY-MM-DD), not as a midnight Date. */
function day(eb: ProfileScope) {
  return eb.cast<string | null>('availableFrom', 'text').as('availableFrom');
}

export const MAX_READ_BATCH = 500;

/**
 * Reads whole profiles by interim (user) id: the profiles library's read model for the
 * others. Erased interims have no profile. Pass the caller's transactional manager when
 * reading inside a transaction.
 */
@Injectable()
export class ProfilesReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectory,
  ) {}

  async get(interimId: string, manager?: EntityManager): Promise<ProfileRecord | null> {
    return (await this.getMany([interimId], manager))[0] ?? null;
  }

  /** The profiles that exist among `interimIds`, in the order asked. */
  async getMany(interimIds: string[], manager?: EntityManager): Promise<ProfileRecord[]> {
    const ids = batchOfIds(interimIds, 'getMany');
    if (!ids.length) return [];
    // One round trip for the profiles: skills, periods and credentials come along as JSON.
    const [profiles, people] = await Promise.all([
      sql(manager ?? this.dataSource)
        .selectFrom('interimProfiles')
        .select(SCALAR_COLUMNS)
        .select([
          'headline',
          'summary',
          'notify',
          'notifySectors',
          'kvkNumber',
          'vatId',
          'version',
          'updatedAt',
        ])
        .select((eb) => [
          day(eb),
          jsonArrayFrom(
            eb
              .selectFrom('profileSkills as s')
              .select(['s.skillId', 's.name', 's.level', 's.years'])
              .whereRef('s.userId', '=', 'interimProfiles.userId')
              .orderBy('s.position'),
          ).as('skills'),
          jsonArrayFrom(
            eb
              .selectFrom('availabilityPeriods as a')
              .select((a) => [
                a.cast<string>('a.fromDate', 'text').as('from'),
                a.cast<string>('a.toDate', 'text').as('to'),
                'a.hoursPerWeek',
              ])
              .whereRef('a.userId', '=', 'interimProfiles.userId')
              .orderBy('a.fromDate')
              .orderBy('a.id'),
          ).as('periods'),
          jsonArrayFrom(
            eb
              .selectFrom('credentials as c')
              .select((c) => [
                'c.id',
                'c.type',
                'c.number',
                c.cast<string>('c.validUntil', 'text').as('validUntil'),
                'c.status',
                // In JSON a timestamp is ISO text; to_json says so to the types as well.
                c.fn<string | null>('to_json', ['c.verifiedAt']).as('verifiedAt'),
              ])
              .whereRef('c.userId', '=', 'interimProfiles.userId')
              .orderBy('c.validUntil', 'desc')
              .orderBy('c.id'),
          ).as('credentials'),
        ])
        .where('userId', '=', (eb) => eb.fn.any(eb.val(ids)))
        .execute(),
      this.directory.contacts(ids, manager),
    ]);
    const today = calendarToday();
    const byId = new Map(
      profiles.flatMap((p) => {
        const person = people.get(p.userId);
        if (!person || person.erased) return [];
        const record: ProfileRecord = {
          ...scalarFacts(p),
          displayName: person.displayName,
          headline: p.headline,
          summary: p.summary,
          skills: p.skills,
          availability: p.periods,
          credentials: p.credentials.map((c) => ({
            id: c.id,
            type: c.type as CredentialType,
            number: c.number,
            validUntil: c.validUntil,
            status: effectiveCredentialStatus(
              c.status as StoredCredentialStatus,
              c.validUntil,
              today,
            ),
            verifiedAt: c.verifiedAt ? new Date(c.verifiedAt) : null,
          })),
          preferences: { notify: p.notify as NotifyFrequency, sectors: p.notifySectors },
          kvkNumber: p.kvkNumber,
          vatId: p.vatId,
          version: p.version,
          updatedAt: p.updatedAt,
        };
        return [[p.userId, record] as const];
      }),
    );
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
    const [rows, active] = await Promise.all([
      sql(this.dataSource)
        .selectFrom('interimProfiles')
        .select(SCALAR_COLUMNS)
        .select('notifySectors')
        .select((eb) => [
          eb.cast<string | null>('availableFrom', 'text').as('availableFrom'),
          fragment<[string | null, string, number, number][]>`COALESCE((
            SELECT json_agg(json_build_array(s.skill_id, s.name, s.level, s.years) ORDER BY s.position)
              FROM profile_skills s WHERE s.user_id = interim_profiles.user_id), '[]')`.as(
            'skills',
          ),
          fragment<[string, string, number][]>`COALESCE((
            SELECT json_agg(json_build_array(a.from_date, a.to_date, a.hours_per_week)
                            ORDER BY a.from_date, a.id)
              FROM availability_periods a WHERE a.user_id = interim_profiles.user_id), '[]')`.as(
            'periods',
          ),
          fragment<[CredentialType, string, StoredCredentialStatus][]>`COALESCE((
            SELECT json_agg(json_build_array(c.type, c.valid_until, c.status)
                            ORDER BY c.valid_until DESC, c.id)
              FROM credentials c WHERE c.user_id = interim_profiles.user_id), '[]')`.as(
            'credentials',
          ),
        ])
        .where('userId', '=', (eb) => eb.fn.any(eb.val(ids)))
        .execute(),
      this.directory.activeIds(ids),
    ]);
    const today = calendarToday();
    return rows
      .filter((p) => active.has(p.userId))
      .map((p) => ({
        ...scalarFacts(p),
        skills: p.skills.map(([skillId, name, level, years]) => ({ skillId, name, level, years })),
        availability: p.periods.map(([from, to, hoursPerWeek]) => ({ from, to, hoursPerWeek })),
        credentials: p.credentials.map(([type, validUntil, status]) => ({
          type,
          validUntil,
          status: effectiveCredentialStatus(status, validUntil, today),
        })),
        preferences: { sectors: p.notifySectors },
      }));
  }

  /** Interim ids with a profile, in id order after `after`: for rebuilding derived data. */
  async idsAfter(after: string | null, limit = 200): Promise<string[]> {
    let query = sql(this.dataSource)
      .selectFrom('interimProfiles')
      .select('userId')
      .orderBy('userId')
      .limit(Math.min(Math.max(limit, 1), MAX_READ_BATCH));
    if (after !== null) query = query.where('userId', '>', after);
    return (await query.execute()).map((r) => r.userId);
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
function scalarFacts(p: {
  userId: string;
  sectors: string[];
  assignmentKinds: string[];
  languages: string[];
  city: string;
  country: string;
  maxTravelKm: number | null;
  remotePreference: string;
  dayRateMin: number;
  dayRateMax: number;
  hoursMin: number;
  hoursMax: number;
  availableFrom: string | null;
  visibility: string;
}) {
  return {
    interimId: p.userId,
    sectors: p.sectors,
    assignmentKinds: p.assignmentKinds,
    languages: p.languages,
    location: { city: p.city, country: p.country },
    maxTravelKm: p.maxTravelKm,
    remotePreference: p.remotePreference as RemotePreference,
    dayRate: { min: p.dayRateMin, max: p.dayRateMax },
    hoursPerWeek: { min: p.hoursMin, max: p.hoursMax },
    availableFrom: p.availableFrom,
    visibility: p.visibility as ProfileVisibility,
  };
}
