import { describe, expect, it } from '@jest/globals';
import { compareRate, excerpt } from './compare';
import type { Response } from './responses';

const response = (fields: Partial<Record<'proposedDayRate' | 'withinBudget', unknown>>) =>
  ({ id: 'r1', ...fields }) as unknown as Response;

describe('the comparison', () => {
  it('shows the proposed rate to those who may see it', () => {
    expect(compareRate(response({ proposedDayRate: 1150, withinBudget: true }), undefined)).toEqual(
      { kind: 'amount', amount: 1150 },
    );
  });

  it('otherwise says whether the response is within budget', () => {
    expect(compareRate(response({ withinBudget: false }), undefined)).toEqual({
      kind: 'overBudget',
    });
    expect(compareRate(response({ withinBudget: true }), undefined)).toEqual({
      kind: 'withinBudget',
    });
  });

  it('falls back to the match without a response, and to nothing without either', () => {
    expect(compareRate(undefined, { rateWithinBudget: false })).toEqual({ kind: 'partlyAbove' });
    expect(compareRate(undefined, { rateWithinBudget: true })).toEqual({ kind: 'withinBudget' });
    expect(compareRate(undefined, undefined)).toEqual({ kind: 'unknown' });
  });

  it('cuts long motivations at 280 characters', () => {
    expect(excerpt('short')).toBe('short');
    expect(excerpt('x'.repeat(300))).toBe(`${'x'.repeat(280)}…`);
  });
});
