import { MatchingFieldCodes } from '../matching.errors';

/** The components of the quality score. Price is deliberately not one of them. */
export const SCORE_COMPONENTS = [
  'skills',
  'trackRecord',
  'credentials',
  'availability',
  'fit',
] as const;

export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];

/** Whole-number weights that add up to 100: each one is the share of the score it decides. */
export type MatchWeights = Readonly<Record<ScoreComponent, number>>;

/**
 * THE default weights, the one place they live.
 * - skills (40): the assignment's required skills, weighted, with levels and years, through synonyms
 *   (canonical skill ids) and related ESCO skills at reduced credit;
 * - trackRecord (20): Bayesian average of review ratings plus completed assignments of the same kind
 *   and sector;
 * - credentials (10): verified credentials valid at the start date (IM-register first);
 * - availability (15): overlap of the interim's calendar with the assignment's period and hours;
 * - fit (15): sector, kind of assignment, languages and location.
 * The day rate is a filter (a minimum rate above the budget leaves the interim out), never a weight.
 */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = Object.freeze({
  skills: 40,
  trackRecord: 20,
  credentials: 10,
  availability: 15,
  fit: 15,
});

/**
 * What a hiring manager may set for one assignment. Skills stay decisive (at least 20) and no single
 * other component can dominate the ranking.
 */
export const MATCH_WEIGHT_BOUNDS: Readonly<Record<ScoreComponent, { min: number; max: number }>> =
  Object.freeze({
    skills: { min: 20, max: 70 },
    trackRecord: { min: 0, max: 40 },
    credentials: { min: 0, max: 30 },
    availability: { min: 0, max: 40 },
    fit: { min: 0, max: 40 },
  });

export const MATCH_WEIGHTS_TOTAL = 100;

/** Problems with a proposed set of weights, as user-facing messages; empty when valid. */
export function matchWeightProblems(weights: Record<string, unknown>): string[] {
  return matchWeightFieldProblems(weights).message;
}

/**
 * The same problems per field (`{field, code, message}`); a wrong total concerns every
 * component, so each is named while the message says it once.
 */
export function matchWeightFieldProblems(weights: Record<string, unknown>): {
  message: string[];
  fields: { field: string; code: string; message: string }[];
} {
  const fields: { field: string; code: string; message: string }[] = [];
  for (const key of Object.keys(weights)) {
    if (!(SCORE_COMPONENTS as readonly string[]).includes(key)) {
      const message = `${key} is not a score component (${SCORE_COMPONENTS.join(', ')})`;
      fields.push({ field: key, code: 'unknown_field', message });
    }
  }
  let total = 0;
  for (const component of SCORE_COMPONENTS) {
    const value = weights[component];
    const { min, max } = MATCH_WEIGHT_BOUNDS[component];
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      fields.push({
        field: component,
        code: 'invalid_type',
        message: `${component} must be a whole number`,
      });
      continue;
    }
    if (value < min || value > max) {
      const message = `${component} must be between ${min} and ${max}`;
      fields.push({ field: component, code: value < min ? 'too_small' : 'too_large', message });
    }
    total += value;
  }
  if (fields.length === 0 && total !== MATCH_WEIGHTS_TOTAL) {
    const message = `the weights must add up to ${MATCH_WEIGHTS_TOTAL} (they add up to ${total})`;
    return {
      message: [message],
      fields: SCORE_COMPONENTS.map((field) => ({
        field,
        code: MatchingFieldCodes.weights_total,
        message,
      })),
    };
  }
  return { message: fields.map((f) => f.message), fields };
}

/** Stored weights are re-checked on read; anything off falls back to the defaults. */
export function effectiveWeights(stored: Record<string, unknown> | null | undefined): MatchWeights {
  if (!stored || matchWeightProblems(stored).length > 0) return DEFAULT_MATCH_WEIGHTS;
  return Object.freeze(
    Object.fromEntries(SCORE_COMPONENTS.map((c) => [c, stored[c] as number])),
  ) as MatchWeights;
}
