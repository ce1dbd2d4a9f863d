/**
 * What the search index holds, engine-neutral. Minimised on purpose: skills, sectors, availability
 * window, region and a rate band; no names, contact data, free-text CV or exact rates (docs/reliability.md#k6).
 * Hidden profiles and unpublished assignments are never indexed.
 */

/** 'YYYY-MM-DD'. */
export type IsoDate = string;

/** Day rates enter the index only as the lower bound of a band of this width. */
export const RATE_BAND_EUROS = 50;

export function rateBandOf(dayRateMin: number): number {
  return Math.floor(dayRateMin / RATE_BAND_EUROS) * RATE_BAND_EUROS;
}

export interface IndexedSkill {
  /** Canonical skill id; null for a free-text skill. */
  skillId: string | null;
  labelEn: string;
  labelNl: string | null;
}

export interface ProfileSkillDoc extends IndexedSkill {
  /** 0..1: level and years together; orders an interim within a skill's candidate list. */
  strength: number;
}

export interface ProfileSearchDocument {
  interimId: string;
  version: number;
  visibility: 'public' | 'clients';
  headline: string;
  skills: ProfileSkillDoc[];
  sectors: string[];
  assignmentKinds: string[];
  languages: string[];
  city: string | null;
  country: string | null;
  remotePreference: 'remote' | 'hybrid' | 'onsite';
  rateBand: number;
  hoursMin: number;
  hoursMax: number;
  /** First day available (calendar or profile); null = now. */
  availableFrom: IsoDate | null;
  /** Last day of the calendar; null = open-ended. */
  availableUntil: IsoDate | null;
  /** Types of verified credentials valid on the day of indexing. */
  credentials: string[];
}

export interface AssignmentSkillDoc extends IndexedSkill {
  weight: number;
  mustHave: boolean;
}

export interface AssignmentSearchDocument {
  assignmentId: string;
  organisationId: string;
  version: number;
  title: string;
  /** The description, cut to what search needs. */
  description: string;
  skills: AssignmentSkillDoc[];
  sector: string;
  assignmentKind: string;
  languages: string[];
  city: string | null;
  country: string | null;
  remoteShare: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
  hoursPerWeek: number;
  maxDayRate: number;
  publishedAt: string | null;
}

export const MAX_INDEXED_DESCRIPTION = 2000;

/** How strongly a skill counts for retrieval: level first, years up to 15. */
export function skillStrength(level: number, years: number): number {
  const l = Math.min(5, Math.max(1, level));
  const y = Math.min(15, Math.max(0, years));
  return Math.round((0.7 * (l / 5) + 0.3 * (y / 15)) * 1000) / 1000;
}
