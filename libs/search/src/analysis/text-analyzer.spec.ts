import { describe, expect, it } from '@jest/globals';
import { Decompounder } from './decompounder';
import { TextAnalyzer } from './text-analyzer';
import { renderTsQuery } from './ts-query';

/** A few taxonomy words beside the curated job words, as SkillVocabularyService would give them. */
const analyzer = new TextAnalyzer(
  new Decompounder(['understanding', 'under', 'standing', 'afval', 'netwerk', 'kwaliteit']),
  [['human resources manager', 'hoofd personeelszaken']],
);
const d = analyzer.decompounder;

describe('Dutch and English text analysis', () => {
  it('splits Dutch compounds into job words, with the linking s', () => {
    expect(d.split('verandermanagement')).toEqual(['verander', 'management']);
    expect(d.split('projectmanagement')).toEqual(['project', 'management']);
    expect(d.split('kwaliteitsmanager')).toEqual(['kwaliteit', 'manager']);
    expect(d.split('afvalbeheer')).toEqual(['afval', 'beheer']);
  });

  it('leaves short words and English words made of two words whole', () => {
    expect(d.split('manager')).toBeNull();
    expect(d.split('directeur')).toBeNull();
    expect(d.split('understanding')).toBeNull();
  });

  it('reads a mistyped compound as the compound it most likely is', () => {
    expect(d.decompose('projectmanagment')).toEqual({
      parts: ['project', 'management'],
      corrected: 'projectmanagement',
    });
    expect(d.decompose('kwaliteitsmanger')?.parts).toEqual(['kwaliteit', 'manager']);
    expect(d.decompose('xyzxyzxyzxyz')).toBeNull();
  });

  it('indexes a text with the parts of its compounds appended, in order', () => {
    expect(analyzer.analyse('interim verandermanagement en projectleider')).toBe(
      'interim verandermanagement en projectleider verander management project leider',
    );
    expect(analyzer.analyse('interim manager')).toBe('interim manager');
  });

  it('expands a query word to its synonyms and to its parts and their synonyms', () => {
    const { alternatives, partAlternatives } = analyzer.queryAlternatives('verandermanagement');
    expect(alternatives).toContainEqual(['change', 'management']);
    expect(partAlternatives[0]).toContainEqual(['change']);
    expect(partAlternatives[1]).toContainEqual(['beheer']);
  });

  it('finds job titles in the other language as phrases of the query', () => {
    const [match, ...more] = analyzer.phraseMatches(['senior', 'human', 'resources', 'manager']);
    expect(more).toEqual([]);
    expect(match).toMatchObject({ start: 1, length: 3 });
    expect(match.alternatives).toContainEqual(['hoofd', 'personeelszaken']);
    expect(analyzer.phraseMatches(['resources', 'manager'])).toEqual([]);
  });

  it('rewrites compounds into their parts for an engine that cannot split them', () => {
    expect(analyzer.rewriteQuery(['projectmanagment', 'utrecht'])).toBe(
      'project management utrecht',
    );
  });

  it('renders nested alternatives as a tsquery of quoted lexemes', () => {
    expect(
      renderTsQuery({ all: [{ any: ['verandermanagement', { all: ['change', 'management'] }] }] }),
    ).toBe("('verandermanagement' | ('change' & 'management'))");
  });
});
