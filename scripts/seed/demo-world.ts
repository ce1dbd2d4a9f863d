import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { TokenService, grantPlatformAdmin, markEmailVerified } from '@gilde/identity';
import { AppConfig } from '@gilde/kernel';
import { MatchingService, TrackRecordsService } from '@gilde/matching';
import { SearchIndexerService } from '@gilde/search';
import { SkillResolverService } from '@gilde/taxonomy';
import { SeededRandom, loadEscoCatalogue } from '@gilde/test-data';
import { archetypeSkills } from './archetype-skills';
import { addDays, addMonths, nextMonday, today as todayDate } from './dates';
import {
  DEMO_ADMIN,
  DEMO_INTERIM,
  DEMO_INTERIM_DOMAIN,
  DEMO_ORGANISATION_ACCOUNTS,
  DEMO_PASSWORD,
  DemoOrganisationKey,
  DemoPerson,
} from './demo-accounts';
import { DEMO_ASSIGNMENTS, DemoAssignment, REVIEW_COMMENTS } from './demo-assignments';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { InterimSeed, buildDemoInterim, buildInterims } from './interim-profiles';
import { Actor, SeedClient, mapLimit, seedAddress } from './seed-client';

export interface DemoSeedOptions {
  /** Interim managers besides the demo interim (default 300). */
  interims?: number;
  /** Parallel requests (default 8). */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface DemoSeedSummary {
  interims: number;
  organisations: number;
  assignments: Record<string, number>;
  responses: Record<string, number>;
  contracts: Record<string, number>;
  matches: number;
  reviews: number;
  requests: number;
  phases: { name: string; ms: number }[];
}

/** The same cost parameters as sign-up, so a demo hash is indistinguishable from a real one. */
const ARGON2_OPTIONS = {
  type: argon2.argon2id as 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

const LOW_RISK_DBA_CHECK = {
  workDirection: 'interim',
  embedding: 'none',
  multipleClients: true,
  professionalLiabilityInsurance: true,
  bearsFinancialRisk: true,
  actsAsEntrepreneur: true,
  notes: 'Eigen werkwijze en planning; geen hiërarchische inbedding; meerdere opdrachtgevers.',
} as const;

const MOTIVATIONS: readonly ((title: string, name: string) => string)[] = [
  (title) =>
    `Deze opdracht als ${title.toLowerCase()} sluit naadloos aan op mijn laatste twee opdrachten. ` +
    'Ik ben snel inzetbaar en kan in de eerste weken een plan van aanpak met u afstemmen.',
  (title) =>
    `Graag denk ik mee over de opgave achter "${title}". Ik heb vergelijkbare trajecten geleid ` +
    'en weet hoe belangrijk draagvlak bij bestuur en medewerkers is.',
  (_title, name) =>
    `Met belangstelling las ik deze opdracht. ${name.split(' ')[0]} hier: ervaren, nuchter en ` +
    'gewend om in korte tijd rust en richting te brengen. Ik maak graag kennis.',
  (title) =>
    `Mijn ervaring met ${title.toLowerCase()}-vraagstukken in vergelijkbare organisaties maakt ` +
    'dat ik direct waarde kan toevoegen. Referenties zijn op verzoek beschikbaar.',
];

const REJECTIONS = [
  {
    reason: 'experience_mismatch',
    note: 'We zoeken meer ervaring in een vergelijkbare organisatie.',
  },
  { reason: 'availability', note: 'De gevraagde startdatum is helaas niet haalbaar gebleken.' },
  { reason: 'rate', note: null },
] as const;

interface Interim {
  seed: InterimSeed;
  id: string;
  actor: Actor;
}

interface Organisation {
  key: DemoOrganisationKey;
  id: string;
  hiringManager: Actor;
  procurement: Actor;
  rateCard: Map<string, number>;
}

interface Match {
  interim: { id: string };
  rank: number | null;
  score: number;
}

class Phases {
  readonly list: { name: string; ms: number }[] = [];
  private started = performance.now();

  constructor(private readonly log: (line: string) => void) {}

  done(name: string, detail = ''): void {
    const now = performance.now();
    const ms = Math.round(now - this.started);
    this.list.push({ name, ms });
    this.log(`  ${name.padEnd(34)} ${String(ms).padStart(6)} ms${detail ? `  ${detail}` : ''}`);
    this.started = now;
  }
}

/**
 * Creates the demo world through the application itself: accounts, organisations and invitations,
 * profiles, assignments, responses and contracts go through the HTTP API (in-process), so every
 * validation, transition and outbox event is the real one. The bulk interim accounts are inserted
 * with one precomputed password hash (hashing 300 passwords would dominate the run), the search
 * index and the matches of the published assignments are brought up to date by the libraries'
 * own services, so matches and responses can be seeded right away; the worker processes the same
 * outbox events afterwards and arrives at the same state.
 */
export async function seedDemoWorld(
  app: NestFastifyApplication,
  options: DemoSeedOptions = {},
): Promise<DemoSeedSummary> {
  const log = options.log ?? (() => undefined);
  const concurrency = options.concurrency ?? 8;
  const dataSource = app.get(DataSource, { strict: false });
  const config = app.get(AppConfig, { strict: false });
  const http = new SeedClient(app);
  const phases = new Phases(log);
  const today = todayDate();
  const rnd = new SeededRandom(42);

  // ---- What the world is built from -------------------------------------------------------
  const skills = archetypeSkills(loadEscoCatalogue());
  await assertSkillNamesResolve(app);
  const seeds = buildInterims(options.interims ?? 300, skills, today);
  const demoSeed = buildDemoInterim(skills, today);
  phases.done('ESCO skills and profiles built', `${seeds.length + 1} interim profiles`);

  // ---- Accounts and organisations ---------------------------------------------------------
  let address = 10;
  const register = async (
    person: DemoPerson,
    accountType: 'client' | 'interim',
  ): Promise<{ id: string; actor: Actor }> => {
    const at = seedAddress(address++);
    const res = await http.post<{ user: { id: string }; accessToken: string }>(
      { label: person.email, token: '', address: at },
      '/auth/register',
      {
        email: person.email,
        password: DEMO_PASSWORD,
        displayName: person.displayName,
        accountType,
      },
    );
    // Demo addresses receive no mail: the seed verifies them as an operator would.
    await markEmailVerified(dataSource, res.user.id);
    return { id: res.user.id, actor: { label: person.email, token: res.accessToken, address: at } };
  };
  const admin = await register(DEMO_ADMIN, 'client');
  // Registering never makes an admin: the demo admin is granted explicitly, like a real one.
  await grantDemoAdmin(dataSource);
  const adminIsPlatformAdmin = config.auth.platformAdminEmails.includes(DEMO_ADMIN.email);
  if (!adminIsPlatformAdmin) {
    log(
      `  ! ${DEMO_ADMIN.email} is not in PLATFORM_ADMIN_EMAILS: credentials stay unverified ` +
        '(npm start sets it by default).',
    );
  }
  const organisations = new Map<DemoOrganisationKey, Organisation>();
  for (const accounts of DEMO_ORGANISATION_ACCOUNTS) {
    const content = DEMO_ORGANISATIONS.find((o) => o.key === accounts.key);
    if (!content) throw new Error(`No content for organisation ${accounts.key}`);
    const hm = await register(accounts.hiringManager, 'client');
    const procurement = await register(accounts.procurement, 'client');
    const org = await http.post<{ id: string }>(hm.actor, '/organisations', {
      name: content.name,
      kvkNumber: content.kvkNumber,
    });
    const invitation = await http.post<{ token: string }>(
      hm.actor,
      `/organisations/${org.id}/invitations`,
      {
        email: accounts.procurement.email,
        role: 'procurement',
      },
    );
    await http.post(
      procurement.actor,
      `/invitations/${encodeURIComponent(invitation.token)}/accept`,
    );
    await http.put(procurement.actor, `/organisations/${org.id}/rate-card`, {
      entries: content.rateCard,
    });
    await http.put(procurement.actor, `/organisations/${org.id}/contract-details`, {
      vatId: content.vatId,
      address: content.address,
    });
    organisations.set(accounts.key, {
      key: accounts.key,
      id: org.id,
      hiringManager: hm.actor,
      procurement: procurement.actor,
      rateCard: new Map(content.rateCard.map((e) => [e.assignmentKind, e.maxDayRate])),
    });
  }
  phases.done('Organisations and their people', `${organisations.size} organisations, rate cards`);

  // ---- Interim managers -------------------------------------------------------------------
  const demoAccount = await register(DEMO_INTERIM, 'interim');
  const demo: Interim = { seed: demoSeed, id: demoAccount.id, actor: demoAccount.actor };
  const hash = await argon2.hash(DEMO_PASSWORD, ARGON2_OPTIONS);
  const inserted: { id: string; email: string }[] = await dataSource.query(
    `INSERT INTO users (email, password_hash, display_name, account_type, locale, email_verified_at)
     SELECT e, $2, n, 'interim', 'nl', now() FROM unnest($1::text[], $3::text[]) AS t(e, n)
     RETURNING id, email`,
    [seeds.map((s) => s.email), hash, seeds.map((s) => s.displayName)],
  );
  const idByEmail = new Map(inserted.map((r) => [r.email, r.id]));
  const tokens = app.get(TokenService, { strict: false });
  const interims: Interim[] = seeds.map((seed, i) => {
    const id = idByEmail.get(seed.email) as string;
    return {
      seed,
      id,
      actor: {
        label: seed.email,
        token: tokens.signAccessToken(id),
        address: seedAddress(1000 + i),
      },
    };
  });
  const everyone = [demo, ...interims];
  const credentialIds = await mapLimit(everyone, concurrency, async (p) => {
    const saved = await http.put<{ credentials: { id: string; type: string }[] }>(
      p.actor,
      '/interims/me/profile',
      p.seed.profile,
    );
    await http.put(p.actor, '/interims/me/availability', p.seed.availability);
    return saved.credentials
      .filter((c) => (p.seed.verify as string[]).includes(c.type))
      .map((c) => c.id);
  });
  phases.done('Interim profiles and calendars', `${everyone.length} via PUT /interims/me/profile`);
  if (adminIsPlatformAdmin) {
    const toVerify = credentialIds.flat();
    await mapLimit(toVerify, concurrency, (id) =>
      http.post(admin.actor, `/admin/credentials/${id}/verify`),
    );
    phases.done('Credentials verified by the admin', `${toVerify.length} credentials`);
  }
  const indexer = app.get(SearchIndexerService, { strict: false });
  for (let i = 0; i < everyone.length; i += 100) {
    await indexer.syncProfiles(everyone.slice(i, i + 100).map((p) => p.id));
  }
  phases.done('Search index: profiles');

  // ---- Work done in the past: completed contracts, reviewed both ways ----------------------
  const visible = interims.filter((p) => p.seed.profile.visibility !== 'hidden');
  const taken = new Set<string>();
  const personFor = (a: DemoAssignment, exclude: Set<string> = taken): Interim => {
    const fitting = visible.filter(
      (p) =>
        !exclude.has(p.id) &&
        p.seed.archetype === a.archetype &&
        p.seed.profile.dayRate.min <= a.maxDayRate,
    );
    const pool = fitting.length ? fitting : visible.filter((p) => !exclude.has(p.id));
    const chosen = rnd.pick(pool);
    exclude.add(chosen.id);
    return chosen;
  };
  const flows = new Flows(http, organisations, today);
  const past = DEMO_ASSIGNMENTS.filter(
    (a) =>
      a.plan.kind === 'history' || (a.plan.kind === 'contract' && a.plan.state === 'completed'),
  );
  const pastPeople = past.map((a) =>
    a.plan.kind === 'history' && a.plan.demoInterim ? demo : personFor(a),
  );
  await mapLimit(past, 4, (a, i) => flows.pastWork(a, pastPeople[i]));
  const trackRecords = app.get(TrackRecordsService, { strict: false });
  for (const p of new Set(pastPeople)) {
    await dataSource.transaction((m) => trackRecords.refresh(m, p.id));
  }
  phases.done('Completed work and reviews', `${past.length} contracts`);

  // ---- Today's assignments, their matches, responses and contracts --------------------------
  const current = DEMO_ASSIGNMENTS.filter((a) => !past.includes(a));
  const created = await mapLimit(current, 4, (a) => flows.draft(a));
  const published = current.flatMap((a, i) =>
    a.plan.kind === 'draft' ? [] : [{ a, id: created[i] }],
  );
  await mapLimit(published, 4, ({ a, id }) =>
    http.post(flows.org(a).hiringManager, `/assignments/${id}/publish`),
  );
  await indexer.syncAssignments(published.map((p) => p.id));
  phases.done('Assignments drafted and published', `${published.length} published`);
  const matching = app.get(MatchingService, { strict: false });
  await mapLimit(published, 4, ({ id }) => matching.computeAndStore(id));
  phases.done('Matches computed', `${published.length} assignments`);

  const byId = new Map(everyone.map((p) => [p.id, p]));
  const contractPeople = new Set<string>([demo.id]);
  await mapLimit(published, 4, async ({ a, id }) => {
    const matches = await http.get<Match[]>(
      flows.org(a).hiringManager,
      `/assignments/${id}/matches?limit=30`,
    );
    const ranked = matches
      .filter((m) => m.rank !== null && m.interim.id !== demo.id)
      .map((m) => byId.get(m.interim.id))
      .filter((p): p is Interim => p !== undefined);
    await flows.respond(a, id, ranked, demo, contractPeople, () => personFor(a, contractPeople));
  });
  phases.done('Responses, decisions and contracts');

  return {
    ...(await countWorld(dataSource, organisations)),
    requests: http.requests,
    phases: phases.list,
  };
}

/**
 * A choice that depends only on the key: flows run concurrently, so a shared random sequence
 * would hand out different texts from run to run.
 */
function choose<T>(items: readonly T[], key: string): T {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return items[(h >>> 0) % items.length];
}

/** Fails before anything is written when an assignment's skill would not resolve to ESCO. */
async function assertSkillNamesResolve(app: NestFastifyApplication): Promise<void> {
  const resolver = app.get(SkillResolverService, { strict: false });
  const names = [...new Set(DEMO_ASSIGNMENTS.flatMap((a) => a.skills.map(([name]) => name)))];
  const resolved = await resolver.resolve(names);
  const free = resolved.filter((r) => !r.skillId).map((r) => r.input);
  if (free.length) {
    throw new Error(`Demo assignment skills not found in the ESCO taxonomy: ${free.join(', ')}`);
  }
}

/** The steps of an assignment's life, as the people involved take them. */
class Flows {
  constructor(
    private readonly http: SeedClient,
    private readonly organisations: Map<DemoOrganisationKey, Organisation>,
    private readonly today: string,
  ) {}

  org(a: DemoAssignment): Organisation {
    const org = this.organisations.get(a.organisation);
    if (!org) throw new Error(`Unknown organisation ${a.organisation}`);
    return org;
  }

  private startDate(a: DemoAssignment): string {
    return nextMonday(addDays(this.today, 7 * Math.max(1, a.startInWeeks)));
  }

  /** Creates the draft; returns its id. */
  async draft(a: DemoAssignment): Promise<string> {
    const start = this.startDate(a);
    const org = this.org(a);
    const content = DEMO_ORGANISATIONS.find((o) => o.key === a.organisation);
    const res = await this.http.post<{ id: string }>(org.hiringManager, '/assignments', {
      organisationId: org.id,
      title: a.title,
      description: a.description,
      assignmentKind: a.assignmentKind,
      sector: a.sector,
      requiredSkills: a.skills.map(([name, weight, mustHave]) => ({ name, weight, mustHave })),
      languages: a.languages ?? ['nl'],
      location: { city: a.city ?? content?.city, country: 'NL' },
      remoteShare: a.remoteShare,
      startDate: start,
      endDate: addDays(addMonths(start, a.months), -1),
      hoursPerWeek: a.hoursPerWeek,
      maxDayRate: a.maxDayRate,
    });
    return res.id;
  }

  private proposedRate(a: DemoAssignment, p: Interim): number {
    const { min, max } = p.seed.profile.dayRate;
    return Math.max(min, Math.min(a.maxDayRate, Math.round((min + max) / 2 / 25) * 25));
  }

  async respondAs(p: Interim, a: DemoAssignment, assignmentId: string): Promise<string> {
    const motivation = choose(MOTIVATIONS, a.key + p.seed.email)(a.title, p.seed.displayName);
    // From the start date, or later when the interim's own calendar says so.
    const start = this.startDate(a);
    const own = p.seed.profile.availableFrom;
    const res = await this.http.post<{ id: string }>(
      p.actor,
      `/assignments/${assignmentId}/responses`,
      {
        motivation,
        proposedDayRate: this.proposedRate(a, p),
        availableFrom: own > start ? own : start,
      },
    );
    return res.id;
  }

  private decide(
    a: DemoAssignment,
    responseId: string,
    action: 'shortlist' | 'select',
  ): Promise<unknown> {
    return this.http.post(this.org(a).hiringManager, `/responses/${responseId}/${action}`);
  }

  private reject(
    a: DemoAssignment,
    responseId: string,
    reason: string,
    note: string | null,
  ): Promise<unknown> {
    return this.http.post(this.org(a).hiringManager, `/responses/${responseId}/reject`, {
      reason,
      ...(note ? { note } : {}),
    });
  }

  /** Drafts the contract from a selected response and takes it to `state`. */
  private async contract(
    a: DemoAssignment,
    responseId: string,
    p: Interim,
    state: 'draft' | 'sent' | 'accepted' | 'active' | 'completed' | 'terminated',
    dates: { startDate: string; endDate: string },
  ): Promise<string> {
    const org = this.org(a);
    const card = org.rateCard.get(a.assignmentKind);
    const rate = this.proposedRate(a, p);
    const contract = await this.http.post<{ id: string }>(org.procurement, '/contracts', {
      responseId,
      dayRate: card !== undefined ? Math.min(rate, card) : rate,
      ...dates,
      hoursPerWeek: a.hoursPerWeek,
      placeOfWork: DEMO_ORGANISATIONS.find((o) => o.key === a.organisation)?.address,
      noticePeriodDays: 30,
      seniority: 'senior',
      // A draft waits for procurement's self-employment check; the rest have one.
      ...(state === 'draft' ? {} : { dbaCheck: LOW_RISK_DBA_CHECK }),
    });
    const path = `/contracts/${contract.id}`;
    if (state === 'draft') return contract.id;
    await this.http.post(org.procurement, `${path}/send`);
    if (state === 'sent') return contract.id;
    await this.http.post(p.actor, `${path}/accept`);
    if (state === 'accepted') return contract.id;
    await this.http.post(org.procurement, `${path}/countersign`);
    if (state === 'terminated') {
      await this.http.post(org.procurement, `${path}/terminate`, {
        reason: 'Opdracht vervalt: het budget is bij de voorjaarsnota ingetrokken.',
      });
    }
    if (state === 'completed') await this.http.post(org.hiringManager, `${path}/complete`);
    return contract.id;
  }

  /**
   * Work that is over: posted and picked like any other, then closed, its dates moved to when it
   * really ran, contracted, signed and completed; history is reviewed by both sides.
   */
  async pastWork(a: DemoAssignment, p: Interim): Promise<void> {
    const org = this.org(a);
    const id = await this.draft(a);
    await this.http.post(org.hiringManager, `/assignments/${id}/publish`);
    const responseId = await this.respondAs(p, a, id);
    await this.decide(a, responseId, 'shortlist');
    await this.decide(a, responseId, 'select');
    await this.http.post(org.hiringManager, `/assignments/${id}/close`);
    const monthsAgo = a.plan.kind === 'history' ? a.plan.monthsAgo : a.months + 1;
    const startDate = nextMonday(addMonths(this.today, -monthsAgo));
    const endDate = addDays(addMonths(startDate, a.months), -1);
    await this.http.patch(org.hiringManager, `/assignments/${id}`, { startDate, endDate });
    const contractId = await this.contract(a, responseId, p, 'completed', { startDate, endDate });
    if (a.plan.kind !== 'history') return;
    const rating = a.plan.rating;
    const comments = REVIEW_COMMENTS[rating] ?? REVIEW_COMMENTS[4];
    await this.http.post(org.hiringManager, `/contracts/${contractId}/reviews`, {
      rating,
      comment: comments.ofInterim,
      aspects: { results: rating, collaboration: Math.min(5, rating + (rating < 5 ? 1 : 0)) },
    });
    await this.http.post(p.actor, `/contracts/${contractId}/reviews`, {
      rating: Math.max(3, rating - (rating === 5 ? 0 : 1)),
      comment: comments.ofClient,
      aspects: {
        clarity: rating,
        decisiveness: Math.max(2, rating - 1),
        payment: 5,
        collaboration: rating,
      },
    });
  }

  /**
   * Responses from the best-ranked interim managers, in every state the plan asks for; for a
   * contract plan the top candidate is selected and the contract taken to its state.
   */
  async respond(
    a: DemoAssignment,
    id: string,
    ranked: Interim[],
    demo: Interim,
    contractPeople: Set<string>,
    fallback: () => Interim,
  ): Promise<void> {
    const org = this.org(a);
    const plan = a.plan;
    // Candidates for a pick are people without another pick in the demo.
    const free = ranked.filter((p) => !contractPeople.has(p.id));
    const others = ranked.slice(0, 8);
    switch (plan.kind) {
      case 'open': {
        const states = [
          'submitted',
          'shortlisted',
          'submitted',
          'rejected',
          'shortlisted',
          'withdrawn',
        ];
        await Promise.all(
          others.slice(0, states.length).map(async (p, i) => {
            const responseId = await this.respondAs(p, a, id);
            await this.moveTo(a, responseId, p, states[i]);
          }),
        );
        for (const p of ranked.slice(states.length, states.length + 2)) {
          await this.http.post(org.hiringManager, `/assignments/${id}/invitations`, {
            interimId: p.id,
            message: `Uw profiel past goed bij onze opdracht "${a.title}". We horen graag of u interesse heeft.`,
          });
        }
        if (plan.demoInterimResponds) {
          const responseId = await this.respondAs(demo, a, id);
          await this.moveTo(a, responseId, demo, plan.demoInterimResponds);
        }
        return;
      }
      case 'closed': {
        for (const p of others.slice(0, 2)) await this.respondAs(p, a, id);
        await this.http.post(org.hiringManager, `/assignments/${id}/close`);
        return;
      }
      case 'selected':
      case 'contract': {
        const wantDemo = plan.kind === 'contract' && plan.demoInterim === true;
        const pick = wantDemo ? demo : (free[0] ?? fallback());
        contractPeople.add(pick.id);
        const runnersUp = others.filter((p) => p.id !== pick.id).slice(0, 2);
        const pickResponse = await this.respondAs(pick, a, id);
        const runnerResponses = await Promise.all(runnersUp.map((p) => this.respondAs(p, a, id)));
        await this.decide(a, pickResponse, 'shortlist');
        if (runnerResponses[0]) await this.decide(a, runnerResponses[0], 'shortlist');
        await this.decide(a, pickResponse, 'select');
        for (const r of runnerResponses) {
          await this.reject(
            a,
            r,
            'other_candidate_selected',
            'We hebben gekozen voor een kandidaat met meer sectorervaring.',
          );
        }
        if (plan.kind === 'contract') {
          const startDate = this.startDate(a);
          await this.contract(a, pickResponse, pick, plan.state, {
            startDate,
            endDate: addDays(addMonths(startDate, a.months), -1),
          });
        }
        return;
      }
      case 'draft':
      case 'history':
        return;
    }
  }

  private async moveTo(
    a: DemoAssignment,
    responseId: string,
    p: Interim,
    state: string,
  ): Promise<void> {
    switch (state) {
      case 'shortlisted':
        await this.decide(a, responseId, 'shortlist');
        return;
      case 'rejected': {
        const r =
          p.seed.email === DEMO_INTERIM.email
            ? REJECTIONS[1]
            : choose(REJECTIONS, a.key + p.seed.email);
        await this.reject(a, responseId, r.reason, r.note);
        return;
      }
      case 'withdrawn':
        await this.http.post(p.actor, `/responses/${responseId}/withdraw`);
        return;
      default:
        return;
    }
  }
}

async function countWorld(
  dataSource: DataSource,
  organisations: Map<DemoOrganisationKey, Organisation>,
): Promise<Omit<DemoSeedSummary, 'requests' | 'phases'>> {
  const orgIds = [...organisations.values()].map((o) => o.id);
  const grouped = async (sql: string): Promise<Record<string, number>> => {
    const rows: { status: string; n: number }[] = await dataSource.query(sql, [orgIds]);
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  };
  const [one]: { interims: number; matches: number; reviews: number }[] = await dataSource.query(
    `SELECT (SELECT count(*)::int FROM interim_profiles p JOIN users u ON u.id = p.user_id
              WHERE u.email LIKE $2) AS interims,
            (SELECT count(*)::int FROM assignment_matches m JOIN assignments a ON a.id = m.assignment_id
              WHERE a.organisation_id = ANY($1::uuid[])) AS matches,
            (SELECT count(*)::int FROM reviews WHERE organisation_id = ANY($1::uuid[])) AS reviews`,
    [orgIds, `%@${DEMO_INTERIM_DOMAIN}`],
  );
  return {
    interims: one.interims,
    organisations: orgIds.length,
    assignments: await grouped(
      `SELECT status, count(*)::int AS n FROM assignments WHERE organisation_id = ANY($1::uuid[]) GROUP BY status ORDER BY status`,
    ),
    responses: await grouped(
      `SELECT status, count(*)::int AS n FROM responses WHERE organisation_id = ANY($1::uuid[]) GROUP BY status ORDER BY status`,
    ),
    contracts: await grouped(
      `SELECT status, count(*)::int AS n FROM contracts WHERE organisation_id = ANY($1::uuid[]) GROUP BY status ORDER BY status`,
    ),
    matches: one.matches,
    reviews: one.reviews,
  };
}

/** The platform admin grant of the demo admin account (kept when it is already there). */
export async function grantDemoAdmin(dataSource: DataSource): Promise<void> {
  await grantPlatformAdmin(dataSource, DEMO_ADMIN.email, 'demo seed');
}
