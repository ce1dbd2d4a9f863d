import { NotificationKind, SkipReason } from '../domain/notification-kinds';
import { NotificationParams } from '../entities/notification.entity';
import { DeliverJobData } from './notify-jobs';

export interface PlannedRecipient {
  id: string;
  email: string | null;
  name: string;
  locale: 'en' | 'nl';
  timeZone: string;
  /** Today in the recipient's time zone, for the daily cap. */
  localDate: string;
}

/** What one deliver job will do, decided from what is true in the database now. */
export interface DeliveryPlan {
  job: DeliverJobData;
  kind: NotificationKind;
  dedupeKey: string;
  subjectType: string;
  params: NotificationParams;
  /** Web UI path. */
  link: string;
  score: number | null;
  /**
   * Null when there is nobody to record a notification for (unknown or erased account):
   * nothing is stored about a person who asked to be forgotten.
   */
  recipient: PlannedRecipient | null;
  /** Set when nothing is delivered; recorded on both channels. */
  skip: SkipReason | null;
  inApp: 'send' | SkipReason;
  email: 'instant' | 'digest' | SkipReason;
}

export type DeliveryOutcome =
  | { status: 'created'; notificationId: string; emailPending: boolean }
  | { status: 'exists'; notificationId: string; emailPending: boolean }
  | { status: 'not_recorded'; reason: SkipReason };
