import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig, sql } from '@gilde/kernel';

const ROOT = join(__dirname, '..', '..');

describe('typed SQL', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource(
      buildDataSourceOptions(loadConfig(), { applicationName: 'gilde-test-typed-sql', poolMax: 3 }),
    );
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
  });

  it('has row types generated from the migrated schema (npm run db:types)', () => {
    // The file's database is a copy of the migrated template: the types must describe it.
    const out = execFileSync(
      join(ROOT, 'node_modules/.bin/kysely-codegen'),
      [
        '--dialect=postgres',
        '--camel-case',
        '--exclude-pattern=schema_migrations',
        `--url=${process.env.DATABASE_URL}`,
        '--out-file=libs/kernel/src/database/db-schema.ts',
        '--verify',
        '--log-level=error',
      ],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(out).not.toMatch(/out of date|differ/i);
  });

  it('maps snake_case columns to camelCase both ways', async () => {
    const email = `typed-sql-${randomUUID()}@example.test`;
    const inserted = await sql(dataSource)
      .insertInto('users')
      .values({ email, passwordHash: 'x', displayName: 'Typed Row', accountType: 'client' })
      .returning(['id', 'displayName', 'accountType', 'createdAt'])
      .executeTakeFirstOrThrow();
    expect(inserted).toEqual({
      id: expect.any(String),
      displayName: 'Typed Row',
      accountType: 'client',
      createdAt: expect.any(Date),
    });
    const raw = await dataSource.query(`SELECT display_name FROM users WHERE id = $1`, [
      inserted.id,
    ]);
    expect(raw).toEqual([{ display_name: 'Typed Row' }]);
  });

  it('runs on the transaction of the manager it is given, and rolls back with it', async () => {
    const email = `typed-sql-${randomUUID()}@example.test`;
    await expect(
      dataSource.transaction(async (manager) => {
        await sql(manager)
          .insertInto('users')
          .values({ email, passwordHash: 'x', displayName: 'Rolled back', accountType: 'interim' })
          .execute();
        // Visible inside the transaction, through TypeORM as well.
        const inside = await manager.query(`SELECT 1 FROM users WHERE email = $1`, [email]);
        expect(inside).toHaveLength(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const after = await sql(dataSource)
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .execute();
    expect(after).toEqual([]);
  });

  it('reports affected rows of updates and deletes', async () => {
    const result = await sql(dataSource)
      .updateTable('users')
      .set({ displayName: 'nobody' })
      .where('email', '=', `missing-${randomUUID()}@example.test`)
      .executeTakeFirst();
    expect(result.numUpdatedRows).toBe(0n);
  });
});
