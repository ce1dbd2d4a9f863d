import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_MATCH_WEIGHTS,
  MATCH_WEIGHT_BOUNDS,
  SCORE_COMPONENTS,
  effectiveWeights,
  matchWeightProblems,
} from './match-weights';

describe('match weights', () => {
  it('has defaults within their own bounds that add up to 100, and no price', () => {
    expect(matchWeightProblems({ ...DEFAULT_MATCH_WEIGHTS })).toEqual([]);
    expect(SCORE_COMPONENTS).not.toContain('price');
    for (const c of SCORE_COMPONENTS) {
      expect(DEFAULT_MATCH_WEIGHTS[c]).toBeGreaterThanOrEqual(MATCH_WEIGHT_BOUNDS[c].min);
      expect(DEFAULT_MATCH_WEIGHTS[c]).toBeLessThanOrEqual(MATCH_WEIGHT_BOUNDS[c].max);
    }
  });

  it.each([
    [
      { ...DEFAULT_MATCH_WEIGHTS, price: 10 },
      'price is not a score component (skills, trackRecord, credentials, availability, fit)',
    ],
    [{ ...DEFAULT_MATCH_WEIGHTS, skills: 10, fit: 45 }, 'skills must be between 20 and 70'],
    [{ ...DEFAULT_MATCH_WEIGHTS, fit: 20 }, 'the weights must add up to 100 (they add up to 105)'],
    [{ ...DEFAULT_MATCH_WEIGHTS, fit: 15.5 }, 'fit must be a whole number'],
    [{ skills: 100 }, 'trackRecord must be a whole number'],
  ])('refuses %j', (weights, problem) => {
    expect(matchWeightProblems(weights)).toContain(problem);
  });

  it('falls back to the defaults when stored weights are missing or invalid', () => {
    expect(effectiveWeights(null)).toBe(DEFAULT_MATCH_WEIGHTS);
    expect(effectiveWeights({ skills: 1 })).toBe(DEFAULT_MATCH_WEIGHTS);
    const custom = { skills: 30, trackRecord: 30, credentials: 10, availability: 15, fit: 15 };
    expect(effectiveWeights(custom)).toEqual(custom);
  });
});
