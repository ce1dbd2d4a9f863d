/** Trigram similarity from which a vocabulary word is taken as the likely intended word. */
const MIN_SIMILARITY = 0.3;

/** One snapshot of skill_words, with a trigram index for typo correction in memory. */
export class Vocabulary {
  private readonly sorted: string[];
  private readonly frequency: Map<string, number>;
  private readonly trigramCount = new Map<string, number>();
  private readonly byTrigram = new Map<string, string[]>();

  constructor(rows: { word: string; frequency: number }[]) {
    this.frequency = new Map(rows.map((row) => [row.word, row.frequency]));
    this.sorted = [...this.frequency.keys()].sort();
    for (const word of this.sorted) {
      const own = trigrams(word);
      this.trigramCount.set(word, own.size);
      for (const trigram of own) {
        const words = this.byTrigram.get(trigram);
        if (words) words.push(word);
        else this.byTrigram.set(trigram, [word]);
      }
    }
  }

  /** Every word, sorted: search splits Dutch compounds against them. */
  words(): readonly string[] {
    return this.sorted;
  }

  get size(): number {
    return this.sorted.length;
  }

  /** How many labels use the word; undefined when it is not a word of any label. */
  frequencyOf(word: string): number | undefined {
    return this.frequency.get(word);
  }

  /** Some vocabulary word starts with `prefix`. */
  hasPrefix(prefix: string): boolean {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.sorted[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    return low < this.sorted.length && this.sorted[low].startsWith(prefix);
  }

  /**
   * The closest words by trigram similarity (as pg_trgm computes it), most similar first, then
   * the most used. Only words sharing a trigram are compared.
   */
  closest(word: string, count: number): { word: string; frequency: number }[] {
    const own = trigrams(word);
    const shared = new Map<string, number>();
    for (const trigram of own) {
      for (const candidate of this.byTrigram.get(trigram) ?? []) {
        shared.set(candidate, (shared.get(candidate) ?? 0) + 1);
      }
    }
    const scored: { word: string; frequency: number; similarity: number }[] = [];
    for (const [candidate, common] of shared) {
      const similarity = common / (own.size + (this.trigramCount.get(candidate) ?? 0) - common);
      if (similarity >= MIN_SIMILARITY) {
        scored.push({ word: candidate, frequency: this.frequency.get(candidate) ?? 0, similarity });
      }
    }
    return scored
      .sort(
        (a, b) =>
          b.similarity - a.similarity ||
          b.frequency - a.frequency ||
          (a.word < b.word ? -1 : a.word > b.word ? 1 : 0),
      )
      .slice(0, count)
      .map(({ word: w, frequency }) => ({ word: w, frequency }));
  }
}

/** pg_trgm's trigrams of one word: padded with two spaces before and one after. */
export function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const result = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) result.add(padded.slice(i, i + 3));
  return result;
}
