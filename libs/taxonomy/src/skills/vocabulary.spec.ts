import { describe, expect, it } from '@jest/globals';
import { trigrams, Vocabulary } from './vocabulary';

const vocabulary = new Vocabulary([
  { word: 'project', frequency: 326 },
  { word: 'projects', frequency: 144 },
  { word: 'management', frequency: 1871 },
  { word: 'manage', frequency: 899 },
  { word: 'members', frequency: 24 },
  { word: 'mergers', frequency: 4 },
  { word: 'leidinggeven', frequency: 3 },
]);

describe('Vocabulary', () => {
  it('computes trigrams the way pg_trgm does', () => {
    expect([...trigrams('cat')].sort()).toEqual(['  c', ' ca', 'at ', 'cat']);
  });

  it('knows words and the words they start', () => {
    expect(vocabulary.frequencyOf('manage')).toBe(899);
    expect(vocabulary.frequencyOf('manag')).toBeUndefined();
    expect(vocabulary.hasPrefix('manag')).toBe(true);
    expect(vocabulary.hasPrefix('leidingg')).toBe(true);
    expect(vocabulary.hasPrefix('projet')).toBe(false);
    expect(vocabulary.hasPrefix('zz')).toBe(false);
  });

  it('offers the closest words for a typo, most similar first', () => {
    expect(vocabulary.closest('projet', 2).map((c) => c.word)).toEqual(['project', 'projects']);
    expect(vocabulary.closest('managment', 1)).toEqual([{ word: 'management', frequency: 1871 }]);
    // A transposition keeps enough trigrams to be found among the candidates.
    expect(vocabulary.closest('mebmers', 3).map((c) => c.word)).toContain('members');
    expect(vocabulary.closest('xyzzy', 3)).toEqual([]);
  });
});
