/**
 * Measures skill autocomplete (GET /skills/suggest's query path) on the full ESCO taxonomy.
 *   npm run bench:suggest                       2000 queries against $DATABASE_URL (dev database)
 *   npm run bench:suggest -- --runs=5000 --seed=7
 * Queries are a fixed-seed mix of label prefixes (English and Dutch, preferred and synonyms) and
 * mistyped words, run one after another. Prints p50/p95/p99 in ms; exits 1 when p95 >= 10 ms.
 * Also prints the PostgreSQL settings and p95 against a fixed query timed in the same run
 * (scripts/bench); --save=FILE keeps the run, --compare=FILE compares under the same settings.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig } from '@gilde/kernel';
import {
  ensureTaxonomyImported,
  SkillSuggesterService,
  SkillVocabularyService,
} from '@gilde/taxonomy';
import { SeededRandom } from '@gilde/test-data';
import { postgresBaseline } from './bench/bench-baselines';
import {
  type Baselines,
  formatFigure,
  latencyFigure,
  parseArgs,
  printBaselines,
  rateFigure,
  saveAndCompare,
} from './bench/bench-figures';
import { captureSettings, printSettings } from './bench/bench-settings';

const TARGET_P95_MS = 10;

type Kind = 'prefix-en' | 'prefix-nl' | 'synonym' | 'word' | 'typo' | 'short';

function arg(name: string, fallback: number): number {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${name} must be a positive integer`);
  return value;
}

/** One typing slip in the longest word: a dropped, doubled, swapped or wrong letter. */
function typo(label: string, rnd: () => number): string {
  const words = label.split(' ');
  const index = words.reduce((best, w, i) => (w.length > words[best].length ? i : best), 0);
  const w = words[index];
  if (w.length < 5) return label;
  const at = 1 + Math.floor(rnd() * (w.length - 2));
  const slips = [
    () => w.slice(0, at) + w.slice(at + 1),
    () => w.slice(0, at) + w[at] + w.slice(at),
    () => w.slice(0, at - 1) + w[at] + w[at - 1] + w.slice(at + 1),
    () => w.slice(0, at) + 'aeiou'[Math.floor(rnd() * 5)] + w.slice(at + 1),
  ];
  words[index] = slips[Math.floor(rnd() * slips.length)]();
  return words.join(' ');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const runs = arg('runs', 2000);
  // Seeded, so every run measures the same queries.
  const random = new SeededRandom(arg('seed', 42));
  const rnd = (): number => random.next();
  const dataSource = new DataSource(
    buildDataSourceOptions(loadConfig(), { applicationName: 'gilde-bench-suggest', poolMax: 2 }),
  );
  await dataSource.initialize();
  try {
    const [{ ready }]: { ready: boolean }[] = await dataSource.query(
      `SELECT to_regclass('skill_labels') IS NOT NULL AS ready`,
    );
    if (!ready) throw new Error('No taxonomy tables here: run npm run migration:run first.');
    const rowsOf = (text: string) => dataSource.query<Record<string, unknown>[]>(text);
    const settings = await captureSettings(rowsOf);
    printSettings(settings);
    const imported = await ensureTaxonomyImported(dataSource);
    if (imported) console.log(`Imported the taxonomy first (${imported.durationMs} ms).`);
    const labels: { skillId: string; label: string; lang: 'en' | 'nl'; kind: string }[] =
      await dataSource.query(
        `SELECT skill_id AS "skillId", label, lang, kind FROM skill_labels ORDER BY skill_id, lang, normalized`,
      );
    const pick = <T>(list: T[]): T => random.pick(list);
    const en = labels.filter((l) => l.lang === 'en' && l.kind === 'preferred');
    const nl = labels.filter((l) => l.lang === 'nl');
    const alt = labels.filter((l) => l.kind === 'alt');
    const prefix = (label: string) => label.slice(0, 3 + Math.floor(rnd() * 10)).trim();

    type Made = { q: string; expect?: string };
    const word = (): Made => {
      const words = pick(en)
        .label.split(' ')
        .filter((w) => w.length >= 4);
      return { q: words.length ? pick(words) : 'manage' };
    };
    const slip = (): Made => {
      const source = pick(rnd() < 0.7 ? en : nl);
      return { q: typo(source.label, rnd).slice(0, 40), expect: source.skillId };
    };
    const mix: [Kind, number, () => Made][] = [
      ['prefix-en', 0.3, () => ({ q: prefix(pick(en).label) })],
      ['prefix-nl', 0.15, () => ({ q: prefix(pick(nl).label) })],
      ['synonym', 0.1, () => ({ q: prefix(pick(alt).label) })],
      ['word', 0.1, word],
      ['typo', 0.25, slip],
      ['short', 0.1, () => ({ q: pick(en).label.slice(0, 1 + Math.floor(rnd() * 2)) })],
    ];
    const queries: { kind: Kind; q: string; expect?: string; locale: 'en' | 'nl' }[] = [];
    while (queries.length < runs) {
      let roll = rnd();
      const [kind, , make] = mix.find(([, share]) => (roll -= share) < 0) ?? mix[0];
      const made = make();
      const q = made.q.trim();
      if (/[\p{L}\p{N}]/u.test(q)) {
        queries.push({ kind, q, expect: made.expect, locale: rnd() < 0.5 ? 'en' : 'nl' });
      }
    }

    const suggester = new SkillSuggesterService(dataSource, new SkillVocabularyService(dataSource));
    for (const { q, locale } of queries.slice(0, 100)) await suggester.suggest(q, locale, 10);

    const timings: Record<Kind | 'all', number[]> = {
      all: [],
      'prefix-en': [],
      'prefix-nl': [],
      synonym: [],
      word: [],
      typo: [],
      short: [],
    };
    let empty = 0;
    let typos = 0;
    let typosFound = 0;
    const started = performance.now();
    for (const { kind, q, expect, locale } of queries) {
      const t0 = performance.now();
      const items = await suggester.suggest(q, locale, 10);
      const ms = performance.now() - t0;
      timings.all.push(ms);
      timings[kind].push(ms);
      if (items.length === 0) {
        empty += 1;
        if (process.env.BENCH_SHOW_EMPTY)
          console.log(`no suggestion: ${kind} ${JSON.stringify(q)}`);
      }
      if (expect) {
        typos += 1;
        if (items.some((item) => item.skillId === expect)) typosFound += 1;
      }
    }
    const total = performance.now() - started;

    const line = (name: string, values: number[]): string => {
      const sorted = [...values].sort((a, b) => a - b);
      const f = (p: number) => percentile(sorted, p).toFixed(2).padStart(7);
      return `${name.padEnd(10)} n=${String(values.length).padStart(5)}  p50 ${f(50)}  p95 ${f(95)}  p99 ${f(99)}  max ${sorted[sorted.length - 1].toFixed(2).padStart(7)} ms`;
    };
    console.log(
      `skill suggest: ${runs} queries over ${labels.length} labels, sequential, limit 10`,
    );
    for (const kind of Object.keys(timings) as (Kind | 'all')[]) {
      if (kind !== 'all') console.log(line(kind, timings[kind]));
    }
    console.log(line('ALL', timings.all));
    console.log(
      `${empty} queries had no suggestion; a mistyped label found its skill in the top 10 ` +
        `${typosFound}/${typos} times; ${(runs / (total / 1000)).toFixed(0)} queries/s`,
    );
    const p95 = percentile(
      [...timings.all].sort((a, b) => a - b),
      95,
    );
    const baselines: Baselines = { postgresMs: await postgresBaseline(rowsOf) };
    printBaselines(baselines);
    const figures = [
      latencyFigure('suggest p95', p95, baselines),
      rateFigure('suggest queries', runs / (total / 1000), baselines),
    ];
    console.log(figures.map(formatFigure).join('; '));
    saveAndCompare(
      { bench: 'suggest', recordedAt: new Date().toISOString(), settings, baselines, figures },
      parseArgs(process.argv.slice(2)),
    );
    const ok = p95 < TARGET_P95_MS;
    console.log(
      `p95 ${p95.toFixed(2)} ms: ${ok ? 'within' : 'OVER'} the ${TARGET_P95_MS} ms target`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
