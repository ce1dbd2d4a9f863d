import { STOP_WORDS, words } from '../search-text';
import { Decompounder } from './decompounder';
import { JOB_SYNONYMS } from './job-lexicon';

/** A run of query words that is a known phrase ("human resources manager"), and what else it may be. */
export interface PhraseMatch {
  start: number;
  length: number;
  alternatives: string[][];
}

/** The meaningful words of a phrase, as a query sees them. */
const phraseWords = (text: string) => words(text).filter((w) => !STOP_WORDS.has(w));
const MAX_PHRASE_WORDS = 6;

/** A query word's alternatives: any one may match; each is a list of words that must all match. */
export type Alternatives = string[][];

/**
 * Dutch and English text analysis shared by indexing and querying, for every engine:
 * compounds split against the vocabulary (indexed as their parts too), Dutch and English
 * synonyms, and typo-tolerant reading of long compounds. Stemming is PostgreSQL's (dutch and
 * english snowball configurations), applied by the PostgreSQL engine on both sides.
 */
export class TextAnalyzer {
  private readonly synonyms = new Map<string, string[][]>();
  private readonly phrases = new Map<string, string[][]>();
  /** Every group of equivalent phrases, for engines with a synonyms setting. */
  readonly synonymGroups: readonly (readonly string[])[];

  /**
   * `titles`: more groups of equivalent phrases, such as the taxonomy's occupation titles in
   * English and Dutch ("human resources manager", "hoofd personeelszaken").
   */
  constructor(
    readonly decompounder: Decompounder,
    titles: readonly (readonly string[])[] = [],
  ) {
    this.synonymGroups = [...JOB_SYNONYMS, ...titles];
    for (const group of [...JOB_SYNONYMS, ...titles]) {
      const members = [
        ...new Map(
          group
            .map(phraseWords)
            .filter((p) => p.length > 0 && p.length <= MAX_PHRASE_WORDS)
            .map((p) => [p.join(' '), p] as const),
        ).values(),
      ];
      for (const member of members) {
        const key = member.join(' ');
        const into = member.length === 1 ? this.synonyms : this.phrases;
        const known = into.get(key) ?? [];
        for (const other of members) {
          const otherKey = other.join(' ');
          if (otherKey !== key && !known.some((k) => k.join(' ') === otherKey)) known.push(other);
        }
        if (known.length) into.set(key, known);
      }
    }
  }

  /** Runs of two or more query words that are known phrases, longest first, not overlapping. */
  phraseMatches(terms: string[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    for (let start = 0; start < terms.length;) {
      let found: PhraseMatch | null = null;
      for (
        let length = Math.min(MAX_PHRASE_WORDS, terms.length - start);
        length >= 2;
        length -= 1
      ) {
        const alternatives = this.phrases.get(terms.slice(start, start + length).join(' '));
        if (alternatives) {
          found = { start, length, alternatives };
          break;
        }
      }
      if (found) out.push(found);
      start += found ? found.length : 1;
    }
    return out;
  }

  /**
   * Indexed form of one folded text: the text, then the parts of each of its words that splits,
   * in order (the SQL rebuild produces the same from a word-to-parts map).
   */
  analyse(folded: string): string {
    const extra = this.partsText(folded);
    return extra ? `${folded} ${extra}` : folded;
  }

  /** The parts of the compounds of a folded text, in order. */
  partsText(folded: string): string {
    return folded
      .split(' ')
      .map((w) => (w ? this.decompounder.split(w) : null))
      .filter((p): p is string[] => !!p)
      .map((p) => p.join(' '))
      .join(' ');
  }

  /** Word → its parts, for the words that split: the map the SQL rebuild joins. */
  partsMap(words: Iterable<string>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const w of words) {
      const parts = this.decompounder.split(w);
      if (parts) out[w] = parts.join(' ');
    }
    return out;
  }

  /** The other words and phrases meaning the same as this word. */
  synonymsOf(word: string): string[][] {
    return this.synonyms.get(word) ?? [];
  }

  /**
   * What a query word may match besides itself: its synonyms, and its compound parts (each part
   * or a synonym of it), read with a typo when the word is a mistyped compound.
   */
  queryAlternatives(word: string): {
    alternatives: Alternatives;
    partAlternatives: Alternatives[];
    corrected: string | null;
  } {
    const alternatives: Alternatives = [[word], ...this.synonymsOf(word)];
    const read = this.decompounder.decompose(word);
    if (read?.corrected) alternatives.push([read.corrected], ...this.synonymsOf(read.corrected));
    const partAlternatives = (read?.parts ?? []).map((p) => [[p], ...this.synonymsOf(p)]);
    return { alternatives, partAlternatives, corrected: read?.corrected ?? null };
  }

  /**
   * The query for an engine without compound analysis (Meilisearch, whose documents carry the
   * parts): each compound, mistyped or not, replaced by its parts.
   */
  rewriteQuery(words: string[]): string {
    return words.map((w) => this.decompounder.decompose(w)?.parts.join(' ') ?? w).join(' ');
  }
}
