import { describe, expect, it } from '@jest/globals';
import { changedFields, EMPTY, toBody } from './assignment-draft';

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
