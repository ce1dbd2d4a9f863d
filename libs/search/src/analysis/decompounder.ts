import { JOB_WORD_PARTS } from './job-lexicon';

/** Shorter words are never split: "interim", "manager" and "directeur" stay whole. */
export const MIN_COMPOUND_LENGTH = 8;
/** A part must have this many letters, unless it is a curated short part ("ict"). */
const MIN_PART_LENGTH = 4;
/** How close (pg_trgm's similarity) a mistyped part must be to the word it is read as. */
const PART_SIMILARITY = 0.5;
/** A mistyped part must be this long: shorter fragments match too many words. */
const MIN_FUZZY_PART_LENGTH = 5;
const MAX_PARTS = 4;

/** pg_trgm's trigrams of one word: padded with two spaces before and one after. */
function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) out.add(padded.slice(i, i + 3));
  return out;
}

export interface Decomposition {
  /** The parts, without linking letters: verandermanagement → verander, management. */
  parts: string[];
  /** The word as read when a part was mistyped (projectmanagment → projectmanagement). */
  corrected: string | null;
}

/**
 * Splits Dutch compounds into words of a vocabulary (the taxonomy's words and the curated job
 * words), allowing the linking "s" (bedrijf-s-voering). A split needs at least one curated job
 * word among its parts, so English words that happen to be two words ("understanding") stay
 * whole. At query time one part may carry a typo, corrected against the same vocabulary.
 */
export class Decompounder {
  private readonly vocabulary: Set<string>;
  private readonly curated = new Set(JOB_WORD_PARTS);
  private readonly byTrigram = new Map<string, string[]>();
  private readonly trigramCount = new Map<string, number>();
  private readonly exactCache = new Map<string, string[] | null>();
  private readonly queryCache = new Map<string, Decomposition | null>();

  constructor(words: Iterable<string>) {
    this.vocabulary = new Set(JOB_WORD_PARTS);
    for (const w of words) {
      if (w.length >= MIN_PART_LENGTH && /^\p{L}+$/u.test(w)) this.vocabulary.add(w);
    }
    for (const word of this.vocabulary) {
      const own = trigrams(word);
      this.trigramCount.set(word, own.size);
      for (const t of own) {
        const list = this.byTrigram.get(t);
        if (list) list.push(word);
        else this.byTrigram.set(t, [word]);
      }
    }
  }

  private isPart(segment: string): boolean {
    return (
      (segment.length >= MIN_PART_LENGTH || this.curated.has(segment)) &&
      this.vocabulary.has(segment)
    );
  }

  /**
   * The exact split with the fewest parts (then the longest first part), or null. Deterministic
   * for one vocabulary: the index and the rebuild's SQL projection rely on it.
   */
  split(word: string): string[] | null {
    if (word.length < MIN_COMPOUND_LENGTH) return null;
    const cached = this.exactCache.get(word);
    if (cached !== undefined) return cached;
    const parts = this.bestSplit(word, 0, new Map());
    const result =
      parts && parts.length > 1 && parts.some((p) => this.curated.has(p)) ? parts : null;
    if (this.exactCache.size > 50_000) this.exactCache.clear();
    this.exactCache.set(word, result);
    return result;
  }

  /** Fewest parts covering word[from..]; linking "s" may follow a part that is not the last. */
  private bestSplit(
    word: string,
    from: number,
    memo: Map<number, string[] | null>,
  ): string[] | null {
    if (from === word.length) return [];
    if (memo.has(from)) return memo.get(from)!;
    let best: string[] | null = null;
    // the word itself is no split of itself, even when the vocabulary holds it
    for (let end = from === 0 ? word.length - 1 : word.length; end > from; end -= 1) {
      const segment = word.slice(from, end);
      if (!this.isPart(segment)) continue;
      for (const next of word[end] === 's' && end < word.length - 1 ? [end, end + 1] : [end]) {
        const rest = this.bestSplit(word, next, memo);
        if (rest && rest.length + 1 <= MAX_PARTS && (!best || rest.length + 1 < best.length)) {
          best = [segment, ...rest];
        }
      }
    }
    memo.set(from, best);
    return best;
  }

  /** The closest vocabulary word to a mistyped fragment, or null. */
  correct(segment: string): string | null {
    if (segment.length < MIN_FUZZY_PART_LENGTH) return null;
    const own = trigrams(segment);
    const shared = new Map<string, number>();
    for (const t of own) {
      for (const w of this.byTrigram.get(t) ?? []) shared.set(w, (shared.get(w) ?? 0) + 1);
    }
    let best: { word: string; similarity: number } | null = null;
    for (const [w, common] of shared) {
      const similarity = common / (own.size + (this.trigramCount.get(w) ?? 0) - common);
      if (
        similarity >= PART_SIMILARITY &&
        (!best || similarity > best.similarity || (similarity === best.similarity && w < best.word))
      ) {
        best = { word: w, similarity };
      }
    }
    return best?.word ?? null;
  }

  /**
   * A query word's parts: an exact split, else the whole word corrected to a vocabulary compound,
   * else a split whose first or last part is mistyped (projectmanagment → project, management).
   */
  decompose(word: string): Decomposition | null {
    const cached = this.queryCache.get(word);
    if (cached !== undefined) return cached;
    const result = this.readCompound(word);
    if (this.queryCache.size > 10_000) this.queryCache.clear();
    this.queryCache.set(word, result);
    return result;
  }

  private readCompound(word: string): Decomposition | null {
    const exact = this.split(word);
    if (exact) return { parts: exact, corrected: null };
    if (word.length < MIN_COMPOUND_LENGTH) return null;
    const whole = this.correct(word);
    if (whole && whole !== word) {
      const parts = this.split(whole);
      if (parts) return { parts, corrected: whole };
    }
    for (let at = MIN_PART_LENGTH; at <= word.length - MIN_PART_LENGTH; at += 1) {
      const head = word.slice(0, at);
      const tail = word.slice(at);
      // the head may end in a linking "s": kwaliteits|manger
      const linked =
        head.endsWith('s') && this.isPart(head.slice(0, -1)) ? head.slice(0, -1) : null;
      const headParts = this.isPart(head) ? [head] : linked ? [linked] : this.split(head);
      const fixedTail = headParts && !this.isPart(tail) ? this.correct(tail) : null;
      if (headParts && fixedTail) {
        const parts = [...headParts, fixedTail];
        if (parts.some((p) => this.curated.has(p))) return { parts, corrected: head + fixedTail };
      }
      const tailParts = this.isPart(tail) ? [tail] : this.split(tail);
      const fixedHead = tailParts && !this.isPart(head) ? this.correct(head) : null;
      if (tailParts && fixedHead) {
        const parts = [fixedHead, ...tailParts];
        if (parts.some((p) => this.curated.has(p))) {
          return { parts, corrected: fixedHead + tailParts.join('') };
        }
      }
    }
    return null;
  }
}
