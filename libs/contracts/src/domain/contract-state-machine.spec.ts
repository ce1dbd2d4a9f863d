import { describe, expect, it } from '@jest/globals';
import { ApiException } from '@gilde/kernel';
import { ALLOWED_FROM, ContractAction, assertCanDo, canDo } from './contract-state-machine';
import { CONTRACT_STATUSES } from './contract-terms';

describe('contract state machine', () => {
  it('follows draft -> sent -> accepted -> active -> completed', () => {
    expect(canDo('send', 'draft')).toBe(true);
    expect(canDo('accept', 'sent')).toBe(true);
    expect(canDo('countersign', 'accepted')).toBe(true);
    expect(canDo('complete', 'active')).toBe(true);
    expect(canDo('review', 'completed')).toBe(true);
  });

  it('ends nowhere after completed, terminated or superseded', () => {
    for (const action of Object.keys(ALLOWED_FROM) as ContractAction[]) {
      for (const status of ['terminated', 'superseded'] as const) {
        expect(canDo(action, status)).toBe(false);
      }
      if (action !== 'review') expect(canDo(action, 'completed')).toBe(false);
    }
  });

  it('refuses with a 409 that names the current state', () => {
    expect(() => assertCanDo('countersign', 'sent')).toThrow(ApiException);
    try {
      assertCanDo('countersign', 'sent');
    } catch (err) {
      expect((err as ApiException).getStatus()).toBe(409);
      expect((err as ApiException).getResponse()).toMatchObject({
        code: 'state_conflict',
        state: 'sent',
      });
    }
    expect(() => assertCanDo('countersign', 'sent')).toThrow(
      'Cannot countersign this contract: it is sent.',
    );
  });

  it('only knows real states', () => {
    for (const states of Object.values(ALLOWED_FROM)) {
      for (const s of states) expect(CONTRACT_STATUSES).toContain(s);
    }
  });
});
