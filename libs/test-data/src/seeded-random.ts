/**
 * A small, fast, seeded PRNG (mulberry32): the same seed gives the same data on every machine, so
 * the demo world, the generated interims and the benches' queries are the same on every run.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    // mulberry32 works from any state; a zero seed is moved off zero so seed 0 is not special.
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** [0, 1) */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** One item, chosen with probability proportional to its weight. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let r = this.next() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items[items.length - 1];
  }

  /** k distinct items, in random order (a partial Fisher-Yates: k draws, not one per item). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const n = Math.max(0, Math.min(k, copy.length));
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  /** All items, in random order. */
  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }

  /** Roughly normal (sum of uniforms), clamped. */
  normal(mean: number, sd: number, min: number, max: number): number {
    const z = (this.next() + this.next() + this.next() + this.next() - 2) * Math.sqrt(3);
    return Math.min(max, Math.max(min, mean + z * sd));
  }

  /** A string of n random digits (leading zeros allowed). */
  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += String(this.int(0, 9));
    return out;
  }

  /**
   * A v4-shaped UUID drawn from the stream, so generated ids are reproducible too. `unique` fills
   * the last twelve hex digits, so ids of different items never collide (the stream's state has
   * only 32 bits).
   */
  uuid(unique?: number): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    if (unique !== undefined) {
      const tail = unique.toString(16).padStart(12, '0').slice(-12);
      hex.splice(20, 12, ...tail);
    }
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

/** A seed for item `index` of a run seeded with `seed`: items can be generated independently. */
export function itemSeed(seed: number, index: number): number {
  let h = (seed ^ 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ index, 0xcc9e2d51) >>> 0;
  h = Math.imul((h << 15) | (h >>> 17), 0x1b873593) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}
