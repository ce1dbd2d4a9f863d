import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '@gilde/kernel';

export interface CheckResult {
  status: 'up' | 'down';
  detail?: string;
}

export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  checks: Record<string, CheckResult>;
}

const TIMEOUT_MS = 1500;

function withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) =>
      setTimeout(
        () => reject(new Error(`${what} did not answer in ${TIMEOUT_MS} ms`)),
        TIMEOUT_MS,
      ).unref(),
    ),
  ]);
}

export async function checkDatabase(dataSource: DataSource): Promise<CheckResult> {
  try {
    // raw SQL: the health probe, no table involved
    await withTimeout(dataSource.query('SELECT 1'), 'PostgreSQL');
    return { status: 'up' };
  } catch (err) {
    return { status: 'down', detail: (err as Error).message };
  }
}

/** Redis must answer and must never evict keys: BullMQ loses locks and jobs otherwise. */
export async function checkRedis(redis: Redis): Promise<CheckResult> {
  try {
    const info = await withTimeout(redis.info('memory'), 'Redis');
    const policy = /maxmemory_policy:(\S+)/.exec(info)?.[1];
    if (policy && policy !== 'noeviction') {
      return { status: 'down', detail: `maxmemory-policy is ${policy}; BullMQ needs noeviction` };
    }
    return { status: 'up' };
  } catch (err) {
    return { status: 'down', detail: (err as Error).message };
  }
}

export async function checkSearchEngine(config: AppConfig): Promise<CheckResult> {
  if (config.search.engine !== 'meilisearch') return { status: 'up', detail: 'postgres engine' };
  try {
    const res = await withTimeout(fetch(`${config.search.meiliUrl}/health`), 'Meilisearch');
    return res.ok
      ? { status: 'up' }
      : { status: 'down', detail: `Meilisearch answered ${res.status}` };
  } catch (err) {
    return { status: 'down', detail: (err as Error).message };
  }
}
