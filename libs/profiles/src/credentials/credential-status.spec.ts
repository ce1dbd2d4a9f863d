import { describe, expect, it } from '@jest/globals';
import { calendarToday, effectiveCredentialStatus } from './credential-status';

describe('effectiveCredentialStatus', () => {
  const today = '2026-06-15';

  it.each([
    ['unverified', '2026-06-15', 'unverified'],
    ['verified', '2026-06-15', 'verified'],
    ['verified', '2026-06-14', 'expired'],
    ['unverified', '2020-01-01', 'expired'],
    ['suspended', '2020-01-01', 'suspended'],
    ['suspended', '2030-01-01', 'suspended'],
  ] as const)('%s valid until %s reads as %s', (stored, validUntil, expected) => {
    expect(effectiveCredentialStatus(stored, validUntil, today)).toBe(expected);
  });
});

describe('calendarToday', () => {
  it('uses the Dutch calendar day, not the UTC one', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(calendarToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(calendarToday(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(calendarToday(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
  });
});
