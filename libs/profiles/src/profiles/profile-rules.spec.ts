import { ApiException } from '@gilde/kernel';
import { describe, expect, it } from '@jest/globals';
import {
  assertNoOverlaps,
  assertNoRepeatedCredentials,
  assertNoRepeatedSkillNames,
  assertNoSkillResolvedTwice,
} from './profile-rules';

const period = (from: string, to: string) => ({ from, to, hoursPerWeek: 24 });
const resolved = (input: string, skillId: string | null) => ({
  input,
  skillId,
  label: skillId ? `label ${skillId}` : input,
  matchedBy: skillId ? ('exact' as const) : ('free_text' as const),
  suggestions: [],
});

/** The 400's message list, as the client receives it; '' when nothing was thrown. */
function refusal(check: () => void): string {
  try {
    check();
    return '';
  } catch (err) {
    expect(err).toBeInstanceOf(ApiException);
    expect((err as ApiException).getStatus()).toBe(400);
    expect((err as ApiException).code).toBe('validation_failed');
    return JSON.stringify((err as ApiException).getResponse());
  }
}

describe('profile rules', () => {
  it('allows adjacent periods and refuses overlapping or touching ones', () => {
    const jan = period('2026-01-01', '2026-01-31');
    expect(refusal(() => assertNoOverlaps([jan, period('2026-02-01', '2026-02-28')]))).toBe('');
    expect(refusal(() => assertNoOverlaps([jan, period('2026-01-31', '2026-02-28')]))).toContain(
      'periods must not overlap: 2026-01-01..2026-01-31 and 2026-01-31..2026-02-28',
    );
    // Named by its place in the list as sent, whatever the order.
    expect(refusal(() => assertNoOverlaps([period('2026-01-31', '2026-02-28'), jan]))).toContain(
      '"fields":[{"field":"periods.0.from","code":"overlaps"',
    );
    const year = period('2026-01-01', '2026-12-31');
    expect(refusal(() => assertNoOverlaps([year, period('2026-03-01', '2026-03-02')]))).toContain(
      'periods must not overlap',
    );
  });

  it('treats skill names that differ only in case, accents or spaces as the same', () => {
    expect(
      refusal(() => assertNoRepeatedSkillNames(['Financiële planning', 'financiele  PLANNING'])),
    ).toContain('{"field":"skills.1.name","code":"duplicate"');
    expect(
      refusal(() => assertNoRepeatedSkillNames(['Financiële planning', 'financiele  PLANNING'])),
    ).toContain('list each skill once');
    expect(refusal(() => assertNoRepeatedSkillNames(['budgetting', 'budgets']))).toBe('');
  });

  it('refuses two names that resolve to the same canonical skill, but not two free-text ones', () => {
    expect(
      refusal(() =>
        assertNoSkillResolvedTwice([resolved('budgets', 'a'), resolved('begroting', 'a')]),
      ),
    ).toContain('skills \\"budgets\\" and \\"begroting\\" are the same skill');
    expect(
      refusal(() =>
        assertNoSkillResolvedTwice([resolved('budgets', 'a'), resolved('begroting', 'a')]),
      ),
    ).toContain('{"field":"skills.1.name","code":"same_skill"');
    expect(
      refusal(() => assertNoSkillResolvedTwice([resolved('x', null), resolved('y', null)])),
    ).toBe('');
  });

  it('refuses the same credential twice', () => {
    const c = { type: 'RQIM' as const, number: '1', validUntil: '2030-01-01' };
    expect(refusal(() => assertNoRepeatedCredentials([c, { ...c }]))).toContain(
      '{"field":"credentials.1","code":"duplicate","message":"credentials lists the same credential twice"}',
    );
    expect(
      refusal(() => assertNoRepeatedCredentials([c, { ...c, validUntil: '2031-01-01' }])),
    ).toBe('');
  });
});
