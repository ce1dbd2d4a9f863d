import type { DataSource } from 'typeorm';
import { OccupationTitlesService, SkillVocabularyService } from '@gilde/taxonomy';
import { Decompounder } from './decompounder';
import { TextAnalyzer } from './text-analyzer';

/** The words a vocabulary holds (the taxonomy's SkillVocabularyService snapshot). */
export interface WordList {
  words(): readonly string[];
}

export interface AnalysisSources {
  /** The taxonomy's words, reloaded now and then (SkillVocabularyService). */
  vocabulary?: { get(): Promise<WordList> };
  /** Occupation titles in English and Dutch (OccupationTitlesService). */
  titles?: { list(): Promise<{ en: string; nl: string }[]> };
}

/**
 * The analyzer over the current vocabulary snapshot: rebuilt when the vocabulary is reloaded
 * (after a taxonomy import), shared by every search and index write meanwhile.
 */
export class SearchTextAnalysis {
  private current: { source: WordList; analyzer: Promise<TextAnalyzer> } | null = null;

  constructor(private readonly sources: AnalysisSources = {}) {}

  async get(): Promise<TextAnalyzer> {
    const source = this.sources.vocabulary ? await this.sources.vocabulary.get() : EMPTY;
    if (this.current?.source !== source) {
      const analyzer = this.build(source);
      this.current = { source, analyzer };
      // a failed load is not kept: the next call tries again
      analyzer.catch(() => {
        if (this.current?.analyzer === analyzer) this.current = null;
      });
    }
    return this.current.analyzer;
  }

  private async build(source: WordList): Promise<TextAnalyzer> {
    const titles = this.sources.titles ? await this.sources.titles.list() : [];
    return new TextAnalyzer(
      new Decompounder(source.words()),
      titles.map((t) => [t.en, t.nl]),
    );
  }
}

const EMPTY: WordList = { words: () => [] };

/** Text analysis over the taxonomy's words and occupation titles (both engines use it). */
export function taxonomyTextAnalysis(dataSource: DataSource): SearchTextAnalysis {
  return new SearchTextAnalysis({
    vocabulary: new SkillVocabularyService(dataSource),
    titles: new OccupationTitlesService(dataSource),
  });
}
