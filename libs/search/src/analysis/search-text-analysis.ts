import { Decompounder } from './decompounder';
import { TextAnalyzer } from './text-analyzer';

/** The words a vocabulary holds (the taxonomy's SkillVocabulary snapshot). */
export interface WordList {
  words(): readonly string[];
}

/**
 * The analyzer over the current vocabulary snapshot: rebuilt when the vocabulary is reloaded
 * (after a taxonomy import), shared by every search and index write meanwhile.
 */
export class SearchTextAnalysis {
  private current: { source: WordList; analyzer: TextAnalyzer } | null = null;

  constructor(private readonly vocabulary: { get(): Promise<WordList> } | null) {}

  async get(): Promise<TextAnalyzer> {
    const source = this.vocabulary ? await this.vocabulary.get() : EMPTY;
    if (this.current?.source !== source) {
      this.current = { source, analyzer: new TextAnalyzer(new Decompounder(source.words())) };
    }
    return this.current.analyzer;
  }
}

const EMPTY: WordList = { words: () => [] };
