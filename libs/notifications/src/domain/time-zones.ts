import { calendarDateIn } from '@gilde/kernel';

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** Whether the runtime knows this IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    calendarDateIn(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) at `at` in `timeZone`; unknown zones count as the default. */
export function localDate(timeZone: string, at: Date = new Date()): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  return calendarDateIn(zone, at);
}
