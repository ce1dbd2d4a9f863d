import { describe, expect, it } from '@jest/globals';
import { ResolvedSkill } from '@gilde/taxonomy';
import { mergeResolvedSkills } from './required-skills';

const resolved = (input: string, skillId: string | null, label = input): ResolvedSkill => ({
  input,
  skillId,
  label,
  matchedBy: skillId ? 'exact' : 'free_text',
  suggestions: [],
});

describe('mergeResolvedSkills', () => {
  it('stores the canonical label of a resolved skill and the tidied input of free text', () => {
    expect(
      mergeResolvedSkills(
        [
          { name: 'Manage  Budgets', weight: 3, mustHave: true },
          { name: '  Kwantum   boekhouding ', weight: 2, mustHave: false },
        ],
        [resolved('Manage  Budgets', 's1', 'manage budgets'), resolved('x', null)],
      ),
    ).toEqual([
      { skillId: 's1', name: 'manage budgets', weight: 3, mustHave: true },
      { skillId: null, name: 'Kwantum boekhouding', weight: 2, mustHave: false },
    ]);
  });

  it('merges names of the same skill, and free text that differs only in case or accents', () => {
    expect(
      mergeResolvedSkills(
        [
          { name: 'a', weight: 2, mustHave: false },
          { name: 'Café', weight: 1, mustHave: true },
          { name: 'b', weight: 5, mustHave: false },
          { name: 'cafe', weight: 4, mustHave: false },
        ],
        [
          resolved('a', 's1', 'A'),
          resolved('Café', null),
          resolved('b', 's1', 'A'),
          resolved('cafe', null),
        ],
      ),
    ).toEqual([
      { skillId: 's1', name: 'A', weight: 5, mustHave: false },
      { skillId: null, name: 'Café', weight: 4, mustHave: true },
    ]);
  });
});
