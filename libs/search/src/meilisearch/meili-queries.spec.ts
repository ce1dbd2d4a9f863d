import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { CandidateQuery } from '../search-engine';
import { ProfileSearchDocument, skillStrength } from '../search-documents';
import { MeiliProfile, toMeiliProfile } from './meili-documents';
import {
  CandidateHits,
  CandidateSkillRequest,
  candidateRequests,
  mergeCandidates,
} from './meili-queries';
import { profileIndexSettings } from './meili-settings';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const C = 'cccccccc-0000-4000-8000-000000000003';

/** Interim ids in the order PostgreSQL sorts them. */
const I1 = '10000000-0000-4000-8000-000000000000';
const I2 = '20000000-0000-4000-8000-000000000000';
const I3 = '30000000-0000-4000-8000-000000000000';
const I4 = '40000000-0000-4000-8000-000000000000';

const query = (patch: Partial<CandidateQuery>): CandidateQuery => ({
  skills: [{ skillId: A, weight: 1 }],
  requiredSkillIds: [],
  perSkillCap: 10,
  limit: 10,
  ...patch,
});

/** A hit as Meilisearch returns it for attributesToRetrieve ['id', 'skillStrength.<skill>']. */
const hit = (id: string, skill: string, strength: number) => ({
  id,
  skillStrength: { [skill]: strength },
});

describe('candidate requests', () => {
  it('asks once per skill: its holders with every must-have, strongest first, capped', () => {
    const requests = candidateRequests(
      query({
        skills: [
          { skillId: A, weight: 5 },
          { skillId: B, weight: 2 },
        ],
        requiredSkillIds: [A, C],
        perSkillCap: 250,
        limit: 40,
      }),
    );
    expect(requests).toEqual([
      {
        skillId: A,
        weight: 5,
        search: {
          q: null,
          filter: `(skillIds = "${A}") AND (skillIds = "${C}")`,
          sort: [`skillStrength.${A}:desc`, 'id:asc'],
          limit: 250,
          attributesToRetrieve: ['id', `skillStrength.${A}`],
        },
      },
      {
        skillId: B,
        weight: 2,
        search: {
          q: null,
          filter: `(skillIds = "${B}") AND (skillIds = "${A}") AND (skillIds = "${C}")`,
          sort: [`skillStrength.${B}:desc`, 'id:asc'],
          limit: 250,
          attributesToRetrieve: ['id', `skillStrength.${B}`],
        },
      },
    ]);
  });

  it('counts a skill listed twice once, at its highest weight', () => {
    const requests = candidateRequests(
      query({
        skills: [
          { skillId: A, weight: 2 },
          { skillId: A, weight: 5 },
        ],
      }),
    );
    expect(requests.map((r) => [r.skillId, r.weight])).toEqual([[A, 5]]);
    expect(requests[0].search.filter).toBe(`skillIds = "${A}"`);
  });

  it('asks nothing without skills', () => {
    expect(candidateRequests(query({ skills: [] }))).toEqual([]);
  });

  it('quotes must-haves like any filter value and refuses ids that are not field names', () => {
    const [request] = candidateRequests(query({ requiredSkillIds: ['x" OR skillIds EXISTS'] }));
    expect(request.search.filter).toBe(
      `(skillIds = "${A}") AND (skillIds = "x\\" OR skillIds EXISTS")`,
    );
    for (const bad of ['a.b', 'a:desc', 'a b', '', 'x"']) {
      expect(() => candidateRequests(query({ skills: [{ skillId: bad, weight: 1 }] }))).toThrow(
        RangeError,
      );
    }
  });

  it('only filters, sorts and retrieves what the profile index allows', () => {
    const settings = profileIndexSettings({});
    // a listed attribute also covers its nested fields (`skillStrength` covers `skillStrength.x`)
    const covered = (list: string[], field: string) =>
      list.some((a) => field === a || field.startsWith(`${a}.`));
    for (const { search } of candidateRequests(
      query({ skills: [{ skillId: A, weight: 1 }], requiredSkillIds: [B] }),
    )) {
      for (const attr of search.filter.match(/[A-Za-z]+(?= =)/gu)!) {
        expect(settings.filterableAttributes).toContain(attr);
      }
      for (const sort of search.sort) {
        expect(covered(settings.sortableAttributes!, sort.slice(0, sort.lastIndexOf(':')))).toBe(
          true,
        );
      }
      for (const attr of search.attributesToRetrieve) {
        expect(covered(settings.displayedAttributes!, attr)).toBe(true);
      }
    }
    expect(settings.rankingRules).toContain('sort');
  });
});

describe('merging candidates', () => {
  const twoSkills = candidateRequests(
    query({
      skills: [
        { skillId: A, weight: 1 },
        { skillId: B, weight: 5 },
      ],
    }),
  );

  it('ranks by the weighted sum of strengths, not by order of arrival or number of skills', () => {
    const results: CandidateHits[] = [
      { hits: [hit(I2, A, 0.9), hit(I3, A, 0.2)] },
      { hits: [hit(I1, B, 1), hit(I3, B, 0.5)] },
    ];
    // I1: 5 × 1 = 5; I3: 1 × 0.2 + 5 × 0.5 = 2.7; I2: 1 × 0.9 = 0.9
    expect(mergeCandidates(twoSkills, results, 10)).toEqual([I1, I3, I2]);
  });

  it('takes no more than the per-skill cap from any one skill', () => {
    const [request] = candidateRequests(query({ perSkillCap: 2 }));
    const results: CandidateHits[] = [
      { hits: [hit(I3, A, 0.9), hit(I2, A, 0.8), hit(I1, A, 0.7), hit(I4, A, 0.6)] },
    ];
    expect(mergeCandidates([request], results, 10)).toEqual([I3, I2]);
  });

  it('adds only what each skill returned within its cap', () => {
    const capped = candidateRequests(
      query({
        skills: [
          { skillId: A, weight: 1 },
          { skillId: B, weight: 1 },
        ],
        perSkillCap: 1,
      }),
    );
    // I2 is past B's cap: it keeps only its strength in A
    const results: CandidateHits[] = [
      { hits: [hit(I2, A, 0.6)] },
      { hits: [hit(I1, B, 0.7), hit(I2, B, 0.65)] },
    ];
    expect(mergeCandidates(capped, results, 10)).toEqual([I1, I2]);
  });

  it('returns at most the limit, the most relevant ones', () => {
    const results: CandidateHits[] = [
      { hits: [hit(I4, A, 1), hit(I3, A, 0.9), hit(I2, A, 0.8), hit(I1, A, 0.7)] },
      { hits: [hit(I1, B, 0.3)] },
    ];
    // I1: 0.7 + 1.5 = 2.2; I4: 1; I3: 0.9; I2: 0.8
    expect(mergeCandidates(twoSkills, results, 2)).toEqual([I1, I4]);
    expect(mergeCandidates(twoSkills, results, 0)).toEqual([]);
  });

  it('breaks ties by id, also when floating point sums differ in the last bit', () => {
    const three = candidateRequests(
      query({
        skills: [
          { skillId: A, weight: 3 },
          { skillId: B, weight: 1 },
          { skillId: C, weight: 1 },
        ],
      }),
    );
    const results: CandidateHits[] = [
      { hits: [hit(I3, A, 0.1)] }, // 3 × 0.1 = 0.30000000000000004
      { hits: [hit(I1, B, 0.3), hit(I2, B, 0.1)] }, // I1: 0.3
      { hits: [hit(I2, C, 0.2)] }, // I2: 0.1 + 0.2 = 0.30000000000000004
    ];
    expect(mergeCandidates(three, results, 10)).toEqual([I1, I2, I3]);
  });

  it('keeps a holder whose strength is missing (indexed before strengths), at the end', () => {
    const [request] = candidateRequests(query({}));
    const results: CandidateHits[] = [{ hits: [{ id: I1 }, hit(I2, A, 0.4)] }];
    expect(mergeCandidates([request], results, 10)).toEqual([I2, I1]);
  });

  it('refuses results that do not line up with the requests', () => {
    expect(() => mergeCandidates(twoSkills, [{ hits: [] }], 10)).toThrow(/expected 2/u);
  });
});

/**
 * The requests run against a small in-memory stand-in for Meilisearch that reads the filter and
 * sort expressions literally, over documents made by toMeiliProfile. The answer must follow the
 * PostgreSQL engine's algorithm (per skill `strength DESC, interim_id`, capped; then relevance
 * DESC, interim_id), computed here in exact thousandths. One difference is intended: must-haves
 * narrow each skill's holders before the cap, so the cap is not spent on ineligible interims.
 */
describe('candidate retrieval end to end, against the PostgreSQL ordering', () => {
  function runSearch(docs: MeiliProfile[], search: CandidateSkillRequest['search']): CandidateHits {
    const wanted = [...search.filter.matchAll(/skillIds = "([^"]*)"/gu)].map((m) => m[1]);
    const read = (doc: MeiliProfile, path: string): unknown =>
      path
        .split('.')
        .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], doc);
    const sorted = docs
      .filter((d) => wanted.every((id) => d.skillIds.includes(id)))
      .sort((x, y) => {
        for (const expression of search.sort) {
          const cut = expression.lastIndexOf(':');
          const field = expression.slice(0, cut);
          const sign = expression.slice(cut + 1) === 'desc' ? -1 : 1;
          const a = read(x, field) as number | string;
          const b = read(y, field) as number | string;
          if (a !== b) return (a < b ? -1 : 1) * sign;
        }
        return 0;
      });
    return {
      hits: sorted.slice(0, search.limit).map((doc) => {
        const out: Record<string, unknown> = {};
        for (const path of search.attributesToRetrieve) {
          const [top, nested] = path.split('.');
          if (nested === undefined) out[top] = read(doc, top);
          else out[top] = { ...(out[top] as object), [nested]: read(doc, path) };
        }
        return out;
      }),
    };
  }

  function postgresCandidates(docs: ProfileSearchDocument[], q: CandidateQuery): string[] {
    const weights = new Map<string, number>();
    for (const s of q.skills)
      weights.set(s.skillId, Math.max(weights.get(s.skillId) ?? 0, s.weight));
    const milli = (d: ProfileSearchDocument, skill: string) =>
      Math.round(
        Math.max(...d.skills.filter((s) => s.skillId === skill).map((s) => s.strength)) * 1000,
      );
    const holds = (d: ProfileSearchDocument, skill: string) =>
      d.skills.some((s) => s.skillId === skill);
    const relevance = new Map<string, number>();
    for (const [skill, weight] of weights) {
      const top = docs
        .filter((d) => holds(d, skill) && q.requiredSkillIds.every((r) => holds(d, r)))
        .sort(
          (x, y) =>
            milli(y, skill) - milli(x, skill) ||
            (x.interimId < y.interimId ? -1 : x.interimId > y.interimId ? 1 : 0),
        )
        .slice(0, q.perSkillCap);
      for (const d of top) {
        relevance.set(d.interimId, (relevance.get(d.interimId) ?? 0) + weight * milli(d, skill));
      }
    }
    return [...relevance]
      .sort(([x, a], [y, b]) => b - a || (x < y ? -1 : x > y ? 1 : 0))
      .slice(0, q.limit)
      .map(([id]) => id);
  }

  const skillPool = [A, B, C];
  const profileArb = fc.record({
    interimId: fc.uuid(),
    skills: fc.array(
      fc.record({
        skillId: fc.constantFrom(...skillPool),
        level: fc.integer({ min: 1, max: 5 }),
        years: fc.integer({ min: 0, max: 15 }),
      }),
      { maxLength: 4 },
    ),
  });
  const queryArb = fc.record({
    skills: fc.array(
      fc.record({ skillId: fc.constantFrom(...skillPool), weight: fc.integer({ min: 1, max: 5 }) }),
      { minLength: 1, maxLength: 4 },
    ),
    requiredSkillIds: fc.subarray(skillPool, { maxLength: 2 }),
    perSkillCap: fc.integer({ min: 1, max: 5 }),
    limit: fc.integer({ min: 1, max: 8 }),
  });

  it('orders and caps as PostgreSQL does', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(profileArb, { selector: (p) => p.interimId, maxLength: 14 }),
        queryArb,
        (profiles, q) => {
          const docs: ProfileSearchDocument[] = profiles.map((p) => ({
            interimId: p.interimId,
            version: 1,
            visibility: 'clients',
            headline: '',
            skills: p.skills.map((s) => ({
              skillId: s.skillId,
              labelEn: s.skillId,
              labelNl: null,
              strength: skillStrength(s.level, s.years),
            })),
            sectors: [],
            assignmentKinds: [],
            languages: [],
            city: null,
            country: null,
            remotePreference: 'hybrid',
            rateBand: 0,
            hoursMin: 0,
            hoursMax: 40,
            availableFrom: null,
            availableUntil: null,
            credentials: [],
          }));
          const indexed = docs.map((d) => toMeiliProfile(d));
          const requests = candidateRequests(q);
          const results = requests.map((r) => runSearch(indexed, r.search));
          expect(mergeCandidates(requests, results, q.limit)).toEqual(postgresCandidates(docs, q));
        },
      ),
      { numRuns: 300 },
    );
  });
});
