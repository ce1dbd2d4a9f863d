import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Organisation } from '@gilde/identity';
import { buildDataSourceOptions, loadConfig } from '@gilde/kernel';

/** The pg pool under TypeORM's PostgreSQL driver. */
const pgPool = (ds: DataSource): Pool => (ds.driver as unknown as { master: Pool }).master;

describe('database connections', () => {
  let dataSource: DataSource;
  const config = loadConfig({ ...process.env, DATABASE_STATEMENT_TIMEOUT_MS: '500' });

  beforeAll(async () => {
    dataSource = await new DataSource({
      ...buildDataSourceOptions(config, { applicationName: 'gilde-pool-test', poolMax: 2 }),
      entities: [Organisation],
      logging: false,
    }).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('sets the timeouts on every connection', async () => {
    const [row] = await dataSource.query<Record<string, string>[]>(
      `SELECT current_setting('statement_timeout') AS statement,
              current_setting('lock_timeout') AS lock,
              current_setting('idle_in_transaction_session_timeout') AS idle_in_transaction`,
    );
    expect(row).toEqual({ statement: '500ms', lock: '10s', idle_in_transaction: '1min' });
    const options = buildDataSourceOptions(config).extra as Record<string, unknown>;
    expect(options.connectionTimeoutMillis).toBeGreaterThan(0);
    expect(options.max).toBe(config.database.poolMax);
  });

  it('returns every connection after 50 failing transactions, and still answers', async () => {
    const name = `leak-check ${randomUUID()}`;
    const failures = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        dataSource.transaction(async (manager) => {
          await manager.query(
            `INSERT INTO organisations (name, created_by) VALUES ($1, gen_random_uuid())`,
            [name],
          );
          if (i % 2) throw new Error('the service gave up');
          // The other half fail in the database itself.
          await manager.query('SELECT 1 / 0');
        }),
      ),
    );
    expect(failures.every((f) => f.status === 'rejected')).toBe(true);

    const pool = pgPool(dataSource);
    expect(pool.totalCount - pool.idleCount).toBe(0);
    expect(pool.waitingCount).toBe(0);
    expect(await dataSource.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    // Every one rolled back.
    const [{ n }] = await dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM organisations WHERE name = $1',
      [name],
    );
    expect(n).toBe(0);
  });

  it('20 concurrent transactions on a pool of 2 all finish', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        dataSource.transaction(async (manager) => {
          const [row] = await manager.query<{ v: number }[]>('SELECT 1 AS v FROM pg_sleep(0.01)');
          return row.v;
        }),
      ),
    );
    expect(results).toEqual(Array(20).fill(1));
  });

  it('cuts a statement that runs past statement_timeout, and the pool stays healthy', async () => {
    const started = Date.now();
    await expect(dataSource.query('SELECT pg_sleep(5)')).rejects.toThrow(/statement timeout/);
    expect(Date.now() - started).toBeLessThan(2000);
    const pool = pgPool(dataSource);
    expect(pool.totalCount - pool.idleCount).toBe(0);
    expect(await dataSource.query('SELECT 2 AS ok')).toEqual([{ ok: 2 }]);
  });

  it('throws instead of dropping a where-condition that is undefined or null', async () => {
    const repo = dataSource.getRepository(Organisation);
    await expect(repo.findOneBy({ id: undefined })).rejects.toThrow(/undefined/);
    await expect(repo.findOneBy({ id: null as unknown as string })).rejects.toThrow(/null/);
  });
});
