import { Decompounder } from './decompounder';
import { JOB_SYNONYMS } from './job-lexicon';

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

  constructor(readonly decompounder: Decompounder) {
    for (const group of JOB_SYNONYMS) {
      const phrases = group.map((p) => p.split(' '));
      for (const phrase of phrases) {
        if (phrase.length !== 1) continue;
        const known = this.synonyms.get(phrase[0]) ?? [];
        for (const other of phrases) if (other.join(' ') !== phrase[0]) known.push(other);
        this.synonyms.set(phrase[0], known);
      }
    }
  }

  /**
   * Indexed form of one folded text: the text, then the parts of each distinct compound in it
   * (sorted by word, so the SQL rebuild can produce the same from a word-to-parts map).
   */
  analyse(folded: string): string {
    const extra = this.partsText(folded);
    return extra ? `${folded} ${extra}` : folded;
  }

  /** The parts of the distinct compounds of a folded text, in word order (C collation). */
  partsText(folded: string): string {
    const distinct = [...new Set(folded.split(' ').filter(Boolean))].sort();
    return distinct
      .map((w) => this.decompounder.split(w))
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
