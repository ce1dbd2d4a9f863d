import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { Baselines } from './bench-figures';
import type { RowsOf } from './bench-settings';
import { runLoad } from './http-load';

const FIXED_QUERY = `SELECT count(DISTINCT h) AS n FROM (SELECT md5(i::text) AS h FROM generate_series(1, 20000) i ORDER BY h) s`;

/** p50 of a fixed CPU-bound query (hashing and sorting 20,000 rows) over 30 runs after 5 warm-up. */
export async function postgresBaseline(rowsOf: RowsOf): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 35; i++) {
    const t = performance.now();
    await rowsOf(FIXED_QUERY);
    if (i >= 5) samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** A bare Fastify route in a process of its own, under the given load. */
export async function fastifyBaseline(options: {
  connections: number;
  seconds: number;
}): Promise<NonNullable<Baselines['fastify']>> {
  const child = fork(join(__dirname, 'bare-fastify-server.ts'), [], { stdio: 'inherit' });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m: { port: number }) => resolve(m.port));
      child.once('exit', (code) => reject(new Error(`bare Fastify exited with ${code}`)));
    });
    const result = await runLoad(`http://127.0.0.1:${port}`, [{ path: '/' }], options);
    return { requestsPerSecond: result.requestsPerSecond, p50: result.p50, p99: result.p99 };
  } finally {
    child.kill();
  }
}
