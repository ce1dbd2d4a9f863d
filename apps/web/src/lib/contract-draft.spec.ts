import { describe, expect, it } from '@jest/globals';
import type { Schemas } from '../api/client';
import { DEFAULT_DBA, contractBody, draftFromContract } from './contract-draft';

const contract = {
  id: 'c1',
  dayRate: 1100,
  startDate: '2027-02-01',
  endDate: '2027-07-31',
  hoursPerWeek: 32,
  form: 'direct',
  seniority: 'senior',
  noticePeriodDays: null,
  placeOfWork: null,
  terms: null,
  dba: { answers: { embedding: 'partial' } },
  rateCard: { justification: 'Scarce expertise' },
} as unknown as Schemas['ContractView'];

describe('the contract draft', () => {
  it('starts editing from the stored contract, with the DBA defaults for unanswered questions', () => {
    const draft = draftFromContract(contract);
    expect(draft).toMatchObject({
      dayRate: '1100',
      hoursPerWeek: '32',
      seniority: 'senior',
      noticePeriodDays: '',
      placeOfWork: '',
      terms: '',
      rateJustification: 'Scarce expertise',
    });
    expect(draft.dba).toEqual({ ...DEFAULT_DBA, embedding: 'partial' });
  });

  it('takes all DBA defaults when the questions were never answered', () => {
    expect(draftFromContract({ ...contract, dba: null }).dba).toEqual(DEFAULT_DBA);
  });

  it('sends numbers, nulls for empty optional fields, and the justification only above the card', () => {
    const draft = draftFromContract({ ...contract, placeOfWork: ' Utrecht ' });
    const body = contractBody(draft, false);
    expect(body).toMatchObject({
      dayRate: 1100,
      hoursPerWeek: 32,
      noticePeriodDays: null,
      placeOfWork: 'Utrecht',
      terms: null,
    });
    expect(body).not.toHaveProperty('rateJustification');
    expect(contractBody(draft, true)).toMatchObject({ rateJustification: 'Scarce expertise' });
  });
});
