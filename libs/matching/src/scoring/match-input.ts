/**
 * Plain data the quality score works on. Loaded from PostgreSQL by the matching service (and built
 * in memory by the generator and the tests); no entity, no database handle.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

export type Localized = { en: string; nl: string };

export interface MatchAssignment {
  id: string;
  assignmentKind: string;
  sector: string;
  languages: string[];
  city: string | null;
  country: string | null;
  /** 0 (fully on site) to 100 (fully remote). */
  remoteShare: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
  hoursPerWeek: number;
  maxDayRate: number;
  skills: AssignmentSkillInput[];
}

export interface AssignmentSkillInput {
  /** Canonical skill (synonyms in any language resolve to it); null for free text. */
  skillId: string | null;
  name: string;
  /** Display labels for explanations; English and Dutch. */
  label: Localized;
  /** 1 (nice to have) to 5 (essential to the assignment). */
  weight: number;
  mustHave: boolean;
}

export type CredentialType = 'RQIM' | 'CEIM' | 'other';
export type CredentialStatus = 'unverified' | 'verified' | 'expired' | 'suspended';
export type RemotePreference = 'remote' | 'hybrid' | 'onsite';

export interface CandidateSkillInput {
  skillId: string | null;
  name: string;
  /** 1 (basic) to 5 (expert). */
  level: number;
  years: number;
}

export interface AvailabilityInput {
  from: IsoDate;
  to: IsoDate;
  hoursPerWeek: number;
}

export interface CredentialInput {
  type: CredentialType;
  status: CredentialStatus;
  validUntil: IsoDate | null;
}

export interface TrackRecordInput {
  reviewCount: number;
  ratingSum: number;
  completedCount: number;
  completedByKind: Record<string, number>;
  completedBySector: Record<string, number>;
}

export interface MatchCandidate {
  interimId: string;
  sectors: string[];
  assignmentKinds: string[];
  languages: string[];
  city: string | null;
  country: string | null;
  maxTravelKm: number | null;
  remotePreference: RemotePreference;
  dayRateMin: number;
  dayRateMax: number;
  hoursMin: number;
  hoursMax: number;
  availableFrom: IsoDate | null;
  /** The sectors the interim wants to hear about; empty means all. */
  notifySectors: string[];
  skills: CandidateSkillInput[];
  availability: AvailabilityInput[];
  credentials: CredentialInput[];
  trackRecord: TrackRecordInput;
}

export const EMPTY_TRACK_RECORD: TrackRecordInput = Object.freeze({
  reviewCount: 0,
  ratingSum: 0,
  completedCount: 0,
  completedByKind: {},
  completedBySector: {},
});
