import type { Schemas } from '../api/client';

/** The score components, in the order the breakdown shows them. Price is never one of them. */
export const SCORE_COMPONENTS = [
  'skills',
  'trackRecord',
  'credentials',
  'availability',
  'fit',
] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];

export type MatchView = Schemas['AssignmentMatchView'];
