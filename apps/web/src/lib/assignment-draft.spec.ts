import { describe, expect, it } from '@jest/globals';
import {
  budgetChangesLeft,
  budgetHint,
  changedFields,
  EMPTY,
  MAX_BUDGET_CHANGES,
  toBody,
} from './assignment-draft';

describe('the assignment draft', () => {
  it('sends trimmed text, numbers for numeric fields and leaves out what is empty', () => {
    const body = toBody({
      ...EMPTY,
      title: '  Interim CFO ',
      city: ' Leiden ',
      country: 'nl',
      maxDayRate: '1250',
    });
    expect(body).toEqual({
      title: 'Interim CFO',
      description: undefined,
      requiredSkills: [],
      languages: ['nl'],
      remoteShare: 20,
      location: { city: 'Leiden', country: 'NL' },
      hoursPerWeek: 32,
      maxDayRate: 1250,
    });
  });

  it('sends only the changed fields when editing, so locked fields of a published one stay untouched', () => {
    const before = { ...EMPTY, title: 'Interim CFO', startDate: '2027-01-04' };
    expect(changedFields(before, { ...before, title: 'Interim CFO ' })).toEqual({});
    expect(changedFields(before, { ...before, maxDayRate: '1100' })).toEqual({ maxDayRate: 1100 });
  });
});

describe('the budget of an assignment', () => {
  it('limits changes once published and not before', () => {
    expect(budgetChangesLeft(undefined)).toBeNull();
    expect(budgetChangesLeft({ status: 'draft', budgetChanges: [] })).toBeNull();
    const change = { at: '2027-01-01T10:00:00Z', fromMaxDayRate: 1000, toMaxDayRate: 1100 };
    expect(
      budgetChangesLeft({ status: 'published', budgetChanges: [change] } as Parameters<
        typeof budgetChangesLeft
      >[0]),
    ).toBe(MAX_BUDGET_CHANGES - 1);
  });

  it('explains a lock first, then compares with the rate card', () => {
    expect(budgetHint('responses', 1200, '1500')).toEqual({ kind: 'lockedByResponses' });
    expect(budgetHint('change_limit', null, '')).toEqual({ kind: 'lockedByLimit' });
    expect(budgetHint(null, 1200, '1500')).toEqual({ kind: 'aboveCard', cardMax: 1200 });
    expect(budgetHint(null, 1200, '1200')).toEqual({ kind: 'card', cardMax: 1200 });
    expect(budgetHint(null, null, '900')).toEqual({ kind: 'none' });
  });
});
