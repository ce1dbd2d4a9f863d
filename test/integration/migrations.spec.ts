import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig, runMigrations } from '@gilde/kernel';
import cliDataSource from '../../libs/kernel/src/database/cli/data-source';
import { MIGRATIONS } from '../../libs/kernel/src/database/migrations';
import { createScratchDatabase, ScratchDatabase } from './support/scratch-database';

describe('migrations', () => {
  describe('agree with the entities', () => {
    let dataSource: DataSource;

    beforeAll(async () => {
      // The CLI data source finds every library's entities by file name, as migration:generate does.
      dataSource = await cliDataSource.initialize();
    });
    afterAll(async () => {
      await dataSource?.destroy();
    });

    it('loads the entities of every library', () => {
      const tables = dataSource.entityMetadatas.map((m) => m.tableName);
      expect(tables).toEqual(
        expect.arrayContaining(['outbox_events', 'processed_events', 'users', 'organisations']),
      );
    });

    it('generating a migration against the migrated test database yields nothing', async () => {
      const sql = await dataSource.driver.createSchemaBuilder().log();
      const pending = sql.upQueries.map((q) => q.query.trim());
      if (pending.length) {
        // Printed so the author sees which entity and which column drifted.
        console.error(
          `Entities and migrations disagree; run npm run migration:generate. Pending SQL:\n${pending.join(';\n')}`,
        );
      }
      expect(pending).toEqual([]);
    });
  });

  describe('never change the schema implicitly', () => {
    it.each(['development', 'test', 'production'] as const)(
      'the %s options keep synchronize, dropSchema and migrationsRun off',
      (env) => {
        const config = loadConfig({
          ...process.env,
          NODE_ENV: env,
          JWT_SECRET: 'a-production-grade-secret-0123456789abcdef',
        });
        const options = buildDataSourceOptions(config);
        expect(options.synchronize).toBe(false);
        expect(options.dropSchema).toBe(false);
        expect(options.migrationsRun).toBe(false);
      },
    );

    it('the CLI data source keeps them off too', () => {
      expect(cliDataSource.options.synchronize).toBe(false);
      expect(cliDataSource.options.dropSchema).toBe(false);
      expect(cliDataSource.options.migrationsRun).toBe(false);
    });
  });

  describe('run once under concurrency', () => {
    let scratch: ScratchDatabase;

    beforeAll(async () => {
      scratch = await createScratchDatabase('migrate', { migrate: false });
    });
    afterAll(async () => {
      await scratch?.drop();
    });

    it('two migrators starting together on a fresh database apply each migration exactly once', async () => {
      const results = await Promise.allSettled([
        runMigrations(scratch.config),
        runMigrations(scratch.config),
      ]);
      const failures = results.filter((r) => r.status === 'rejected');
      expect(failures).toEqual([]);
      const applied = results.flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
      const names = MIGRATIONS.map((m) => new m().name ?? m.name);
      // Between them they applied every migration, and none twice.
      expect([...applied].sort()).toEqual([...names].sort());

      const client = new Client({ connectionString: scratch.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ name: string; n: string }>(
          'SELECT name, count(*) AS n FROM schema_migrations GROUP BY name',
        );
        expect(rows.map((r) => r.name).sort()).toEqual([...names].sort());
        expect(rows.every((r) => r.n === '1')).toBe(true);
      } finally {
        await client.end();
      }
      // A later deploy finds nothing to do.
      expect(await runMigrations(scratch.config)).toEqual([]);
    });
  });
});
