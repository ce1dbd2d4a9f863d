import { describe, expect, it } from '@jest/globals';
import { addNamed, removeAt, updateAt } from './rows';

describe('form rows', () => {
  const rows = [
    { name: 'Finance', level: 3 },
    { name: 'Lean', level: 2 },
  ];

  it('changes one row and removes one, leaving the others and the input as they were', () => {
    expect(updateAt(rows, 1, { level: 5 })).toEqual([
      { name: 'Finance', level: 3 },
      { name: 'Lean', level: 5 },
    ]);
    expect(removeAt(rows, 0)).toEqual([{ name: 'Lean', level: 2 }]);
    expect(rows[1].level).toBe(2);
  });

  it('adds a named row once, whatever its casing', () => {
    expect(addNamed(rows, { name: 'finance', level: 1 })).toBe(rows);
    expect(addNamed(rows, { name: 'Agile', level: 1 })).toHaveLength(3);
  });
});
