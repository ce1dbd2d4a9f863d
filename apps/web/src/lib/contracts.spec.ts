import { describe, expect, it } from '@jest/globals';
import type { Schemas } from '../api/client';
import { contractWarnings, countByStatus, isInFlight, rateCardMax } from './contracts';

const base = {
  status: 'draft',
  dba: { riskLevel: 'low' },
  rateCard: { aboveRateCard: false, maxDayRate: 1000, justification: null },
} as unknown as Schemas['ContractView'];

describe('contract warnings', () => {
  it('warns procurement of a rate above the card and a missing or high-risk DBA check', () => {
    expect(contractWarnings(base, false)).toEqual([]);
    expect(
      contractWarnings(
        { ...base, rateCard: { ...base.rateCard, aboveRateCard: true }, dba: null },
        false,
      ).map((w) => w.kind),
    ).toEqual(['aboveCard', 'dbaMissing']);
    expect(contractWarnings({ ...base, dba: { ...base.dba!, riskLevel: 'high' } }, false)).toEqual([
      { tone: 'danger', kind: 'dbaHigh' },
    ]);
  });

  it('says nothing to the interim manager, nor once the contract runs', () => {
    const risky = { ...base, dba: null };
    expect(contractWarnings(risky, true)).toEqual([]);
    expect(contractWarnings({ ...risky, status: 'active' }, false)).toEqual([]);
  });
});

describe('rateCardMax', () => {
  const card = {
    entries: [
      { assignmentKind: 'programme_management', seniority: null, maxDayRate: 1200 },
      { assignmentKind: 'programme_management', seniority: 'executive', maxDayRate: 1500 },
    ],
  } as unknown as Schemas['RateCardView'];

  it('prefers the line for the seniority and falls back to the general line', () => {
    expect(rateCardMax(card, 'programme_management', 'executive')).toBe(1500);
    expect(rateCardMax(card, 'programme_management', 'senior')).toBe(1200);
    expect(rateCardMax(card, 'interim_management')).toBeNull();
    expect(rateCardMax(undefined, 'programme_management')).toBeNull();
  });
});

describe('the procurement desk figures', () => {
  const contracts = (['draft', 'draft', 'sent', 'active'] as const).map((status) => ({ status }));

  it('counts contracts per status', () => {
    expect(countByStatus(contracts)).toEqual({ draft: 2, sent: 1, active: 1 });
  });

  it('takes drafted, sent and accepted contracts as in flight', () => {
    expect(contracts.filter(isInFlight)).toHaveLength(3);
    expect(isInFlight({ status: 'accepted' })).toBe(true);
    expect(isInFlight({ status: 'completed' })).toBe(false);
  });
});
