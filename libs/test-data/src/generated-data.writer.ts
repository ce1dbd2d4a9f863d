import { DataSource, EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';
import type { GeneratedAssignment, GeneratedInterim } from './interim-generator';

type Db = DataSource | EntityManager;

/** ESCO URI → skill id of the imported taxonomy. */
export async function skillIdsByUri(db: Db): Promise<Map<string, string>> {
  const rows = await sql(db).selectFrom('skills').select(['escoUri', 'id']).execute();
  return new Map(rows.map((r) => [r.escoUri, r.id]));
}

/** Rows per statement: large enough to be fast, small enough for the parameter limits. */
const CHUNK = 2000;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Writes generated interims with multi-row inserts (one statement per table per chunk): users,
 * profiles, skills, availability, credentials and track records. For the bench and the demo seed;
 * it bypasses the API on purpose and writes no outbox events (rebuild the index afterwards).
 * Raw SQL: a builder's multi-row VALUES binds one parameter per cell and took about three times
 * as long for a chunk of 2,000 users as unnest of one array per column.
 */
export async function writeGeneratedInterims(
  db: Db,
  interims: GeneratedInterim[],
  skillIds: Map<string, string>,
): Promise<void> {
  for (const part of chunks(interims)) {
    // raw SQL: bulk load, one array parameter per column (a VALUES list binds one per cell)
    await db.query(
      `INSERT INTO users (id, email, display_name, account_type, locale, email_verified_at)
       SELECT id, email, display_name, 'interim', 'nl', now()
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, email, display_name)`,
      [part.map((g) => g.id), part.map((g) => g.email), part.map((g) => g.displayName)],
    );
    // raw SQL: bulk load, one array parameter per column (a VALUES list binds one per cell)
    await db.query(
      `INSERT INTO interim_profiles (user_id, headline, summary, sectors, assignment_kinds, languages,
              city, country, max_travel_km, remote_preference, day_rate_min, day_rate_max, hours_min,
              hours_max, available_from, notify, notify_sectors, visibility, kvk_number, vat_id, version)
       SELECT r.user_id, r.headline, r.summary, r.sectors, r.assignment_kinds, r.languages, r.city,
              r.country, r.max_travel_km, r.remote_preference, r.day_rate_min, r.day_rate_max,
              r.hours_min, r.hours_max, r.available_from, r.notify, r.notify_sectors, r.visibility,
              r.kvk_number, r.vat_id, 1
         FROM jsonb_to_recordset($1::jsonb) AS r(user_id uuid, headline text, summary text,
              sectors text[], assignment_kinds text[], languages text[], city text, country text,
              max_travel_km int, remote_preference text, day_rate_min int, day_rate_max int,
              hours_min smallint, hours_max smallint, available_from date, notify text,
              notify_sectors text[], visibility text, kvk_number text, vat_id text)`,
      [
        JSON.stringify(
          part.map((g) => ({
            user_id: g.id,
            headline: g.headline,
            summary: g.summary,
            sectors: g.sectors,
            assignment_kinds: g.assignmentKinds,
            languages: g.languages,
            city: g.city,
            country: g.country,
            max_travel_km: g.maxTravelKm,
            remote_preference: g.remotePreference,
            day_rate_min: g.dayRateMin,
            day_rate_max: g.dayRateMax,
            hours_min: g.hoursMin,
            hours_max: g.hoursMax,
            available_from: g.availableFrom,
            notify: g.notify,
            notify_sectors: g.notifySectors,
            visibility: g.visibility,
            kvk_number: g.kvkNumber,
            vat_id: g.vatId,
          })),
        ),
      ],
    );
    const skills = part.flatMap((g) =>
      g.skills.map((s, position) => ({ g, s, position, skillId: skillIds.get(s.uri) ?? null })),
    );
    // raw SQL: bulk load, one array parameter per column (a VALUES list binds one per cell)
    await db.query(
      `INSERT INTO profile_skills (user_id, position, skill_id, name, level, years)
       SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::uuid[], $4::text[], $5::smallint[], $6::smallint[])`,
      [
        skills.map((x) => x.g.id),
        skills.map((x) => x.position),
        skills.map((x) => x.skillId),
        skills.map((x) => x.s.name),
        skills.map((x) => x.s.level),
        skills.map((x) => Math.min(60, x.s.years)),
      ],
    );
    const periods = part.flatMap((g) => g.availability.map((p) => ({ g, p })));
    if (periods.length) {
      // raw SQL: bulk load, one array parameter per column (a VALUES list binds one per cell)
      await db.query(
        `INSERT INTO availability_periods (user_id, from_date, to_date, hours_per_week)
         SELECT * FROM unnest($1::uuid[], $2::date[], $3::date[], $4::smallint[])`,
        [
          periods.map((x) => x.g.id),
          periods.map((x) => x.p.from),
          periods.map((x) => x.p.to),
          periods.map((x) => x.p.hoursPerWeek),
        ],
      );
    }
    const credentials = part.flatMap((g) => g.credentials.map((c) => ({ g, c })));
    if (credentials.length) {
      // raw SQL: bulk load, one array parameter per column (a VALUES list binds one per cell)
      await db.query(
        `INSERT INTO credentials (user_id, type, number, valid_until, status, verified_at)
         SELECT u, t, n, v, s, CASE WHEN s = 'verified' THEN now() END
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::text[]) AS c(u, t, n, v, s)`,
        [
          credentials.map((x) => x.g.id),
          credentials.map((x) => x.c.type),
          credentials.map((x) => x.c.number),
          credentials.map((x) => x.c.validUntil),
          credentials.map((x) => x.c.status),
        ],
      );
    }
    const records = part.filter(
      (g) => g.trackRecord.completedCount > 0 || g.trackRecord.ratings.length,
    );
    if (records.length) {
      // raw SQL: bulk load, one array parameter per column (a VALUES list binds one per cell)
      await db.query(
        `INSERT INTO interim_track_records (interim_id, review_count, rating_sum, rating_avg,
                completed_count, completed_by_kind, completed_by_sector)
         SELECT r.interim_id, r.review_count, r.rating_sum, r.rating_avg, r.completed_count,
                r.completed_by_kind, r.completed_by_sector
           FROM jsonb_to_recordset($1::jsonb) AS r(interim_id uuid, review_count int, rating_sum real,
                rating_avg real, completed_count int, completed_by_kind jsonb, completed_by_sector jsonb)`,
        [
          JSON.stringify(
            records.map((g) => {
              const sum = g.trackRecord.ratings.reduce((a, b) => a + b, 0);
              return {
                interim_id: g.id,
                review_count: g.trackRecord.ratings.length,
                rating_sum: sum,
                rating_avg: g.trackRecord.ratings.length
                  ? sum / g.trackRecord.ratings.length
                  : null,
                completed_count: g.trackRecord.completedCount,
                completed_by_kind: g.trackRecord.completedByKind,
                completed_by_sector: g.trackRecord.completedBySector,
              };
            }),
          ),
        ],
      );
    }
  }
}

/** Writes generated assignments for one organisation, in the given status. */
export async function writeGeneratedAssignments(
  db: Db,
  assignments: GeneratedAssignment[],
  organisationId: string,
  createdBy: string,
  skillIds: Map<string, string>,
  status: 'draft' | 'published' = 'published',
): Promise<void> {
  for (const part of chunks(assignments, 500)) {
    // raw SQL: bulk load, one array parameter per column (a VALUES list binds one per cell)
    await db.query(
      `INSERT INTO assignments (id, organisation_id, created_by, title, description, assignment_kind,
              sector, languages, city, country, remote_share, start_date, end_date, hours_per_week,
              max_day_rate, status, published_at)
       SELECT r.id, $2, $3, r.title, r.description, r.assignment_kind, r.sector, r.languages, r.city,
              r.country, r.remote_share, r.start_date, r.end_date, r.hours_per_week, r.max_day_rate,
              $4, CASE WHEN $4 = 'published' THEN now() END
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, title text, description text,
              assignment_kind text, sector text, languages text[], city text, country text,
              remote_share smallint, start_date date, end_date date, hours_per_week smallint,
              max_day_rate int)`,
      [
        JSON.stringify(
          part.map((a) => ({
            id: a.id,
            title: a.title,
            description: a.description,
            assignment_kind: a.assignmentKind,
            sector: a.sector,
            languages: a.languages,
            city: a.city,
            country: a.country,
            remote_share: a.remoteShare,
            start_date: a.startDate,
            end_date: a.endDate,
            hours_per_week: a.hoursPerWeek,
            max_day_rate: a.maxDayRate,
          })),
        ),
        organisationId,
        createdBy,
        status,
      ],
    );
    const skills = part.flatMap((a) =>
      a.skills.map((s, position) => ({ a, s, position, skillId: skillIds.get(s.uri) ?? null })),
    );
    // raw SQL: bulk load, one array parameter per column (a VALUES list binds one per cell)
    await db.query(
      `INSERT INTO assignment_skills (assignment_id, position, skill_id, name, weight, must_have)
       SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::uuid[], $4::text[], $5::smallint[], $6::boolean[])`,
      [
        skills.map((x) => x.a.id),
        skills.map((x) => x.position),
        skills.map((x) => x.skillId),
        skills.map((x) => x.s.name),
        skills.map((x) => x.s.weight),
        skills.map((x) => x.s.mustHave),
      ],
    );
  }
}

/**
 * Makes generated interims take what a fan-out measurement publishes: a fully remote, 32-hour
 * assignment paying 900 a day, in any sector, with match alerts at once and visible to clients.
 */
export async function makeGeneratedInterimsWilling(db: Db): Promise<void> {
  await sql(db)
    .updateTable('interimProfiles')
    .set((eb) => ({
      notify: 'instant',
      notifySectors: [],
      visibility: 'public',
      hoursMin: eb.fn('least', ['hoursMin', eb.val(32)]),
      hoursMax: eb.fn('greatest', ['hoursMax', eb.val(32)]),
      remotePreference: eb
        .case()
        .when('remotePreference', '=', 'remote')
        .then('hybrid')
        .else(eb.ref('remotePreference'))
        .end(),
      dayRateMin: eb.fn('least', ['dayRateMin', eb.val(900)]),
      dayRateMax: eb.fn('greatest', ['dayRateMax', eb.val(900)]),
    }))
    .execute();
}

/**
 * Skills nobody holds and no occupation lists, each with a label no other skill has: an
 * assignment that must have one matches exactly the interims given it (`giveSkill`).
 */
export async function unusedSkills(
  db: Db,
  count: number,
): Promise<{ id: string; label: string }[]> {
  return sql(db)
    .selectFrom('skills as s')
    .select(['s.id', 's.labelEn as label'])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('profileSkills as p').select('p.userId').whereRef('p.skillId', '=', 's.id'),
        ),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('occupationSkills as o')
            .select('o.skillId')
            .whereRef('o.skillId', '=', 's.id'),
        ),
      ),
    )
    .where((eb) => eb.between(eb.fn('length', ['s.labelEn']), 12, 40))
    .where(
      (eb) =>
        eb
          .selectFrom('skills as t')
          .select(eb.fn.countAll<string>().as('n'))
          .where((t) => t(t.fn('lower', ['t.labelEn']), '=', t.fn('lower', ['s.labelEn']))),
      '=',
      '1',
    )
    .orderBy('s.escoUri')
    .limit(count)
    .execute();
}

/**
 * Adds a skill to interims' profiles at list position `position`: at level 4 with 8 years, or
 * with `varied` at level 1 + (n mod 5) and n mod 16 years for the n-th interim.
 */
export async function giveSkill(
  db: Db,
  interimIds: string[],
  skill: { id: string; label: string },
  options: { position: number; varied?: boolean },
): Promise<void> {
  // raw SQL: bulk load, one array parameter per column (a VALUES list binds one per cell)
  await db.query(
    `INSERT INTO profile_skills (user_id, position, skill_id, name, level, years)
     SELECT id, $2, $3, $4,
            CASE WHEN $5 THEN 1 + (n % 5) ELSE 4 END, CASE WHEN $5 THEN n % 16 ELSE 8 END
       FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, n)`,
    [interimIds, options.position, skill.id, skill.label, options.varied ?? false],
  );
}
