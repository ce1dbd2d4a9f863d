import { calendarDateIn } from '@gilde/kernel';
import { CredentialStatus, StoredCredentialStatus } from '../entities/credential.entity';

/** Dates on the platform are Dutch calendar dates. */
export const CALENDAR_ZONE = 'Europe/Amsterdam';

/** Today's date (YYYY-MM-DD) in the platform's calendar. */
export function calendarToday(now: Date = new Date()): string {
  return calendarDateIn(CALENDAR_ZONE, now);
}

/**
 * The state a reader sees: a suspension always shows; otherwise a credential whose validity
 * date has passed is expired, whether or not it was verified. Valid through validUntil itself.
 */
export function effectiveCredentialStatus(
  stored: StoredCredentialStatus,
  validUntil: string,
  today: string = calendarToday(),
): CredentialStatus {
  if (stored === 'suspended') return 'suspended';
  return validUntil < today ? 'expired' : stored;
}
