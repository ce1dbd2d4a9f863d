import './test-env';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../libs/kernel/src/config/app-config';
import { buildDataSourceOptions } from '../../libs/kernel/src/database/data-source-options';
import { runMigrations } from '../../libs/kernel/src/database/migrate';
import { ensureTaxonomyImported } from '../../libs/taxonomy/src/import/esco-importer';

/**
 * Once per test run: the template database exists, is migrated and holds the ESCO taxonomy.
 * Tests never write to it: every test file works on its own copy (isolated-database.environment.js).
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  const dbName = new URL(config.database.url).pathname.slice(1);
  const admin = new Client({
    connectionString: config.database.url.replace(/\/[^/]+$/, '/postgres'),
  });
  await admin.connect();
  try {
    if (!(await databaseExists(admin, dbName))) await admin.query(`CREATE DATABASE "${dbName}"`);
    // Copies left by interrupted runs: their jest worker (named in the database name) is gone.
    const copies = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `${dbName}\\_f%`,
    ]);
    for (const { datname } of copies.rows as { datname: string }[]) {
      const pid = Number(/_f(\d+)_/.exec(datname)?.[1]);
      if (pid && !isAlive(pid))
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
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

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
