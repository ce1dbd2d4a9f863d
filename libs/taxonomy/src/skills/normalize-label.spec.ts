import { describe, expect, it } from '@jest/globals';
import { compactLabel, normalizeLabel } from './normalize-label';

describe('normalizeLabel', () => {
  it('lower-cases, folds accents and collapses whitespace', () => {
    expect(normalizeLabel('  Léiding   GEVEN\taan\nanderen ')).toBe('leiding geven aan anderen');
    expect(normalizeLabel('Financiële rapportage')).toBe('financiele rapportage');
    expect(normalizeLabel('Çoördinatie')).toBe('coordinatie');
  });

  it('keeps the punctuation that tells skills apart', () => {
    expect(normalizeLabel('C++')).toBe('c++');
    expect(normalizeLabel('C#')).toBe('c#');
    expect(normalizeLabel('SAP R/3')).toBe('sap r/3');
  });

  it('is idempotent and leaves nothing for an all-space input', () => {
    const once = normalizeLabel('Ärger  Management');
    expect(normalizeLabel(once)).toBe(once);
    expect(normalizeLabel(' \t ')).toBe('');
  });
});

describe('compactLabel', () => {
  it('drops spaces and hyphens so spelling variants meet', () => {
    expect(compactLabel(normalizeLabel('Leiding geven'))).toBe(compactLabel('leidinggeven'));
    expect(compactLabel('e-mail marketing')).toBe('emailmarketing');
  });
});
