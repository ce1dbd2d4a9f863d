import { describe, expect, it } from '@jest/globals';
import { isCalendarDate, todayIn } from './calendar-date';

describe('calendar dates', () => {
  it.each(['2030-01-31', '2028-02-29', '2000-01-01'])('accepts %s', (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });

  it.each([
    '2030-02-30',
    '2029-02-29',
    '2030-13-01',
    '30-01-2030',
    '2030-1-1',
    '1999-12-31',
    '2030-01-01T00:00:00Z',
    20300101,
    null,
  ])('refuses %p', (d) => {
    expect(isCalendarDate(d)).toBe(false);
  });

  it('takes today in Amsterdam, not in UTC', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
    expect(todayIn('Europe/Amsterdam', new Date('2029-12-31T23:30:00Z'))).toBe('2030-01-01');
  });
});
