import { beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_MATCH_WEIGHTS, rankMatches, scoreMatch } from '@gilde/matching';
import {
  CatalogueOccupation,
  EscoCatalogue,
  loadEscoCatalogue,
  relatedSkillsOf,
} from './esco-catalogue';
import {
  asMatchAssignment,
  asMatchCandidate,
  generateAssignment,
  generateInterim,
  generateInterims,
} from './interim-generator';

const TODAY = '2026-09-01';
const SEED = 20260901;
const PER_OCCUPATION = 12;

/** nDCG@k with binary relevance; the ideal list has min(k, relevant) hits on top. */
export function ndcgAt(k: number, ranked: boolean[], relevantTotal: number): number {
  const dcg = ranked.slice(0, k).reduce((sum, rel, i) => sum + (rel ? 1 / Math.log2(i + 2) : 0), 0);
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevantTotal); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

describe('relevance on ESCO occupation-skill relations', () => {
  let catalogue: EscoCatalogue;
  let occupations: CatalogueOccupation[];

  beforeAll(() => {
    catalogue = loadEscoCatalogue();
    // One occupation per ISCO unit group: interims of other groups are the unrelated ones.
    const byGroup = new Map<string, CatalogueOccupation>();
    for (const o of catalogue.occupations) {
      if (o.essential.length >= 8 && !byGroup.has(o.iscoGroup)) byGroup.set(o.iscoGroup, o);
    }
    occupations = [...byGroup.values()];
  });

  it('generates the same interims from the same seed', () => {
    const a = generateInterims(catalogue, 3, { seed: SEED, today: TODAY });
    const b = generateInterims(catalogue, 3, { seed: SEED, today: TODAY });
    expect(a).toEqual(b);
    expect(generateInterim(catalogue, 2, { seed: SEED, today: TODAY })).toEqual(a[2]);
    expect(generateInterim(catalogue, 2, { seed: SEED + 1, today: TODAY }).id).not.toBe(a[2].id);
    for (const g of a) {
      expect(g.skills.length).toBeGreaterThanOrEqual(3);
      expect(g.dayRateMin).toBeLessThanOrEqual(g.dayRateMax);
      expect(g.hoursMin).toBeLessThanOrEqual(g.hoursMax);
      expect(g.headline).toMatch(/^Interim .+ \| \d+ jaar ervaring$/u);
    }
  });

  /**
   * Hard filters (a missing must-have, a minimum rate over budget) are business rules, not ranking
   * errors: the ideal list is made of the occupation's interims who pass them.
   */
  it('ranks interims of the occupation above unrelated ones (nDCG@10 ≥ 0.9)', () => {
    expect(occupations.length).toBeGreaterThanOrEqual(25);
    const interims = occupations.flatMap((o, oi) =>
      Array.from({ length: PER_OCCUPATION }, (_, i) =>
        generateInterim(catalogue, oi * PER_OCCUPATION + i, {
          seed: SEED,
          today: TODAY,
          occupations: [o],
        }),
      ),
    );
    const candidates = interims.map(asMatchCandidate);
    const occupationOf = new Map(interims.map((g) => [g.id, g.occupationUri]));
    const scores: number[] = [];
    let pairs = 0;
    let ordered = 0;
    for (const [oi, occupation] of occupations.entries()) {
      const assignment = asMatchAssignment(
        generateAssignment(catalogue, occupation, oi, { seed: SEED, today: TODAY }),
        catalogue,
      );
      const related = relatedSkillsOf(
        catalogue,
        assignment.skills.map((s) => s.skillId as string),
      );
      const context = { weights: DEFAULT_MATCH_WEIGHTS, related };
      const all = candidates.map((c) => scoreMatch(assignment, c, context));
      const { ranked } = rankMatches(all, candidates.length);
      const isRelevant = (id: string) => occupationOf.get(id) === occupation.uri;
      const relevance = ranked.map((m) => isRelevant(m.interimId));
      const eligibleRelevant = relevance.filter(Boolean).length;
      if (eligibleRelevant === 0) continue;
      scores.push(ndcgAt(10, relevance, eligibleRelevant));
      // pairwise: every eligible interim of the occupation above every eligible unrelated one
      relevance.forEach((rel, i) => {
        if (!rel) return;
        const below = relevance.slice(i + 1).filter((r) => !r).length;
        const above = relevance.slice(0, i).filter((r) => !r).length;
        pairs += below + above;
        ordered += below;
      });
    }
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    console.log(
      `Relevance: mean nDCG@10 = ${mean.toFixed(3)} over ${scores.length} occupations ` +
        `(min ${Math.min(...scores).toFixed(3)}); ${((100 * ordered) / pairs).toFixed(1)}% of ` +
        `(own, unrelated) pairs ordered right; ${candidates.length} generated interims`,
    );
    expect(scores.length).toBeGreaterThanOrEqual(25);
    expect(mean).toBeGreaterThanOrEqual(0.9);
    expect(ordered / pairs).toBeGreaterThanOrEqual(0.85);
  });

  it('computes nDCG as defined', () => {
    expect(ndcgAt(3, [true, true, true], 3)).toBeCloseTo(1);
    expect(ndcgAt(3, [false, false, false], 3)).toBe(0);
    expect(ndcgAt(2, [false, true], 1)).toBeCloseTo(1 / Math.log2(3));
  });
});
