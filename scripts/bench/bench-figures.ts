import { readFileSync, writeFileSync } from 'node:fs';
import { type BenchSettings, settingsDifferences } from './bench-settings';

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

export function percentiles(samples: number[]): Percentiles {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { p50: at(0.5) ?? 0, p95: at(0.95) ?? 0, p99: at(0.99) ?? 0, n: s.length };
}

/**
 * The yardsticks of one run, measured on the same machine at the same time as the figures, so
 * that figures from different machines compare as ratios.
 */
export interface Baselines {
  /** A bare Fastify route under the same load as the HTTP figures. */
  fastify?: { requestsPerSecond: number; p50: number; p99: number };
  /** p50 of a fixed PostgreSQL query (hashing and sorting 20,000 rows), ms. */
  postgresMs?: number;
}

/** A figure: a latency (ms, as a multiple of the PostgreSQL baseline) or a throughput. */
export interface Figure {
  name: string;
  unit: 'ms' | 'req/s' | '/s';
  value: number;
  /** ms: value ÷ PostgreSQL baseline; req/s: value ÷ bare Fastify req/s; /s: value × baseline ms ÷ 1000. */
  ratio: number | null;
}

export function latencyFigure(name: string, ms: number, baselines: Baselines): Figure {
  return {
    name,
    unit: 'ms',
    value: ms,
    ratio: baselines.postgresMs ? ms / baselines.postgresMs : null,
  };
}

export function throughputFigure(
  name: string,
  requestsPerSecond: number,
  baselines: Baselines,
): Figure {
  const base = baselines.fastify?.requestsPerSecond;
  return {
    name,
    unit: 'req/s',
    value: requestsPerSecond,
    ratio: base ? requestsPerSecond / base : null,
  };
}

/** Items per second, normalised as "items per PostgreSQL baseline query". */
export function rateFigure(name: string, perSecond: number, baselines: Baselines): Figure {
  return {
    name,
    unit: '/s',
    value: perSecond,
    ratio: baselines.postgresMs ? (perSecond * baselines.postgresMs) / 1000 : null,
  };
}

export function formatFigure(f: Figure): string {
  if (f.unit === 'ms') {
    return `${f.value.toFixed(1)} ms${f.ratio === null ? '' : ` (${f.ratio.toFixed(2)}× PG baseline)`}`;
  }
  if (f.unit === 'req/s') {
    return `${Math.round(f.value).toLocaleString('en')} req/s${f.ratio === null ? '' : ` (${(f.ratio * 100).toFixed(1)} % of bare Fastify)`}`;
  }
  return `${Math.round(f.value).toLocaleString('en')}/s${f.ratio === null ? '' : ` (${f.ratio.toFixed(1)} per PG baseline)`}`;
}

export function printBaselines(b: Baselines): void {
  const parts: string[] = [];
  if (b.fastify) {
    parts.push(
      `bare Fastify ${Math.round(b.fastify.requestsPerSecond).toLocaleString('en')} req/s ` +
        `(p50 ${b.fastify.p50.toFixed(1)} ms, p99 ${b.fastify.p99.toFixed(1)} ms)`,
    );
  }
  if (b.postgresMs !== undefined)
    parts.push(`PostgreSQL fixed query ${b.postgresMs.toFixed(2)} ms`);
  console.log(`Baselines: ${parts.join('; ')}`);
}

export interface SavedRun {
  bench: string;
  recordedAt: string;
  settings: BenchSettings;
  baselines: Baselines;
  figures: Figure[];
}

/**
 * --save=FILE writes this run; --compare=FILE prints it beside a saved one, ratio against ratio,
 * and refuses (exit code 2) when the two ran under different PostgreSQL settings.
 */
export function saveAndCompare(run: SavedRun, args: Map<string, string>): void {
  const save = args.get('save');
  if (save) {
    writeFileSync(save, JSON.stringify(run, null, 2));
    console.log(`Saved to ${save}`);
  }
  const against = args.get('compare');
  if (!against) return;
  const earlier = JSON.parse(readFileSync(against, 'utf8')) as SavedRun;
  if (earlier.bench !== run.bench) {
    console.error(`${against} is a ${earlier.bench} run, not ${run.bench}: not compared.`);
    process.exit(2);
  }
  const differences = settingsDifferences(earlier.settings, run.settings);
  if (differences.length) {
    console.error(
      `Not compared: ${against} ran under other PostgreSQL settings:\n  ${differences.join('\n  ')}`,
    );
    process.exit(2);
  }
  console.log(
    `\nCompared with ${against} (${earlier.recordedAt}, ${earlier.settings.machine.cpu}):`,
  );
  const before = new Map(earlier.figures.map((f) => [f.name, f]));
  for (const now of run.figures) {
    const then = before.get(now.name);
    if (!then || then.ratio === null || now.ratio === null) continue;
    // Lower is better for latencies, higher for throughput.
    const better = now.unit === 'ms' ? then.ratio / now.ratio : now.ratio / then.ratio;
    console.log(
      `  ${now.name.padEnd(48)} ${formatFigure(then)} → ${formatFigure(now)}: ${better >= 1 ? `${better.toFixed(2)}× better` : `${(1 / better).toFixed(2)}× worse`}`,
    );
  }
}

/** "--name=value" and "--flag" arguments. */
export function parseArgs(argv: string[]): Map<string, string> {
  return new Map(
    argv.map((a) => {
      const [k, ...v] = a.replace(/^--/, '').split('=');
      return [k, v.length ? v.join('=') : 'true'] as const;
    }),
  );
}
