import { DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The one place connection options are built, for the apps, the CLI and the tests.
 * synchronize is never on: the schema changes only through migrations.
 */
export function buildDataSourceOptions(
  config: AppConfig,
  overrides: { applicationName?: string; poolMax?: number } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
    uuidExtension: 'pgcrypto',
    url: config.database.url,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    dropSchema: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    // A where-value of undefined or null must never silently mean "no filter".
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    logging: ['error', 'migration'],
    extra: {
      max: overrides.poolMax ?? config.database.poolMax,
      connectionTimeoutMillis: 10000,
      idleTimeoutMillis: 30000,
      statement_timeout: config.database.statementTimeoutMs,
      idle_in_transaction_session_timeout: 60000,
      lock_timeout: 10000,
      application_name: overrides.applicationName ?? 'gilde',
    },
  };
}
