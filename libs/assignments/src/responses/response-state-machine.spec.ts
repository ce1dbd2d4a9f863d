import { describe, expect, it } from '@jest/globals';
import { RESPONSE_STATUSES, ResponseStatus } from '../entities/assignment-response.entity';
import {
  RESPONSE_ACTIONS,
  RESPONSE_TRANSITIONS,
  ResponseAction,
  nextResponseStatus,
} from './response-state-machine';

const ALLOWED: Record<string, ResponseStatus> = {
  'submitted shortlist': 'shortlisted',
  'shortlisted select': 'selected',
  'submitted reject': 'rejected',
  'shortlisted reject': 'rejected',
  'submitted withdraw': 'withdrawn',
  'shortlisted withdraw': 'withdrawn',
};

describe('response state machine', () => {
  const cases = RESPONSE_STATUSES.flatMap((from) =>
    RESPONSE_ACTIONS.map((action): [ResponseStatus, ResponseAction, ResponseStatus | null] => [
      from,
      action,
      ALLOWED[`${from} ${action}`] ?? null,
    ]),
  );

  it.each(cases)('%s --%s--> %s', (from, action, to) => {
    expect(nextResponseStatus(from, action)).toBe(to);
  });

  it('leaves rejected, selected and withdrawn final', () => {
    for (const final of ['rejected', 'selected', 'withdrawn'] as const) {
      expect(RESPONSE_ACTIONS.map((a) => nextResponseStatus(final, a))).toEqual([
        null,
        null,
        null,
        null,
      ]);
    }
  });

  it('lets only a hiring manager decide and only the interim withdraw', () => {
    expect(RESPONSE_TRANSITIONS.reject.actor).toBe('hiring_manager');
    expect(RESPONSE_TRANSITIONS.select.actor).toBe('hiring_manager');
    expect(RESPONSE_TRANSITIONS.withdraw.actor).toBe('interim');
  });
});
