import type { CredentialStatus, CredentialType } from '../entities/credential.entity';
import type {
  NotifyFrequency,
  ProfileVisibility,
  RemotePreference,
} from '../entities/interim-profile.entity';

/**
 * A profile as other libraries read it (matching, search, notifications, contracts).
 * It contains rates and contact data: callers decide what their own audience may see, and
 * never show rates to other interim managers.
 */
export interface ProfileRecord {
  interimId: string;
  displayName: string;
  headline: string;
  summary: string | null;
  skills: { skillId: string | null; name: string; level: number; years: number }[];
  sectors: string[];
  assignmentKinds: string[];
  languages: string[];
  location: { city: string; country: string };
  maxTravelKm: number | null;
  remotePreference: RemotePreference;
  /** Whole euros per day. */
  dayRate: { min: number; max: number };
  hoursPerWeek: { min: number; max: number };
  /** YYYY-MM-DD. */
  availableFrom: string | null;
  /** Ordered by start date. */
  availability: { from: string; to: string; hoursPerWeek: number }[];
  credentials: {
    id: string;
    type: CredentialType;
    number: string;
    validUntil: string;
    /** Effective today: `expired` once validUntil has passed. */
    status: CredentialStatus;
    verifiedAt: Date | null;
  }[];
  preferences: { notify: NotifyFrequency; sectors: string[] };
  visibility: ProfileVisibility;
  kvkNumber: string | null;
  vatId: string | null;
  version: number;
  updatedAt: Date;
}

/**
 * What ranking needs of a profile, and nothing else: no names, summary, credential numbers or
 * company data. Smaller to read for hundreds of candidates at a time.
 */
export interface MatchableProfile extends Pick<
  ProfileRecord,
  | 'interimId'
  | 'skills'
  | 'sectors'
  | 'assignmentKinds'
  | 'languages'
  | 'location'
  | 'maxTravelKm'
  | 'remotePreference'
  | 'dayRate'
  | 'hoursPerWeek'
  | 'availableFrom'
  | 'availability'
  | 'visibility'
> {
  credentials: Pick<ProfileRecord['credentials'][number], 'type' | 'validUntil' | 'status'>[];
  preferences: Pick<ProfileRecord['preferences'], 'sectors'>;
}
