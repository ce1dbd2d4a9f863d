import { describe, expect, it } from '@jest/globals';
import { csvSafe } from './csv-safe';

describe('csvSafe', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+31 6 1234', `'+31 6 1234`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['Interim CFO', 'Interim CFO'],
    ['', ''],
  ])('neutralises %j', (input, expected) => {
    expect(csvSafe(input)).toBe(expected);
  });

  it('keeps numbers and empties nulls', () => {
    expect(csvSafe(-5)).toBe('-5');
    expect(csvSafe(null)).toBe('');
    expect(csvSafe(undefined)).toBe('');
  });
});
