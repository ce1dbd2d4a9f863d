import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, loadConfig, modify } from '@gilde/kernel';

describe('modify', () => {
  let dataSource: DataSource;
  beforeAll(async () => {
    dataSource = new DataSource(buildDataSourceOptions(loadConfig(), { poolMax: 1 }));
    await dataSource.initialize();
    await dataSource.query('CREATE TEMP TABLE modify_probe (id int, v text)');
    await dataSource.query(`INSERT INTO modify_probe VALUES (1, 'a'), (2, 'b'), (3, 'c')`);
  });
  afterAll(() => dataSource.destroy());

  it('returns the RETURNING rows and the affected count of an UPDATE', async () => {
    const res = await modify<{ id: number }>(
      dataSource,
      `UPDATE modify_probe SET v = 'x' WHERE id <= $1 RETURNING id`,
      [2],
    );
    expect(res.count).toBe(2);
    expect(res.rows.map((r) => r.id).sort()).toEqual([1, 2]);
  });

  it('reports a DELETE that touched nothing as empty', async () => {
    expect(await modify(dataSource, `DELETE FROM modify_probe WHERE id = 99 RETURNING id`)).toEqual(
      {
        rows: [],
        count: 0,
      },
    );
  });
});
