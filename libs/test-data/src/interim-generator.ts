import { DUTCH_PLACES, EMPTY_TRACK_RECORD, MatchAssignment, MatchCandidate } from '@gilde/matching';
import { GIVEN_NAMES, SURNAMES } from './dutch-names';
import type { CatalogueOccupation, EscoCatalogue } from './esco-catalogue';
import { SeededRandom, itemSeed } from './seeded-random';

/**
 * Deterministic, realistic Dutch interim managers and assignments built from ESCO occupations and
 * their essential and optional skills. The same seed and index give the same person on every run,
 * so the bench, the relevance test and the demo seed can share data without storing it.
 */

export interface GeneratedSkill {
  uri: string;
  /** What the interim typed: the preferred label or one of its synonyms. */
  name: string;
  level: number;
  years: number;
}

export interface GeneratedInterim {
  id: string;
  email: string;
  displayName: string;
  occupationUri: string;
  headline: string;
  summary: string;
  skills: GeneratedSkill[];
  sectors: string[];
  assignmentKinds: string[];
  languages: string[];
  city: string;
  country: string;
  maxTravelKm: number | null;
  remotePreference: 'remote' | 'hybrid' | 'onsite';
  dayRateMin: number;
  dayRateMax: number;
  hoursMin: number;
  hoursMax: number;
  availableFrom: string | null;
  availability: { from: string; to: string; hoursPerWeek: number }[];
  credentials: {
    type: 'RQIM' | 'CEIM' | 'other';
    number: string;
    validUntil: string;
    status: 'verified' | 'unverified';
  }[];
  /** Ratings (1-5) received from organisations, and completed assignments by kind and sector. */
  trackRecord: {
    ratings: number[];
    completedCount: number;
    completedByKind: Record<string, number>;
    completedBySector: Record<string, number>;
  };
  notify: 'instant' | 'daily' | 'off';
  notifySectors: string[];
  visibility: 'public' | 'clients' | 'hidden';
  kvkNumber: string;
  vatId: string;
}

export interface GeneratedAssignment {
  id: string;
  occupationUri: string;
  title: string;
  description: string;
  assignmentKind: string;
  sector: string;
  languages: string[];
  city: string;
  country: string;
  remoteShare: number;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  maxDayRate: number;
  skills: { uri: string; name: string; weight: number; mustHave: boolean }[];
}

/** ISCO unit group → the sectors such a manager usually works in. */
const SECTORS_BY_ISCO: Record<string, string[]> = {
  '1111': ['government'],
  '1112': ['government'],
  '1114': ['non_profit'],
  '1120': ['professional_services', 'manufacturing', 'retail'],
  '1211': ['financial_services', 'healthcare', 'government'],
  '1212': ['professional_services', 'healthcare'],
  '1213': ['government', 'non_profit'],
  '1219': ['professional_services', 'housing'],
  '1221': ['retail', 'technology'],
  '1222': ['telecom_media'],
  '1223': ['technology', 'manufacturing'],
  '1311': ['agriculture_food'],
  '1312': ['agriculture_food'],
  '1321': ['manufacturing'],
  '1322': ['energy_utilities'],
  '1323': ['construction', 'housing'],
  '1324': ['logistics', 'retail'],
  '1330': ['technology', 'telecom_media'],
  '1341': ['education'],
  '1342': ['healthcare'],
  '1343': ['healthcare'],
  '1344': ['non_profit', 'government'],
  '1345': ['education'],
  '1346': ['financial_services'],
  '1349': ['professional_services', 'government'],
  '1411': ['retail'],
  '1412': ['retail'],
  '1420': ['retail'],
  '1431': ['non_profit'],
  '1439': ['retail'],
  '2411': ['financial_services', 'professional_services'],
  '2412': ['financial_services'],
  '2413': ['financial_services'],
  '2421': ['professional_services', 'government'],
  '2422': ['government'],
  '2423': ['professional_services'],
  '2424': ['education'],
  '2431': ['retail', 'telecom_media'],
  '2432': ['telecom_media'],
  '2433': ['technology', 'manufacturing'],
  '2434': ['technology'],
};

const KINDS_BY_ISCO: Record<string, string[]> = {
  '1120': ['interim_ceo', 'turnaround'],
  '1211': ['interim_cfo', 'turnaround'],
  '1212': ['interim_hr'],
  '1330': ['interim_cio'],
  '1321': ['interim_coo'],
  '1322': ['interim_coo'],
  '1323': ['interim_coo'],
  '1324': ['interim_coo'],
  '2411': ['interim_cfo'],
  '2412': ['interim_cfo'],
  '2413': ['interim_cfo'],
  '1213': ['change_programme'],
  '2421': ['change_programme', 'restructuring'],
};
const GENERAL_KINDS = [
  'project_programme_management',
  'change_programme',
  'bridging_vacancy',
  'restructuring',
  'recovery',
  'crisis_management',
];

const ALL_SECTORS = [...new Set(Object.values(SECTORS_BY_ISCO).flat())];
const PLACES = Object.keys(DUTCH_PLACES);

function capital(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_, pre: string, c: string) => pre + c.toUpperCase());
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function sectorsOf(o: CatalogueOccupation): string[] {
  return SECTORS_BY_ISCO[o.iscoGroup] ?? ['professional_services'];
}

function kindsOf(o: CatalogueOccupation): string[] {
  return KINDS_BY_ISCO[o.iscoGroup] ?? ['project_programme_management'];
}

export interface GenerateOptions {
  seed: number;
  /** Dates are relative to this day (YYYY-MM-DD); fix it for reproducible tests. */
  today: string;
  /** Only these occupations (default: all in the catalogue). */
  occupations?: CatalogueOccupation[];
}

/** Interim number `index` of the run: independent of any other index. */
export function generateInterim(
  catalogue: EscoCatalogue,
  index: number,
  options: GenerateOptions,
): GeneratedInterim {
  const r = new SeededRandom(itemSeed(options.seed, index));
  const pool = options.occupations ?? catalogue.occupations;
  const occupation = pool[index % pool.length];
  const seniority = r.next();
  const first = r.pick(GIVEN_NAMES);
  const last = r.pick(SURNAMES);
  const essential = r.sample(
    occupation.essential,
    Math.min(12, Math.max(3, Math.round(occupation.essential.length * (0.6 + 0.4 * r.next())))),
  );
  const optional = r.sample(occupation.optional, r.int(0, 3));
  const skills = [...essential, ...optional].map((uri) => {
    const skill = catalogue.skills.get(uri);
    const name =
      skill && skill.altLabels.length && r.chance(0.3)
        ? r.pick(skill.altLabels)
        : (skill?.labelEn ?? uri);
    return {
      uri,
      name,
      level: Math.round(r.normal(2.5 + 2.5 * seniority, 0.8, 1, 5)),
      years: Math.round(r.normal(3 + 17 * seniority, 3, 0, 40)),
    };
  });
  const primary = sectorsOf(occupation);
  const sectors = [...new Set([...primary, ...r.sample(ALL_SECTORS, r.int(0, 2))])];
  const kinds = [...new Set([...kindsOf(occupation), r.pick(GENERAL_KINDS)])];
  const languages = ['nl', 'en', 'de', 'fr'].filter((_, i) =>
    r.chance([0.96, 0.85, 0.15, 0.08][i]),
  );
  if (!languages.length) languages.push('nl');
  const dayRateMin = Math.round(r.normal(700 + 650 * seniority, 140, 450, 2000) / 25) * 25;
  const hoursMin = r.pick([16, 24, 24, 32, 32]);
  const start = addDays(options.today, r.int(0, 120));
  const availability: GeneratedInterim['availability'] = [];
  if (r.chance(0.7)) {
    const end = addDays(start, r.int(90, 400));
    availability.push({ from: start, to: end, hoursPerWeek: r.pick([16, 24, 32, 36, 40]) });
    if (r.chance(0.25)) {
      availability.push({
        from: addDays(end, r.int(10, 60)),
        to: addDays(end, r.int(120, 300)),
        hoursPerWeek: r.pick([24, 32, 40]),
      });
    }
  }
  const credentials: GeneratedInterim['credentials'] = [];
  if (r.chance(0.15 + 0.45 * seniority)) {
    credentials.push({
      type: 'RQIM',
      number: `RQIM-${r.int(10000, 99999)}`,
      validUntil: addDays(options.today, r.int(-60, 1100)),
      status: r.chance(0.85) ? 'verified' : 'unverified',
    });
  }
  if (r.chance(0.08)) {
    credentials.push({
      type: 'CEIM',
      number: `CEIM-${r.int(1000, 9999)}`,
      validUntil: addDays(options.today, r.int(30, 1100)),
      status: 'verified',
    });
  }
  const completedCount = Math.round(r.normal(6 * seniority, 2, 0, 25));
  const completedByKind: Record<string, number> = {};
  const completedBySector: Record<string, number> = {};
  for (let i = 0; i < completedCount; i++) {
    const kind = r.pick(kinds);
    const sector = r.pick(sectors);
    completedByKind[kind] = (completedByKind[kind] ?? 0) + 1;
    completedBySector[sector] = (completedBySector[sector] ?? 0) + 1;
  }
  const ratings = Array.from(
    { length: Math.round(completedCount * r.normal(0.8, 0.2, 0, 1)) },
    () => Math.round(r.normal(3.4 + 1.4 * seniority, 0.6, 1, 5)),
  );
  const years = Math.max(...skills.map((s) => s.years), 1);
  return {
    id: r.uuid(index),
    email: `interim-${options.seed}-${index}@bench.gilde.test`,
    displayName: `${first} ${last}`,
    occupationUri: occupation.uri,
    headline: `Interim ${occupation.labelNl} | ${years} jaar ervaring`,
    summary: `${capital(occupation.labelEn)} with ${years} years of experience in ${sectors.join(', ')}.`,
    skills,
    sectors,
    assignmentKinds: kinds,
    languages,
    city: capital(r.pick(PLACES)),
    country: 'NL',
    maxTravelKm: r.chance(0.8) ? r.pick([30, 50, 80, 100, 150]) : null,
    remotePreference: r.pick(['hybrid', 'hybrid', 'hybrid', 'remote', 'onsite'] as const),
    dayRateMin,
    dayRateMax: dayRateMin + r.pick([100, 150, 200, 250, 300]),
    hoursMin,
    hoursMax: Math.min(40, hoursMin + r.pick([8, 8, 16])),
    availableFrom: availability.length ? null : start,
    availability,
    credentials,
    trackRecord: { ratings, completedCount, completedByKind, completedBySector },
    notify: r.pick(['instant', 'instant', 'daily', 'daily', 'off'] as const),
    notifySectors: r.chance(0.3) ? primary : [],
    visibility: r.chance(0.03) ? 'hidden' : r.chance(0.05) ? 'public' : 'clients',
    kvkNumber: String(r.int(10_000_000, 99_999_999)),
    vatId: `NL${r.int(100_000_000, 999_999_999)}B01`,
  };
}

export function generateInterims(
  catalogue: EscoCatalogue,
  count: number,
  options: GenerateOptions & { startIndex?: number },
): GeneratedInterim[] {
  const start = options.startIndex ?? 0;
  return Array.from({ length: count }, (_, i) => generateInterim(catalogue, start + i, options));
}

/**
 * An assignment asking for an occupation's essential skills: the strongest few are must-haves,
 * the rest weighted 5 to 3.
 */
export function generateAssignment(
  catalogue: EscoCatalogue,
  occupation: CatalogueOccupation,
  index: number,
  options: Pick<GenerateOptions, 'seed' | 'today'> & { mustHaves?: number; maxSkills?: number },
): GeneratedAssignment {
  const r = new SeededRandom(itemSeed(options.seed ^ 0x5bd1e995, index));
  const picked = r.sample(
    occupation.essential,
    Math.min(options.maxSkills ?? 8, occupation.essential.length),
  );
  const mustHaves = options.mustHaves ?? 1;
  const start = addDays(options.today, r.int(14, 90));
  const sector = r.pick(sectorsOf(occupation));
  return {
    id: r.uuid(0x800000000000 + index),
    occupationUri: occupation.uri,
    title: `Interim ${occupation.labelNl}`,
    description: `Wij zoeken een ervaren interim ${occupation.labelNl} (${occupation.labelEn}) voor een organisatie in de sector ${sector}.`,
    assignmentKind: r.pick(kindsOf(occupation)),
    sector,
    languages: ['nl'],
    city: capital(r.pick(PLACES)),
    country: 'NL',
    remoteShare: r.pick([0, 20, 40, 50, 80]),
    startDate: start,
    endDate: addDays(start, r.int(90, 270)),
    hoursPerWeek: r.pick([24, 32, 32, 36, 40]),
    maxDayRate: Math.round(r.normal(1150, 150, 800, 1600) / 25) * 25,
    skills: picked.map((uri, i) => ({
      uri,
      name: catalogue.skills.get(uri)?.labelEn ?? uri,
      weight: Math.max(3, 5 - Math.floor(i / 3)),
      mustHave: i < mustHaves,
    })),
  };
}

/** The generated interim as the quality score sees it, with ESCO URIs standing in for skill ids. */
export function asMatchCandidate(g: GeneratedInterim): MatchCandidate {
  return {
    interimId: g.id,
    sectors: g.sectors,
    assignmentKinds: g.assignmentKinds,
    languages: g.languages,
    city: g.city,
    country: g.country,
    maxTravelKm: g.maxTravelKm,
    remotePreference: g.remotePreference,
    dayRateMin: g.dayRateMin,
    dayRateMax: g.dayRateMax,
    hoursMin: g.hoursMin,
    hoursMax: g.hoursMax,
    availableFrom: g.availableFrom,
    notifySectors: g.notifySectors,
    skills: g.skills.map((s) => ({ skillId: s.uri, name: s.name, level: s.level, years: s.years })),
    availability: g.availability,
    credentials: g.credentials,
    trackRecord:
      g.trackRecord.ratings.length || g.trackRecord.completedCount
        ? {
            reviewCount: g.trackRecord.ratings.length,
            ratingSum: g.trackRecord.ratings.reduce((a, b) => a + b, 0),
            completedCount: g.trackRecord.completedCount,
            completedByKind: g.trackRecord.completedByKind,
            completedBySector: g.trackRecord.completedBySector,
          }
        : EMPTY_TRACK_RECORD,
  };
}

export function asMatchAssignment(
  g: GeneratedAssignment,
  catalogue: EscoCatalogue,
): MatchAssignment {
  return {
    id: g.id,
    assignmentKind: g.assignmentKind,
    sector: g.sector,
    languages: g.languages,
    city: g.city,
    country: g.country,
    remoteShare: g.remoteShare,
    startDate: g.startDate,
    endDate: g.endDate,
    hoursPerWeek: g.hoursPerWeek,
    maxDayRate: g.maxDayRate,
    skills: g.skills.map((s) => {
      const label = catalogue.skills.get(s.uri)?.labelEn ?? s.name;
      return {
        skillId: s.uri,
        name: s.name,
        label: { en: label, nl: label },
        weight: s.weight,
        mustHave: s.mustHave,
      };
    }),
  };
}
