import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { allOf, and, anyOf, eq, epochDay, gte, quoteFilterValue } from './meili-filter';

/**
 * A small reader of Meilisearch's filter grammar, enough to prove a built filter is one term:
 * tokens are words, operators, brackets and double-quoted strings with backslash escapes.
 */
function tokenize(filter: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < filter.length) {
    const c = filter[i];
    if (c === ' ') {
      i++;
    } else if (c === '"') {
      let value = '';
      i++;
      while (i < filter.length && filter[i] !== '"') {
        if (filter[i] === '\\') i++;
        value += filter[i] ?? '';
        i++;
      }
      if (filter[i] !== '"') throw new Error('unterminated string');
      i++;
      tokens.push(`STR:${value}`);
    } else if ('()[],'.includes(c)) {
      tokens.push(c);
      i++;
    } else {
      let word = '';
      while (i < filter.length && !' ()[],"'.includes(filter[i])) word += filter[i++];
      tokens.push(word);
    }
  }
  return tokens;
}

// eslint-disable-next-line no-control-regex
const visible = (s: string) => s.replace(/[\u0000-\u001f\u007f]/gu, '').slice(0, 200);

describe('Meilisearch filter building', () => {
  it('keeps any user string inside one quoted value of one equality term', () => {
    const nasty = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '" OR visibility = "hidden',
        '\\" OR 1 = 1',
        'a) OR (b',
        "x' OR 'y",
        '\u0000',
        '👩‍💼 zorg',
        '\\',
      ),
    );
    fc.assert(
      fc.property(nasty, (value) => {
        const tokens = tokenize(eq('sectors', value));
        expect(tokens).toEqual(['sectors', '=', `STR:${visible(value)}`]);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every value of a list inside its own quotes', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (values) => {
        const tokens = tokenize(anyOf('languages', values));
        const strings = tokens.filter((t) => t.startsWith('STR:'));
        expect(strings).toEqual(values.map((v) => `STR:${visible(v)}`));
        expect(tokens.filter((t) => t === 'OR' || t === 'AND')).toEqual([]);
      }),
    );
  });

  it('combines terms with AND inside brackets', () => {
    expect(and(eq('sector', 'healthcare'), undefined, gte('remoteShare', 50))).toBe(
      '(sector = "healthcare") AND (remoteShare >= 50)',
    );
    expect(allOf('skillIds', ['a', 'b'])).toBe('(skillIds = "a") AND (skillIds = "b")');
    expect(and()).toBe('');
  });

  it('refuses numbers that are not finite and dates that are not dates', () => {
    expect(() => gte('rateBand', Number.NaN)).toThrow(RangeError);
    expect(() => epochDay('tomorrow')).toThrow(RangeError);
    expect(epochDay('1970-01-02')).toBe(1);
  });

  it('escapes backslashes and quotes', () => {
    expect(quoteFilterValue('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
});
