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
    drop: () =>
      withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
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
