import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { AppConfig, loadConfig, runMigrations } from '@gilde/kernel';

export interface ScratchDatabase {
  name: string;
  url: string;
  /** The test configuration, pointed at this database. */
  config: AppConfig;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = '/postgres';
  return url.toString();
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl(), application_name: 'gilde-test-admin' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own for a test file that runs the outbox relay or the reconciler:
 * both claim every pending row of the database they see, so on the shared test database
 * they would take (and route to this process's queues) events other test files wait for.
 */
export async function createScratchDatabase(
  label: string,
  options: { migrate?: boolean } = {},
): Promise<ScratchDatabase> {
  const name = `gilde_it_${label}_${process.pid}_${randomBytes(3).toString('hex')}`.toLowerCase();
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Bad scratch database name ${name}`);
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  const config = loadConfig({ ...process.env, DATABASE_URL: url.toString() });
  if (options.migrate ?? true) await runMigrations(config);
  return {
    name,
    url: url.toString(),
    config,
    drop: () => dropWhenLeft(name),
  };
}

/**
 * Drops the database once its last sessions have gone (a closed pool may still be hanging up
 * its connections), forcing it only after a few seconds: terminating a connection its pool is
 * still closing makes that pool emit an error nobody listens to any more.
 */
async function dropWhenLeft(name: string, waitMs = 5000): Promise<void> {
  await withAdmin(async (c) => {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const { rows } = await c.query<{ application_name: string }>(
        `SELECT application_name FROM pg_stat_activity WHERE datname = $1`,
        [name],
      );
      if (!rows.length) break;
      if (Date.now() > deadline) {
        // Something never closed its connection: say what, then end it.
        console.warn(
          `Dropping ${name} with sessions still open: ${rows.map((r) => r.application_name).join(', ')}`,
        );
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

/** Polls `probe` until it returns a truthy value, or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 10_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** A TCP port nobody listens on (asked from the OS, then released). */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
