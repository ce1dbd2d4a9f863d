import { describe, expect, it } from '@jest/globals';
import { awaitsDecision, isInPlay, toggleCompared } from './responses';

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
