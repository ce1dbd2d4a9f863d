import './test-env';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../libs/kernel/src/config/app-config';
import { buildDataSourceOptions } from '../../libs/kernel/src/database/data-source-options';
import { runMigrations } from '../../libs/kernel/src/database/migrate';
import { ensureTaxonomyImported } from '../../libs/taxonomy/src/import/esco-importer';

/**
 * Once per test run: the template database exists, is migrated, holds the ESCO taxonomy and
 * no test data. Every test file works on its own copy of it (isolated-database.environment.js).
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  const dbName = new URL(config.database.url).pathname.slice(1);
  const admin = new Client({
    connectionString: config.database.url.replace(/\/[^/]+$/, '/postgres'),
  });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (exists.rowCount && (await hasTestData(config.database.url))) {
      // Older runs wrote into the template; start it afresh so copies stay small and clean.
      await admin.query(`DROP DATABASE "${dbName}" WITH (FORCE)`);
    }
    if (!exists.rowCount || !(await databaseExists(admin, dbName))) {
      await admin.query(`CREATE DATABASE "${dbName}"`);
    }
    // Leftover copies from an interrupted run.
    const stale = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${dbName}\\_f%`,
    ]);
    for (const row of stale.rows as { datname: string }[]) {
      await admin.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    }
  } finally {
    await admin.end();
  }
  await runMigrations(config);
  const dataSource = new DataSource(
    buildDataSourceOptions(config, { applicationName: 'gilde-test-setup', poolMax: 2 }),
  );
  await dataSource.initialize();
  try {
    await ensureTaxonomyImported(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

async function databaseExists(admin: Client, name: string): Promise<boolean> {
  return Boolean(
    (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount,
  );
}

async function hasTestData(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ dirty: boolean }>(
      `SELECT to_regclass('public.users') IS NOT NULL AND EXISTS (SELECT 1 FROM users) AS dirty`,
    );
    return rows[0]?.dirty ?? false;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}
