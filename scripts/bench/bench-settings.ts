import { cpus, totalmem } from 'node:os';

/** Runs one statement and answers its rows (pg's Client and TypeORM's DataSource both fit). */
export type RowsOf = (sql: string) => Promise<Record<string, unknown>[]>;

/** The PostgreSQL settings a figure depends on; scripts/lib.sh sets them (pg_wanted_settings). */
export const PG_SETTINGS = [
  'shared_buffers',
  'effective_cache_size',
  'work_mem',
  'maintenance_work_mem',
  'jit',
  'random_page_cost',
  'effective_io_concurrency',
  'max_parallel_workers_per_gather',
  'synchronous_commit',
] as const;

export interface BenchSettings {
  postgres: Record<string, string>;
  machine: { cpu: string; cores: number; ramGiB: number; node: string };
}

export async function captureSettings(rowsOf: RowsOf): Promise<BenchSettings> {
  const postgres: Record<string, string> = {};
  const [{ version }] = (await rowsOf('SELECT version() AS version')) as { version: string }[];
  postgres.version = version.split(' on ')[0];
  for (const name of PG_SETTINGS) {
    const [row] = await rowsOf(`SELECT current_setting('${name}') AS value`);
    postgres[name] = String(row.value);
  }
  return {
    postgres,
    machine: {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      ramGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
  };
}

export function printSettings(settings: BenchSettings): void {
  const m = settings.machine;
  console.log(`Machine: ${m.cores} × ${m.cpu}, ${m.ramGiB} GiB RAM, Node ${m.node}`);
  console.log(
    `PostgreSQL settings: ${Object.entries(settings.postgres)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`,
  );
}

/** The settings that differ between two runs, as "name: a → b"; empty when they agree. */
export function settingsDifferences(a: BenchSettings, b: BenchSettings): string[] {
  const names = new Set([...Object.keys(a.postgres), ...Object.keys(b.postgres)]);
  return [...names]
    .filter((n) => a.postgres[n] !== b.postgres[n])
    .map((n) => `${n}: ${a.postgres[n] ?? '(none)'} → ${b.postgres[n] ?? '(none)'}`);
}
