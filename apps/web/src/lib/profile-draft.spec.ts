import { describe, expect, it } from '@jest/globals';
import {
  availabilityPreview,
  newCredential,
  newPeriod,
  periodRowsOf,
  periodsBody,
  skillRecognition,
} from './profile-draft';

describe('the profile draft', () => {
  it('adds a credential valid for two years and a period of six months at 32 hours', () => {
    expect(newCredential('2027-01-15')).toEqual({
      type: 'RQIM',
      number: '',
      validUntil: '2029-01-15',
    });
    expect(newPeriod('2027-01-15')).toEqual({
      from: '2027-01-15',
      to: '2027-07-15',
      hoursPerWeek: '32',
    });
  });

  it('edits stored periods as text and sends them back as numbers', () => {
    const rows = periodRowsOf([{ from: '2027-01-01', to: '2027-03-31', hoursPerWeek: 24 }]);
    expect(rows).toEqual([{ from: '2027-01-01', to: '2027-03-31', hoursPerWeek: '24' }]);
    expect(periodsBody(rows)).toEqual({
      periods: [{ from: '2027-01-01', to: '2027-03-31', hoursPerWeek: 24 }],
    });
  });

  it('previews only complete periods, with unknown hours as none', () => {
    expect(
      availabilityPreview([
        { from: '2027-01-01', to: '2027-02-01', hoursPerWeek: '' },
        { from: '2027-03-01', to: '', hoursPerWeek: '16' },
      ]),
    ).toEqual([{ from: '2027-01-01', to: '2027-02-01', hoursPerWeek: 0 }]);
  });

  it('tells how a typed skill was recognised', () => {
    expect(skillRecognition('Lean', { matchedBy: 'free_text', label: 'Lean' })).toEqual({
      kind: 'freeText',
    });
    expect(skillRecognition('lean', { matchedBy: 'fuzzy', label: 'Lean management' })).toEqual({
      kind: 'recognisedAs',
      label: 'Lean management',
    });
    expect(skillRecognition('Lean', { matchedBy: 'exact', label: 'Lean' })).toEqual({
      kind: 'recognised',
    });
  });
});
