import { describe, expect, it } from '@jest/globals';
import { DbaAnswers, assessDba, monthsBetween } from './dba-check';

const independent: DbaAnswers = {
  workDirection: 'interim',
  embedding: 'none',
  multipleClients: true,
  professionalLiabilityInsurance: true,
  bearsFinancialRisk: true,
  actsAsEntrepreneur: true,
};
const sixMonths = { dayRate: 1000, seriesStartDate: '2026-01-01', endDate: '2026-06-30' };

describe('assessDba', () => {
  it('rates an independent entrepreneur on a short, well-paid assignment low', () => {
    const a = assessDba(independent, sixMonths);
    expect(a).toMatchObject({ riskLevel: 'low', score: 0, hourlyRate: 125 });
    expect(a.reasons).toEqual([]);
  });

  it('rates employer authority high whatever else is true', () => {
    const a = assessDba({ ...independent, workDirection: 'client' }, sixMonths);
    expect(a.riskLevel).toBe('high');
    expect(a.reasons[0]).toContain('employer authority');
  });

  it('adds up embedding, duration and missing entrepreneurship to medium, then high', () => {
    const medium = assessDba(
      { ...independent, embedding: 'partial', multipleClients: false },
      { ...sixMonths, endDate: '2027-03-31' },
    );
    expect(medium.durationMonths).toBeGreaterThan(12);
    expect(medium).toMatchObject({ riskLevel: 'medium', score: 3 });

    const high = assessDba(
      { ...independent, embedding: 'full', bearsFinancialRisk: false },
      { ...sixMonths, endDate: '2028-06-30' },
    );
    expect(high).toMatchObject({ riskLevel: 'high', score: 6 });
  });

  it('counts a rate below the VBAR threshold', () => {
    const a = assessDba(independent, { ...sixMonths, dayRate: 280 });
    expect(a.hourlyRate).toBe(35);
    expect(a).toMatchObject({ riskLevel: 'medium', score: 3 });
    expect(a.reasons.join(' ')).toContain('VBAR');
  });

  it('measures the whole series, so an extension can raise the risk', () => {
    const first = assessDba(independent, { ...sixMonths, endDate: '2027-06-30' });
    const extended = assessDba(independent, { ...sixMonths, endDate: '2028-06-30' });
    expect(first.score).toBe(1);
    expect(extended.score).toBe(2);
  });
});

describe('monthsBetween', () => {
  it('counts both the first and the last day', () => {
    expect(monthsBetween('2026-01-01', '2026-12-31')).toBe(12);
    expect(monthsBetween('2026-01-01', '2026-01-01')).toBe(0);
  });
});
