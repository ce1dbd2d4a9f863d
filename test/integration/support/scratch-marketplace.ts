import { Test, TestingModule } from '@nestjs/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@gilde/kernel';
import { ensureTaxonomyImported } from '@gilde/taxonomy';
import { ApiHarness, startApi } from '@gilde/testing';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { ScratchDatabase, createScratchDatabase } from './scratch-database';

export interface ScratchMarketplace {
  scratch: ScratchDatabase;
  pool: Pool;
  api: ApiHarness;
  /** Present when asked for: the whole worker, relay included. */
  worker?: TestingModule;
  /** Stops what was started, restores the environment and drops the database. */
  close(): Promise<void>;
}

/**
 * The API (and, if asked, the worker) on a database of the file's own, with the taxonomy
 * imported: a running relay must see this file's events only. `env` adds settings for this
 * file (read at boot); the queue prefix is the file's own.
 */
export async function startScratchMarketplace(
  label: string,
  options: { env?: Record<string, string>; worker?: boolean } = {},
): Promise<ScratchMarketplace> {
  const saved = { ...process.env };
  const scratch = await createScratchDatabase(label);
  Object.assign(process.env, {
    DATABASE_URL: scratch.url,
    QUEUE_PREFIX: `${saved.QUEUE_PREFIX}-${label}`,
    ...options.env,
  });
  const ds = new DataSource(buildDataSourceOptions(scratch.config, { poolMax: 2 }));
  await ds.initialize();
  await ensureTaxonomyImported(ds);
  await ds.destroy();
  const pool = new Pool({ connectionString: scratch.url, max: 3 });
  const api = await startApi();
  let worker: TestingModule | undefined;
  if (options.worker) {
    worker = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
    await worker.init();
  }
  return {
    scratch,
    pool,
    api,
    worker,
    close: async () => {
      // Everything holding a connection stops before the database is dropped.
      await worker?.close();
      await api.close();
      await pool.end();
      process.env = saved;
      await scratch.drop();
    },
  };
}
