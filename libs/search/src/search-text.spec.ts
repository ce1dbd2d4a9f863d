import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { renderTsQuery } from './analysis/ts-query';
import { foldedText, queryWords } from './search-text';

describe('search text', () => {
  it('folds case and accents and drops function words from queries', () => {
    expect(queryWords('Financiële  Controller in de Zorg')).toEqual([
      'financiele',
      'controller',
      'zorg',
    ]);
    expect(foldedText(['Interim-CFO', null, 'Zorg & Welzijn'])).toBe('interim cfo zorg welzijn');
  });

  it('builds a tsquery of quoted words only, whatever was typed', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const query = renderTsQuery({ all: queryWords(input).map((w) => ({ any: [w, w + 's'] })) });
        // only quoted lexemes, bars, ampersands, brackets and spaces
        expect(query.replace(/'[\p{L}\p{N}]+'/gu, '')).toMatch(/^[()|& ]*$/u);
      }),
      { numRuns: 300 },
    );
    expect(
      renderTsQuery({
        all: [{ any: ['finacieel', 'financieel'] }, { any: ['zorg', { all: ['zorg'] }] }],
      }),
    ).toBe("(('finacieel' | 'financieel') & 'zorg')");
  });
});
