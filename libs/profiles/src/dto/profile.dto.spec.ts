import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PutAvailabilityDto, PutProfileDto } from './profile.dto';

const valid = {
  headline: 'Interim CFO',
  skills: [{ name: 'manage budgets', level: 4, years: 10 }],
  sectors: ['healthcare'],
  assignmentKinds: ['interim_cfo'],
  languages: ['nl'],
  location: { city: 'Zwolle', country: 'NL' },
  remotePreference: 'onsite',
  dayRate: { min: 900, max: 900 },
  hoursPerWeek: { min: 32, max: 32 },
  preferences: { notify: 'off' },
  visibility: 'hidden',
};

function errorsOf<T extends object>(cls: new () => T, body: object): string[] {
  const errors = validateSync(plainToInstance(cls, body), {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  const messages: string[] = [];
  const walk = (list: typeof errors) => {
    for (const e of list) {
      messages.push(...Object.values(e.constraints ?? {}));
      walk(e.children ?? []);
    }
  };
  walk(errors);
  return messages;
}

describe('PutProfileDto', () => {
  it('accepts the smallest complete profile, with equal min and max', () => {
    expect(errorsOf(PutProfileDto, valid)).toEqual([]);
  });

  it('accepts unicode text', () => {
    expect(
      errorsOf(PutProfileDto, {
        ...valid,
        headline: 'Interim-CFO — Zoë Müller 財務 🚀',
        location: { city: '’s-Hertogenbosch', country: 'NL' },
      }),
    ).toEqual([]);
  });

  it.each([
    [{ dayRate: { min: 1000, max: 999 } }, 'max must not be less than min'],
    [{ hoursPerWeek: { min: 40, max: 39 } }, 'max must not be less than min'],
    [{ dayRate: { min: '900', max: 1000 } }, 'min must be an integer number'],
    [{ location: undefined }, 'location must be an object'],
    [
      { preferences: { notify: 'daily', sectors: ['healthcare', 'healthcare'] } },
      "All sectors's elements must be unique",
    ],
    [{ availableFrom: '2026-2-1' }, 'availableFrom must be a date written YYYY-MM-DD'],
    [{ availableFrom: '2025-02-29' }, 'availableFrom must be a real date'],
  ])('refuses %j', (patch, message) => {
    expect(errorsOf(PutProfileDto, { ...valid, ...patch })).toContain(message);
  });

  it('validates nested objects: unknown keys inside a skill are refused', () => {
    expect(
      errorsOf(PutProfileDto, { ...valid, skills: [{ name: 'x', level: 1, years: 0, weight: 3 }] }),
    ).toContain('property weight should not exist');
  });
});

describe('PutAvailabilityDto', () => {
  it('accepts a one-day period', () => {
    expect(
      errorsOf(PutAvailabilityDto, {
        periods: [{ from: '2026-03-02', to: '2026-03-02', hoursPerWeek: 8 }],
      }),
    ).toEqual([]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(
      errorsOf(PutAvailabilityDto, {
        periods: [{ from: '2026-03-02', to: '2026-03-01', hoursPerWeek: 8 }],
      }),
    ).toContain('to must not be before from');
  });
});
