import './test-env';
import { Client } from 'pg';
import { loadConfig } from '../../libs/kernel/src/config/app-config';
import { runMigrations } from '../../libs/kernel/src/database/migrate';

/** Once per test run: the test database exists and is migrated. */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  const url = new URL(config.database.url);
  const dbName = url.pathname.slice(1);
  const admin = new Client({
    connectionString: config.database.url.replace(/\/[^/]+$/, '/postgres'),
  });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
  if (!exists.rowCount) await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
  await runMigrations(config);
}
