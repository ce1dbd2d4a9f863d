import './test-env';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../libs/kernel/src/config/app-config';
import { buildDataSourceOptions } from '../../libs/kernel/src/database/data-source-options';
import { runMigrations } from '../../libs/kernel/src/database/migrate';
import { ensureTaxonomyImported } from '../../libs/taxonomy/src/import/esco-importer';

/**
 * Any 64-bit number unique to this purpose. Held exclusively while the template is prepared
 * and shared while a file copies it (isolated-database.environment.js), so no file copies a
 * half-built template.
 */
const TEMPLATE_LOCK_KEY = 7_351_029_115;

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
    // Session lock on the maintenance database, held until the template is ready.
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    if (await holdsTestData(config.database.url)) {
      // Every copy would start with these rows (a user with a known e-mail, pending outbox
      // events a relay would pick up): rebuild the template rather than share them.
      console.warn(`${dbName} held rows written by tests; rebuilding it.`);
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    }
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
  } finally {
    await admin.end();
  }
}

/**
 * Whether the template holds anything besides what migrations and the taxonomy import write:
 * test data (every test creates users or events) left by a run that wrote to it directly.
 */
async function holdsTestData(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, application_name: 'gilde-test-setup' });
  try {
    await client.connect();
  } catch (err) {
    if ((err as { code?: string }).code === '3D000') return false; // does not exist yet
    throw err;
  }
  try {
    for (const table of ['users', 'outbox_events']) {
      const { rows } = await client.query<{ present: boolean }>(
        'SELECT to_regclass($1) IS NOT NULL AS present',
        [table],
      );
      if (!rows[0].present) continue;
      const found = await client.query(`SELECT 1 FROM ${table} LIMIT 1`);
      if (found.rowCount) return true;
    }
    return false;
  } finally {
    await client.end();
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
