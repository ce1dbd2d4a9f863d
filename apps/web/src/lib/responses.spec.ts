import { describe, expect, it } from '@jest/globals';
import { awaitsDecision, isInPlay, responseCounts, toggleCompared } from './responses';

describe('responses', () => {
  it('counts submitted, shortlisted and selected responses as in play', () => {
    expect(isInPlay({ status: 'submitted' })).toBe(true);
    expect(isInPlay({ status: 'selected' })).toBe(true);
    expect(isInPlay({ status: 'rejected' })).toBe(false);
    expect(isInPlay({ status: 'withdrawn' })).toBe(false);
  });

  it('lets the hiring team decide only on submitted and shortlisted responses', () => {
    expect(awaitsDecision({ status: 'submitted' })).toBe(true);
    expect(awaitsDecision({ status: 'shortlisted' })).toBe(true);
    expect(awaitsDecision({ status: 'selected' })).toBe(false);
  });
});

describe('the comparison selection', () => {
  it('adds a candidate and takes them out again', () => {
    expect(toggleCompared(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleCompared(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('keeps at most three, dropping the earliest picked', () => {
    expect(toggleCompared(['a', 'b', 'c'], 'd')).toEqual(['b', 'c', 'd']);
  });
});

describe('response counts', () => {
  it('counts all responses and those still waiting for a decision', () => {
    const items = [
      { status: 'submitted' },
      { status: 'shortlisted' },
      { status: 'submitted' },
    ] as const;
    expect(responseCounts({ total: 7, items: [...items] })).toEqual({ total: 7, waiting: 2 });
  });
});
