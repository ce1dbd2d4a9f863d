import { describe, expect, it } from '@jest/globals';
import { PublishableFields, missingForPublication } from './assignment-completeness';

const TODAY = '2030-01-10';
const complete: PublishableFields = {
  title: 'Interim CFO',
  description: 'Lead finance',
  assignmentKind: 'interim_cfo',
  sector: 'healthcare',
  startDate: '2030-01-11',
  endDate: '2030-06-30',
  hoursPerWeek: 32,
  maxDayRate: 1200,
  requiredSkills: [{ mustHave: false }, { mustHave: true }],
};

describe('missingForPublication', () => {
  it('is empty for a complete assignment starting tomorrow', () => {
    expect(missingForPublication(complete, TODAY)).toEqual([]);
  });

  it('accepts an assignment that ends on the day it starts', () => {
    expect(missingForPublication({ ...complete, endDate: complete.startDate }, TODAY)).toEqual([]);
  });

  it.each<[Partial<PublishableFields>, string]>([
    [{ title: '  ' }, 'title is required'],
    [{ description: '' }, 'description is required'],
    [{ assignmentKind: null }, 'assignmentKind is required'],
    [{ assignmentKind: 'pizza' }, 'assignmentKind is required'],
    [{ sector: null }, 'sector is required'],
    [{ requiredSkills: [] }, 'requiredSkills needs at least one must-have skill'],
    [
      { requiredSkills: [{ mustHave: false }] },
      'requiredSkills needs at least one must-have skill',
    ],
    [{ startDate: null }, 'startDate is required'],
    [{ startDate: TODAY }, `startDate must be after today (${TODAY})`],
    [{ startDate: '2029-12-31' }, `startDate must be after today (${TODAY})`],
    [{ endDate: null }, 'endDate is required'],
    [{ endDate: '2030-01-10' }, 'endDate must not be before startDate'],
    [{ hoursPerWeek: null }, 'hoursPerWeek is required'],
    [{ hoursPerWeek: 0 }, 'hoursPerWeek must be between 1 and 60'],
    [{ hoursPerWeek: 61 }, 'hoursPerWeek must be between 1 and 60'],
    [{ maxDayRate: null }, 'maxDayRate is required and must be above 0'],
    [{ maxDayRate: 0 }, 'maxDayRate is required and must be above 0'],
  ])('%j → %s', (patch, message) => {
    expect(missingForPublication({ ...complete, ...patch }, TODAY)).toEqual([message]);
  });

  it('lists every problem at once', () => {
    const empty: PublishableFields = {
      title: 'x',
      description: '',
      assignmentKind: null,
      sector: null,
      startDate: null,
      endDate: null,
      hoursPerWeek: null,
      maxDayRate: null,
      requiredSkills: [],
    };
    expect(missingForPublication(empty, TODAY)).toHaveLength(8);
  });
});
