import { EntityManager } from 'typeorm';

/** What a hiring manager sees about one respondent besides the response itself. */
export interface RespondentFact {
  headline: string | null;
  /** Rounded to a whole number; null when the pair was never matched. */
  matchScore: number | null;
}

/**
 * Facts about interim managers that other libraries own: profiles (headline, visibility) and
 * matching (scores). Both depend on this library, so the application binds an implementation
 * from one of them; this library only declares what it needs.
 */
export abstract class RespondentFacts {
  /** Keyed `${assignmentId}:${interimId}`; every pair asked for is answered. */
  abstract describe(
    pairs: { assignmentId: string; interimId: string }[],
    manager?: EntityManager,
  ): Promise<Map<string, RespondentFact>>;

  /**
   * An interim account that is not erased and has a profile that is not hidden: the only
   * people a hiring manager may invite.
   */
  abstract invitable(interimId: string, manager?: EntityManager): Promise<boolean>;
}
