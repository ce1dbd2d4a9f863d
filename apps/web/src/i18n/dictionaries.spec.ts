import { describe, expect, it } from '@jest/globals';
import { en } from './en';
import { nl } from './nl';

type Entry = string | ((...args: never[]) => string);

/** Every leaf of a dictionary by its dotted key. */
function leaves(dict: object, prefix = ''): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const [key, value] of Object.entries(dict)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of leaves(value as object, path)) out.set(k, v);
    } else {
      out.set(path, value as Entry);
    }
  }
  return out;
}

/**
 * A function entry rendered with recognisable arguments: numbers first (they also interpolate
 * as strings), strings when the entry needs string methods.
 */
function render(entry: (...args: unknown[]) => string): { text: string; args: string[] } {
  const args = Array.from({ length: entry.length }, (_, i) => 7301 + i);
  try {
    return { text: entry(...args), args: args.map(String) };
  } catch {
    const words = args.map((n) => `arg${n}`);
    return { text: entry(...words), args: words };
  }
}

const EN = leaves(en);
const NL = leaves(nl);

describe('the dictionaries', () => {
  it('have the same keys in English and Dutch', () => {
    expect([...NL.keys()].filter((k) => !EN.has(k))).toEqual([]);
    expect([...EN.keys()].filter((k) => !NL.has(k))).toEqual([]);
  });

  it('have no empty texts', () => {
    const empty = [...EN, ...NL]
      .filter(([, v]) => typeof v === 'string' && !v.trim())
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatches: string[] = [];
    for (const [key, enEntry] of EN) {
      const nlEntry = NL.get(key);
      if (typeof enEntry !== typeof nlEntry) {
        mismatches.push(`${key}: text in one language, function in the other`);
        continue;
      }
      if (typeof enEntry !== 'function' || typeof nlEntry !== 'function') continue;
      if (enEntry.length !== nlEntry.length) {
        mismatches.push(`${key}: ${enEntry.length} vs ${nlEntry.length} arguments`);
        continue;
      }
      const a = render(enEntry as (...args: unknown[]) => string);
      const b = render(nlEntry as (...args: unknown[]) => string);
      const used = (r: typeof a) =>
        r.args.filter((arg) => r.text.includes(arg)).map((arg) => r.args.indexOf(arg));
      if (!a.text.trim() || !b.text.trim()) mismatches.push(`${key}: renders empty`);
      if (JSON.stringify(used(a)) !== JSON.stringify(used(b))) {
        mismatches.push(`${key}: "${a.text}" vs "${b.text}"`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
