import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { renderExplanation } from './explanation';
import { EMPTY_TRACK_RECORD, MatchAssignment, MatchCandidate } from './match-input';
import { DEFAULT_MATCH_WEIGHTS, MatchWeights } from './match-weights';
import {
  availabilityFit,
  bayesianRating,
  credentialFit,
  scoreMatch,
  ScoringContext,
  skillFit,
  trackRecordFit,
} from './quality-score';
import { rankMatches } from './ranking';

const FINANCE = 'a0000000-0000-4000-8000-000000000001';
const CONTROLLING = 'a0000000-0000-4000-8000-000000000002';
const BUDGETING = 'a0000000-0000-4000-8000-000000000003';
const LEADERSHIP = 'a0000000-0000-4000-8000-000000000004';
const CHANGE = 'a0000000-0000-4000-8000-000000000005';
const REPORTING = 'a0000000-0000-4000-8000-000000000006';

const label = (en: string, nl = en) => ({ en, nl });

function assignment(patch: Partial<MatchAssignment> = {}): MatchAssignment {
  return {
    id: 'b0000000-0000-4000-8000-000000000001',
    assignmentKind: 'interim_cfo',
    sector: 'healthcare',
    languages: ['nl'],
    city: 'Utrecht',
    country: 'NL',
    remoteShare: 40,
    startDate: '2026-09-01',
    endDate: '2027-02-28',
    hoursPerWeek: 32,
    maxDayRate: 1100,
    skills: [
      {
        skillId: FINANCE,
        name: 'financial management',
        label: label('financial management', 'financieel beheer'),
        weight: 5,
        mustHave: true,
      },
      {
        skillId: CONTROLLING,
        name: 'controlling',
        label: label('controlling'),
        weight: 4,
        mustHave: false,
      },
      {
        skillId: BUDGETING,
        name: 'budgeting',
        label: label('budgeting', 'begroten'),
        weight: 3,
        mustHave: false,
      },
    ],
    ...patch,
  };
}

function candidate(patch: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    interimId: 'c0000000-0000-4000-8000-000000000001',
    sectors: ['healthcare'],
    assignmentKinds: ['interim_cfo'],
    languages: ['nl', 'en'],
    city: 'Amersfoort',
    country: 'NL',
    maxTravelKm: 80,
    remotePreference: 'hybrid',
    dayRateMin: 900,
    dayRateMax: 1050,
    hoursMin: 24,
    hoursMax: 40,
    availableFrom: '2026-08-01',
    notifySectors: [],
    skills: [
      { skillId: FINANCE, name: 'financial management', level: 5, years: 12 },
      { skillId: CONTROLLING, name: 'controlling', level: 4, years: 8 },
      { skillId: BUDGETING, name: 'budgeting', level: 4, years: 8 },
    ],
    availability: [],
    credentials: [],
    trackRecord: EMPTY_TRACK_RECORD,
    ...patch,
  };
}

const context: ScoringContext = { weights: DEFAULT_MATCH_WEIGHTS, related: new Map() };

describe('quality score', () => {
  it('scores 0-100 with a breakdown of the five components and no price component', () => {
    const result = scoreMatch(assignment(), candidate(), context);
    expect(result.exclusions).toEqual([]);
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(100);
    expect(Object.keys(result.breakdown).sort()).toEqual(
      ['availability', 'credentials', 'fit', 'skills', 'trackRecord'].sort(),
    );
    expect(Object.keys(DEFAULT_MATCH_WEIGHTS)).not.toContain('price');
  });

  it('excludes an interim who misses a must-have skill, and says which', () => {
    const result = scoreMatch(
      assignment(),
      candidate({ skills: [{ skillId: CONTROLLING, name: 'controlling', level: 5, years: 20 }] }),
      context,
    );
    expect(result.exclusions).toEqual(['must_have_missing']);
    expect(renderExplanation(result.reasons, 'en')).toContain(
      'misses must-have skills: financial management',
    );
    expect(renderExplanation(result.reasons, 'nl')).toContain(
      'mist must-have-vaardigheden: financieel beheer',
    );
  });

  it('does not let a related skill stand in for a must-have', () => {
    const related = new Map([[FINANCE, [REPORTING]]]);
    const result = scoreMatch(
      assignment(),
      candidate({
        skills: [{ skillId: REPORTING, name: 'financial reporting', level: 5, years: 20 }],
      }),
      { ...context, related },
    );
    expect(result.exclusions).toContain('must_have_missing');
  });

  it('excludes an interim whose minimum rate is above the budget, with the reason and a flag', () => {
    const result = scoreMatch(assignment({ maxDayRate: 850 }), candidate(), context);
    expect(result.exclusions).toEqual(['rate_above_budget']);
    expect(result.rateWithinBudget).toBe(false);
    expect(result.flags).toContain('rate');
    expect(result.reciprocal).toBe(false);
    expect(renderExplanation(result.reasons, 'en')).toContain(
      'minimum day rate above the budget: not ranked',
    );
  });

  it('says "rate within budget" when the whole range fits, "partly above" when only the minimum does', () => {
    const within = scoreMatch(assignment(), candidate(), context);
    expect(within.rateWithinBudget).toBe(true);
    expect(renderExplanation(within.reasons, 'en')).toContain('rate within budget');
    expect(renderExplanation(within.reasons, 'nl')).toContain('tarief binnen budget');
    const partly = scoreMatch(assignment({ maxDayRate: 1000 }), candidate(), context);
    expect(partly.exclusions).toEqual([]);
    expect(partly.rateWithinBudget).toBe(false);
    expect(renderExplanation(partly.reasons, 'en')).toContain('rate partly above budget');
  });

  it('explains coverage, credentials and missing sector experience in English and Dutch', () => {
    const a = assignment({
      skills: [FINANCE, CONTROLLING, BUDGETING, LEADERSHIP, CHANGE].map((id, i) => ({
        skillId: id,
        name: `skill ${i}`,
        label: label(`skill ${i}`, `vaardigheid ${i}`),
        weight: 3,
        mustHave: true,
      })),
    });
    const c = candidate({
      sectors: ['government'],
      skills: [FINANCE, CONTROLLING, BUDGETING, LEADERSHIP, CHANGE].map((id, i) => ({
        skillId: id,
        name: `skill ${i}`,
        level: 4,
        years: 5,
      })),
      credentials: [{ type: 'RQIM', status: 'verified', validUntil: '2027-06-30' }],
    });
    const result = scoreMatch(a, c, context);
    const en = renderExplanation(result.reasons, 'en');
    const nl = renderExplanation(result.reasons, 'nl');
    expect(en).toEqual(
      expect.arrayContaining([
        'covers 5 of 5 must-have skills',
        'IM-register certified until 2027-06',
        'rate within budget',
        'no experience in healthcare',
      ]),
    );
    expect(nl).toEqual(
      expect.arrayContaining([
        'heeft 5 van de 5 must-have-vaardigheden',
        'IM-register-gecertificeerd tot 2027-06',
        'tarief binnen budget',
        'geen ervaring in de sector zorg',
      ]),
    );
    // strengths first, then what is missing
    expect(en.indexOf('no experience in healthcare')).toBeGreaterThan(
      en.indexOf('rate within budget'),
    );
  });
});

describe('skills component', () => {
  it('meets synonyms through the canonical skill id, whatever name was typed', () => {
    const typedDifferently = candidate({
      skills: [
        { skillId: FINANCE, name: 'financieel management', level: 5, years: 12 },
        { skillId: CONTROLLING, name: 'bedrijfscontrol', level: 4, years: 8 },
        { skillId: BUDGETING, name: 'begroten', level: 4, years: 8 },
      ],
    });
    expect(skillFit(assignment(), typedDifferently, context).value).toBeCloseTo(
      skillFit(assignment(), candidate(), context).value,
    );
  });

  it('matches free-text skills by name when neither side has a canonical id', () => {
    const a = assignment({
      skills: [
        {
          skillId: null,
          name: 'Lean Six Sigma',
          label: label('Lean Six Sigma'),
          weight: 3,
          mustHave: true,
        },
      ],
    });
    const c = candidate({
      skills: [{ skillId: null, name: 'lean six  sigma', level: 3, years: 4 }],
    });
    expect(scoreMatch(a, c, context).exclusions).toEqual([]);
  });

  it('gives related ESCO skills reduced credit and names them', () => {
    const related = new Map([[CONTROLLING, [REPORTING]]]);
    const labels = new Map([[REPORTING, label('financial reporting', 'financiële verslaggeving')]]);
    const base = candidate({
      skills: [{ skillId: FINANCE, name: 'financial management', level: 5, years: 12 }],
    });
    const withRelated = candidate({
      skills: [
        ...base.skills,
        { skillId: REPORTING, name: 'financial reporting', level: 5, years: 12 },
      ],
    });
    const withDirect = candidate({
      skills: [...base.skills, { skillId: CONTROLLING, name: 'controlling', level: 5, years: 12 }],
    });
    const ctx = { related, labels };
    const none = skillFit(assignment(), base, ctx).value;
    const rel = skillFit(assignment(), withRelated, ctx);
    const direct = skillFit(assignment(), withDirect, ctx).value;
    expect(rel.value).toBeGreaterThan(none);
    expect(rel.value).toBeLessThan(direct);
    expect(renderExplanation(rel.reasons, 'en')).toContain(
      'related experience for controlling (financial reporting)',
    );
  });

  it('weighs skills by the assignment weights and by level and years', () => {
    const heavyCovered = candidate({
      skills: [
        { skillId: FINANCE, name: 'f', level: 4, years: 5 },
        { skillId: CONTROLLING, name: 'c', level: 4, years: 5 },
      ],
    });
    const lightCovered = candidate({
      skills: [
        { skillId: FINANCE, name: 'f', level: 4, years: 5 },
        { skillId: BUDGETING, name: 'b', level: 4, years: 5 },
      ],
    });
    expect(skillFit(assignment(), heavyCovered, context).value).toBeGreaterThan(
      skillFit(assignment(), lightCovered, context).value,
    );
    const junior = candidate({
      skills: candidate().skills.map((s) => ({ ...s, level: 2, years: 1 })),
    });
    expect(skillFit(assignment(), candidate(), context).value).toBeGreaterThan(
      skillFit(assignment(), junior, context).value,
    );
  });

  it('lists what is missing', () => {
    const result = skillFit(
      assignment(),
      candidate({ skills: [{ skillId: FINANCE, name: 'f', level: 4, years: 5 }] }),
      context,
    );
    expect(renderExplanation(result.reasons, 'en')).toContain(
      'no experience in controlling and budgeting',
    );
  });
});

describe('track record', () => {
  it('uses a Bayesian average: one 5-star review does not beat twenty of 4.8', () => {
    const one = candidate({ trackRecord: { ...EMPTY_TRACK_RECORD, reviewCount: 1, ratingSum: 5 } });
    const twenty = candidate({
      trackRecord: { ...EMPTY_TRACK_RECORD, reviewCount: 20, ratingSum: 96 },
    });
    expect(bayesianRating(1, 5)).toBeLessThan(bayesianRating(20, 96));
    expect(trackRecordFit(assignment(), twenty).value).toBeGreaterThan(
      trackRecordFit(assignment(), one).value,
    );
    expect(scoreMatch(assignment(), twenty, context).score).toBeGreaterThan(
      scoreMatch(assignment(), one, context).score,
    );
  });

  it('counts completed assignments of the same kind and sector', () => {
    const seasoned = candidate({
      trackRecord: {
        reviewCount: 6,
        ratingSum: 28.2,
        completedCount: 6,
        completedByKind: { interim_cfo: 3 },
        completedBySector: { healthcare: 2 },
      },
    });
    const result = trackRecordFit(assignment(), seasoned);
    expect(result.value).toBeGreaterThan(trackRecordFit(assignment(), candidate()).value);
    expect(renderExplanation(result.reasons, 'en')).toEqual([
      'rated 4.7 from 6 reviews',
      '3 completed assignments of the kind Interim CFO',
      '2 completed assignments in healthcare',
    ]);
    expect(renderExplanation(result.reasons, 'nl')[0]).toBe('gemiddeld 4,7 uit 6 beoordelingen');
  });
});

describe('credentials', () => {
  it('counts a credential only when verified and valid at the start date', () => {
    const at = (status: 'verified' | 'unverified', validUntil: string) =>
      credentialFit(
        assignment(),
        candidate({ credentials: [{ type: 'RQIM', status, validUntil }] }),
      );
    expect(at('verified', '2027-06-30').value).toBe(1);
    expect(at('verified', '2026-08-31').value).toBe(0);
    expect(at('unverified', '2030-01-01').value).toBe(0);
    expect(renderExplanation(at('verified', '2026-08-31').reasons, 'en')).toEqual([
      'IM-register certification expires before the start date (2026-08)',
    ]);
    expect(renderExplanation(at('unverified', '2030-01-01').reasons, 'en')).toEqual([
      'IM-register certification not yet verified',
    ]);
    expect(renderExplanation(credentialFit(assignment(), candidate()).reasons, 'nl')).toEqual([
      'geen geverifieerde certificaten',
    ]);
  });
});

describe('availability', () => {
  it('says "available 3 of the 4 requested days a week" when the calendar has 24 of 32 hours', () => {
    const result = availabilityFit(
      assignment(),
      candidate({ availability: [{ from: '2026-06-01', to: '2027-12-31', hoursPerWeek: 24 }] }),
    );
    expect(result.value).toBeCloseTo(0.75, 2);
    expect(renderExplanation(result.reasons, 'en')).toEqual([
      'available 3 of the 4 requested days a week',
    ]);
    expect(renderExplanation(result.reasons, 'nl')).toEqual([
      'beschikbaar 3 van de 4 gevraagde dagen per week',
    ]);
  });

  it('counts the overlap of the calendar with the period', () => {
    const lateStart = availabilityFit(
      assignment(),
      candidate({ availability: [{ from: '2026-12-01', to: '2027-12-31', hoursPerWeek: 40 }] }),
    );
    expect(lateStart.value).toBeGreaterThan(0.4);
    expect(lateStart.value).toBeLessThan(0.6);
    expect(renderExplanation(lateStart.reasons, 'en')).toEqual([
      'available from 2026-12-01, after the start date',
    ]);
    const full = availabilityFit(assignment(), candidate());
    expect(full.value).toBe(1);
    expect(renderExplanation(full.reasons, 'en')).toEqual([
      'available the requested 4 days a week for the whole period',
    ]);
    const none = availabilityFit(
      assignment(),
      candidate({ availability: [{ from: '2028-01-01', to: '2028-12-31', hoursPerWeek: 40 }] }),
    );
    expect(none.value).toBe(0);
    expect(renderExplanation(none.reasons, 'en')).toEqual([
      'not available during the assignment period',
    ]);
  });
});

describe('reciprocity', () => {
  it('flags, rather than drops, an interim whose own preferences rule the assignment out', () => {
    const result = scoreMatch(
      assignment({ hoursPerWeek: 40, remoteShare: 0, city: 'Groningen' }),
      candidate({
        notifySectors: ['government'],
        hoursMax: 32,
        remotePreference: 'remote',
        city: 'Maastricht',
        maxTravelKm: 60,
      }),
      context,
    );
    expect(result.exclusions).toEqual([]);
    expect(result.reciprocal).toBe(false);
    expect(result.flags.sort()).toEqual(['hours', 'remote', 'sector', 'travel']);
    const en = renderExplanation(result.reasons, 'en');
    expect(en).toEqual(
      expect.arrayContaining([
        'prefers assignments in other sectors',
        'wants 24–32 hours a week; the assignment asks 40',
        'prefers remote work; this assignment is mostly on site',
      ]),
    );
    expect(en.some((line) => /^based \d+ km away \(travels up to 60 km\)$/.test(line))).toBe(true);
  });

  it('is reciprocal when nothing in the preferences stands in the way', () => {
    const result = scoreMatch(assignment(), candidate(), context);
    expect(result.reciprocal).toBe(true);
    expect(result.flags).toEqual([]);
  });
});

describe('weights', () => {
  it('follows per-assignment weights', () => {
    const c = candidate({
      credentials: [{ type: 'RQIM', status: 'verified', validUntil: '2030-01-01' }],
    });
    const credentialHeavy: MatchWeights = {
      skills: 20,
      trackRecord: 10,
      credentials: 30,
      availability: 20,
      fit: 20,
    };
    const noCred = candidate();
    const defaultGap =
      scoreMatch(assignment(), c, context).score - scoreMatch(assignment(), noCred, context).score;
    const heavyGap =
      scoreMatch(assignment(), c, { ...context, weights: credentialHeavy }).score -
      scoreMatch(assignment(), noCred, { ...context, weights: credentialHeavy }).score;
    expect(heavyGap).toBeGreaterThan(defaultGap);
  });
});

describe('price never ranks', () => {
  const arbitraryCandidate = fc.record({
    level: fc.integer({ min: 1, max: 5 }),
    years: fc.integer({ min: 0, max: 30 }),
    reviews: fc.integer({ min: 0, max: 30 }),
    rating: fc.double({ min: 1, max: 5, noNaN: true }),
    hours: fc.integer({ min: 8, max: 40 }),
    rqim: fc.boolean(),
  });

  it('gives the same score whatever the rate, as long as the minimum is within budget', () => {
    fc.assert(
      fc.property(
        arbitraryCandidate,
        fc.integer({ min: 300, max: 1100 }),
        fc.integer({ min: 0, max: 900 }),
        (q, min, spread) => {
          const make = (dayRateMin: number, dayRateMax: number) =>
            candidate({
              dayRateMin,
              dayRateMax,
              skills: candidate().skills.map((s) => ({ ...s, level: q.level, years: q.years })),
              trackRecord: {
                ...EMPTY_TRACK_RECORD,
                reviewCount: q.reviews,
                ratingSum: q.reviews * q.rating,
              },
              availability: [{ from: '2026-01-01', to: '2028-01-01', hoursPerWeek: q.hours }],
              credentials: q.rqim
                ? [{ type: 'RQIM', status: 'verified', validUntil: '2030-01-01' }]
                : [],
            });
          const cheap = scoreMatch(assignment(), make(300, 300), context);
          const other = scoreMatch(assignment(), make(min, min + spread), context);
          expect(other.score).toBe(cheap.score);
          expect(other.breakdown).toEqual(cheap.breakdown);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never ranks a cheaper but less qualified interim above a better qualified one', () => {
    fc.assert(
      fc.property(
        arbitraryCandidate.map((q) => ({ ...q, years: Math.min(q.years, 5) })),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 10 }),
        (q, levelGap, yearsGap) => {
          const better = candidate({
            interimId: 'c0000000-0000-4000-8000-0000000000ff',
            dayRateMin: 1000,
            dayRateMax: 1100,
            skills: candidate().skills.map((s) => ({
              ...s,
              level: Math.min(5, q.level + levelGap),
              years: q.years + yearsGap,
            })),
          });
          const cheaper = candidate({
            interimId: 'c0000000-0000-4000-8000-000000000000',
            dayRateMin: 450,
            dayRateMax: 500,
            skills: candidate().skills.map((s) => ({ ...s, level: q.level, years: q.years })),
          });
          const { ranked } = rankMatches([
            scoreMatch(assignment(), cheaper, context),
            scoreMatch(assignment(), better, context),
          ]);
          expect(ranked[0].interimId).toBe(better.interimId);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('ranking', () => {
  it('keeps the top N eligible, and shows over-budget interims who would have made it, flagged', () => {
    const scores = Array.from({ length: 6 }, (_, i) =>
      scoreMatch(
        assignment(),
        candidate({
          interimId: `c0000000-0000-4000-8000-00000000000${i}`,
          dayRateMin: i === 0 ? 1500 : 900,
          dayRateMax: i === 0 ? 1600 : 1000,
          skills: candidate().skills.map((s) => ({ ...s, level: 5 - (i % 5), years: 20 - i })),
        }),
        context,
      ),
    );
    const { ranked, overBudget } = rankMatches(scores, 3);
    expect(ranked).toHaveLength(3);
    expect(ranked.every((r) => r.exclusions.length === 0)).toBe(true);
    expect(ranked.map((r) => r.score)).toEqual(
      [...ranked.map((r) => r.score)].sort((a, b) => b - a),
    );
    expect(overBudget.map((r) => r.interimId)).toEqual(['c0000000-0000-4000-8000-000000000000']);
  });
});
