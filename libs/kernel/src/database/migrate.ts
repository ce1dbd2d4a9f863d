import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';

/** Any 64-bit number unique to this purpose; all migrators take the same lock. */
const MIGRATION_LOCK_KEY = 7_351_029_114;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so several replicas
 * starting at once apply each migration exactly once.
 */
export async function runMigrations(config: AppConfig): Promise<string[]> {
  const lock = new Client({
    connectionString: config.database.url,
    application_name: 'gilde-migrate-lock',
  });
  await lock.connect();
  try {
    // raw SQL: a session advisory lock around the migrations
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const dataSource = new DataSource(
      buildDataSourceOptions(config, { applicationName: 'gilde-migrate', poolMax: 2 }),
    );
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    // raw SQL: a session advisory lock around the migrations
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}
