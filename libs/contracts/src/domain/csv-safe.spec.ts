import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { csvSafe, safeCsv } from './csv-safe';

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** What a naive importer would see as the cells of the text: split on any separator. */
function segments(text: string): string[] {
  return text.split(/[;,\t\n\r]/u).map((s) => s.replace(/^[\p{Zs}"]*/u, ''));
}

/** Strings rich in separators, quotes, spaces and formula characters, and arbitrary ones. */
const hostile = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      ...'=+-@\t\r\n;,"\' aZ1(＝＋－＠\u00A0\u3000',
      'HYPERLINK("http://evil")',
      'cmd|',
    ),
    maxLength: 40,
  }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('csvSafe', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+31 6 1234', `'+31 6 1234`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['Jan;=2+3;', `Jan;'=2+3;`],
    ['Jan,+1', `Jan,'+1`],
    ['a\n@b', `a\n'@b`],
    ['a; =1', `a; '=1`],
    ['a;"=1', `a;"'=1`],
    ['＝1+1', `'＝1+1`],
    ['Piet;＠x', `Piet;'＠x`],
    ['Interim CFO; Utrecht, NL', 'Interim CFO; Utrecht, NL'],
    ['Noord-Holland', 'Noord-Holland'],
    ['', ''],
  ])('neutralises %j', (input, expected) => {
    expect(csvSafe(input)).toBe(expected);
  });

  it('keeps numbers and empties nulls', () => {
    expect(csvSafe(-5)).toBe('-5');
    expect(csvSafe(null)).toBe('');
    expect(csvSafe(undefined)).toBe('');
  });

  it('never leaves a segment that starts a formula, whatever an importer splits on', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const cell = csvSafe(value);
        // Only quotes are added: nothing of the value is lost or changed.
        expect(cell.replaceAll("'", '')).toBe(value.replaceAll("'", ''));
        for (const segment of segments(cell)) expect(segment).not.toMatch(FORMULA_START);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('safeCsv', () => {
  it('quotes every field and no segment of the written text starts a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(hostile, { minLength: 3, maxLength: 3 }), { maxLength: 4 }),
        (rows) => {
          const text = safeCsv(['a', 'b', 'c'], rows);
          const parsed: string[][] = parse(text, { relax_column_count: false });
          expect(parsed).toEqual([['a', 'b', 'c'], ...rows.map((r) => r.map((v) => csvSafe(v)))]);
          for (const segment of segments(text)) expect(segment).not.toMatch(FORMULA_START);
          // Every field, empty ones too, is enclosed in quotes: the text is quoted fields only.
          expect(text).toMatch(/^(?:"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*\n)+$/u);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes Jan;=2+3; so that a semicolon importer sees text, not a formula', () => {
    expect(safeCsv(['name', 'rate'], [['Jan;=2+3;', 1100]])).toBe(
      `"name","rate"\n"Jan;'=2+3;","1100"\n`,
    );
  });
});
