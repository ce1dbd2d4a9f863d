import { SECTOR_LABELS, type AssignmentKind, type Sector } from '@gilde/taxonomy';
import { ARCHETYPES, Archetype, ArchetypeKey } from './archetypes';
import { addDays, addMonths, firstOfNextMonth } from './dates';
import { DEMO_INTERIM, DEMO_INTERIM_DOMAIN } from './demo-accounts';
import { GIVEN_NAMES, HOME_CITIES, SURNAMES, SeededRandom, emailLocalPart } from '@gilde/test-data';
import type { ArchetypeSkills, EscoSkillName } from './archetype-skills';

/** The body of PUT /interims/me/profile. */
export interface ProfileBody {
  headline: string;
  summary: string;
  skills: { name: string; level: number; years: number }[];
  sectors: Sector[];
  assignmentKinds: AssignmentKind[];
  languages: string[];
  location: { city: string; country: string };
  maxTravelKm: number;
  remotePreference: 'remote' | 'hybrid' | 'onsite';
  dayRate: { min: number; max: number };
  hoursPerWeek: { min: number; max: number };
  availableFrom: string;
  credentials: { type: 'RQIM' | 'CEIM' | 'other'; number: string; validUntil: string }[];
  preferences: { notify: 'instant' | 'daily' | 'off'; sectors?: Sector[] };
  visibility: 'public' | 'clients' | 'hidden';
  kvkNumber: string;
  vatId: string;
}

/** The body of PUT /interims/me/availability. */
export interface AvailabilityBody {
  periods: { from: string; to: string; hoursPerWeek: number }[];
}

export interface InterimSeed {
  email: string;
  displayName: string;
  archetype: ArchetypeKey;
  profile: ProfileBody;
  availability: AvailabilityBody;
  /** Credential types a platform admin verifies after the profile is saved. */
  verify: ('RQIM' | 'CEIM')[];
}

const roundTo = (value: number, step: number): number => Math.round(value / step) * step;

/** The skill's name as the interim typed it: Dutch when ESCO has a Dutch label, now and then. */
function skillName(rnd: SeededRandom, skill: EscoSkillName): string {
  return skill.nl && rnd.chance(0.4) ? skill.nl : skill.en;
}

function sectorList(sectors: readonly Sector[]): string {
  const labels = sectors.map((s) => SECTOR_LABELS[s].nl.toLowerCase());
  return labels.length > 1
    ? `${labels.slice(0, -1).join(', ')} en ${labels[labels.length - 1]}`
    : (labels[0] ?? '');
}

function summaryOf(
  rnd: SeededRandom,
  name: string,
  a: Archetype,
  sectors: readonly Sector[],
  years: number,
): string {
  const given = name.split(' ')[0];
  const closing = rnd.pick([
    `${given} werkt graag in organisaties waar het spannend is en waar het verschil zichtbaar wordt.`,
    `Opdrachtgevers omschrijven ${given} als nuchter, resultaatgericht en benaderbaar.`,
    `${given} laat een organisatie achter die het zonder interim manager kan.`,
    `Kenmerkend voor ${given}: eerst luisteren, dan besluiten, en daarna consequent uitvoeren.`,
  ]);
  return (
    `${name} is een interim manager die ${rnd.pick(a.focus)}. ` +
    `Met ${years} jaar ervaring als manager, waarvan een groot deel als interim, in ${sectorList(sectors)}. ` +
    closing
  );
}

function credentialsOf(
  rnd: SeededRandom,
  startYear: number,
  today: string,
): { credentials: ProfileBody['credentials']; verify: InterimSeed['verify'] } {
  const credentials: ProfileBody['credentials'] = [];
  const verify: InterimSeed['verify'] = [];
  if (rnd.chance(0.45)) {
    credentials.push({
      type: 'RQIM',
      number: `RQIM-${startYear}-${rnd.digits(4)}`,
      validUntil: addMonths(today, rnd.int(6, 36)),
    });
    // Most register entries have been checked; a few wait in the admin's queue.
    if (rnd.chance(0.8)) verify.push('RQIM');
  }
  if (rnd.chance(0.12)) {
    credentials.push({
      type: 'CEIM',
      number: `CEIM-${rnd.digits(5)}`,
      validUntil: addMonths(today, rnd.int(3, 30)),
    });
    if (rnd.chance(0.7)) verify.push('CEIM');
  }
  if (rnd.chance(0.2)) {
    credentials.push({
      type: 'other',
      number:
        rnd.pick(['PRINCE2-P', 'MSP-F', 'Lean Six Sigma Black Belt', 'RC-VU', 'NIVRE']) +
        `-${rnd.digits(5)}`,
      validUntil: addMonths(today, rnd.int(-6, 48)),
    });
  }
  return { credentials, verify };
}

function availabilityOf(rnd: SeededRandom, from: string, hoursMax: number): AvailabilityBody {
  const periods: AvailabilityBody['periods'] = [];
  let start = from;
  const count = rnd.int(1, 3);
  for (let i = 0; i < count; i++) {
    const end = addMonths(start, rnd.int(3, 7));
    periods.push({
      from: start,
      to: end,
      hoursPerWeek: Math.min(hoursMax, rnd.pick([24, 32, 36, 40])),
    });
    start = addDays(end, rnd.int(1, 30));
  }
  return { periods };
}

/**
 * A few hundred interim managers with Dutch names, built from ESCO archetypes: the same people,
 * skills and preferences on every run (the generator is seeded).
 */
export function buildInterims(
  count: number,
  skills: Map<ArchetypeKey, ArchetypeSkills>,
  today: string,
  seed = 2026,
): InterimSeed[] {
  const rnd = new SeededRandom(seed);
  const out: InterimSeed[] = [];
  const emails = new Set<string>([DEMO_INTERIM.email]);
  for (let i = 0; i < count; i++) {
    const a = rnd.weighted(ARCHETYPES, (x) => x.weight);
    const secondary = rnd.chance(0.3) ? rnd.pick(ARCHETYPES.filter((x) => x.key !== a.key)) : null;
    const name = `${rnd.pick(GIVEN_NAMES)} ${rnd.pick(SURNAMES)}`;
    let email = `${emailLocalPart(name)}@${DEMO_INTERIM_DOMAIN}`;
    for (let n = 2; emails.has(email); n++) {
      email = `${emailLocalPart(name)}${n}@${DEMO_INTERIM_DOMAIN}`;
    }
    emails.add(email);

    const experience = rnd.int(8, 30);
    const own = skills.get(a.key) as ArchetypeSkills;
    const chosen = new Map<string, { name: string; level: number; years: number }>();
    const add = (skill: EscoSkillName, level: number): void => {
      if (chosen.has(skill.en)) return;
      chosen.set(skill.en, {
        name: skillName(rnd, skill),
        level: Math.max(1, Math.min(5, level)),
        years: Math.min(experience, rnd.int(2, experience)),
      });
    };
    // Most of the profession's core, at a level that varies from person to person.
    for (const s of rnd.sample(own.core, Math.max(3, own.core.length - rnd.int(0, 3)))) {
      add(s, rnd.int(3, 5));
    }
    for (const s of rnd.sample(own.extra, rnd.int(3, 6))) add(s, rnd.int(2, 5));
    if (secondary) {
      const other = skills.get(secondary.key) as ArchetypeSkills;
      for (const s of rnd.sample(other.core, rnd.int(2, 3))) add(s, rnd.int(2, 4));
    }

    const sectors = rnd.sample(
      [...new Set([...a.sectors, ...(secondary?.sectors.slice(0, 2) ?? [])])],
      rnd.int(2, 4),
    );
    const kinds = rnd.sample(
      [...new Set([...a.kinds, ...(secondary?.kinds.slice(0, 1) ?? [])])],
      rnd.int(2, 4),
    );
    const rateMin = roundTo(a.baseRate * (0.8 + rnd.next() * 0.45) + (experience - 15) * 8, 25);
    const hoursMin = rnd.pick([16, 20, 24, 24, 32]);
    const hoursMax = Math.max(hoursMin, rnd.pick([32, 36, 40, 40]));
    const availableFrom = rnd.chance(0.25)
      ? today
      : addDays(firstOfNextMonth(today), 7 * rnd.int(0, 12));
    const { credentials, verify } = credentialsOf(rnd, rnd.int(2012, 2024), today);
    const languages = ['nl'];
    if (rnd.chance(0.85)) languages.push('en');
    if (rnd.chance(0.15)) languages.push(rnd.pick(['de', 'fr']));
    const notify = rnd.weighted(
      [
        { v: 'instant' as const, w: 3 },
        { v: 'daily' as const, w: 5 },
        { v: 'off' as const, w: 1.5 },
      ],
      (x) => x.w,
    ).v;
    const visibility = rnd.weighted(
      [
        { v: 'public' as const, w: 80 },
        { v: 'clients' as const, w: 17 },
        { v: 'hidden' as const, w: 3 },
      ],
      (x) => x.w,
    ).v;
    out.push({
      email,
      displayName: name,
      archetype: a.key,
      profile: {
        headline: rnd.pick(a.headlines),
        summary: summaryOf(rnd, name, a, sectors, experience),
        skills: [...chosen.values()],
        sectors,
        assignmentKinds: kinds,
        languages,
        location: { city: rnd.weighted(HOME_CITIES, (c) => c.weight).city, country: 'NL' },
        maxTravelKm: rnd.pick([40, 60, 75, 100, 120, 150]),
        remotePreference: rnd.weighted(
          [
            { v: 'hybrid' as const, w: 65 },
            { v: 'onsite' as const, w: 20 },
            { v: 'remote' as const, w: 15 },
          ],
          (x) => x.w,
        ).v,
        dayRate: { min: rateMin, max: rateMin + roundTo(100 + rnd.next() * 250, 25) },
        hoursPerWeek: { min: hoursMin, max: hoursMax },
        availableFrom,
        credentials,
        preferences: { notify, ...(rnd.chance(0.15) ? { sectors: sectors.slice(0, 2) } : {}) },
        visibility,
        kvkNumber: `7${rnd.digits(7)}`,
        vatId: `NL${rnd.digits(9)}B01`,
      },
      availability: availabilityOf(rnd, availableFrom, hoursMax),
      verify,
    });
  }
  return out;
}

/**
 * The interim manager the demo logs in as: an interim CFO and concern controller with every
 * finance skill, a verified IM-register entry and room in the calendar, so the finance
 * assignments of all three organisations rank her near the top.
 */
export function buildDemoInterim(
  skills: Map<ArchetypeKey, ArchetypeSkills>,
  today: string,
): InterimSeed {
  const finance = skills.get('finance') as ArchetypeSkills;
  const levels = [5, 5, 5, 4, 5, 4, 4, 5];
  const profileSkills = finance.core.map((s, i) => ({
    name: s.nl ?? s.en,
    level: levels[i % levels.length],
    years: 12 + (i % 4) * 2,
  }));
  profileSkills.push(
    { name: 'negotiate with stakeholders', level: 4, years: 12 },
    { name: 'analyse financial performance of a company', level: 5, years: 16 },
    { name: 'liaise with politicians', level: 3, years: 6 },
    { name: 'manage staff', level: 4, years: 14 },
  );
  const availableFrom = firstOfNextMonth(today);
  const profile: ProfileBody = {
    headline: 'Interim CFO en concerncontroller | publieke sector, zorg en logistiek',
    summary:
      'Sanne de Vries is interim CFO en concerncontroller. Zij brengt financiële sturing terug ' +
      'waar de cijfers uit de hand liepen: herstelplannen in de zorg, planning-en-controlcycli bij ' +
      'gemeenten en carve-outs in de logistiek. Achttien jaar ervaring, waarvan tien als interim; ' +
      'register-interim manager (RQIM). Werkt het liefst hybride vanuit Utrecht, drie tot vier dagen per week.',
    skills: profileSkills,
    sectors: ['government', 'healthcare', 'logistics'],
    assignmentKinds: ['interim_cfo', 'turnaround', 'restructuring', 'recovery'],
    languages: ['nl', 'en'],
    location: { city: 'Utrecht', country: 'NL' },
    maxTravelKm: 120,
    remotePreference: 'hybrid',
    dayRate: { min: 1100, max: 1350 },
    hoursPerWeek: { min: 24, max: 36 },
    availableFrom,
    credentials: [
      { type: 'RQIM', number: 'RQIM-2016-0457', validUntil: addMonths(today, 30) },
      { type: 'other', number: 'RC-VU-2009-118', validUntil: addMonths(today, 60) },
    ],
    preferences: { notify: 'instant' },
    visibility: 'public',
    kvkNumber: '71234567',
    vatId: 'NL001234567B02',
  };
  return {
    email: DEMO_INTERIM.email,
    displayName: DEMO_INTERIM.displayName,
    archetype: 'finance',
    profile,
    availability: {
      periods: [
        { from: availableFrom, to: addMonths(availableFrom, 6), hoursPerWeek: 32 },
        {
          from: addDays(addMonths(availableFrom, 6), 1),
          to: addMonths(availableFrom, 12),
          hoursPerWeek: 24,
        },
      ],
    },
    verify: ['RQIM'],
  };
}
