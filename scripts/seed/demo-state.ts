import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_EMAIL_PATTERNS, DEMO_ORGANISATION_ACCOUNTS } from './demo-accounts';

/**
 * The demo world is complete once this acknowledgement sits in processed_events (the table that
 * records "done once" for every consumer): the seed writes it last, so a seed that stopped half
 * way leaves demo accounts without it, and the next run starts over instead of skipping.
 */
export const DEMO_WORLD_MARKER = {
  eventId: '6e6d0c1a-5eed-4d3e-8000-000000002026',
  consumer: 'demo-seed',
} as const;

/** Serialises seeding and resetting between processes (two API replicas starting at once). */
const DEMO_LOCK_KEY = 7_120_260_001;

export type DemoWorldState = 'absent' | 'complete' | 'partial';

export async function demoWorldState(db: DataSource | EntityManager): Promise<DemoWorldState> {
  const [row]: { marked: boolean; accounts: number; organisation: boolean }[] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM processed_events WHERE event_id = $1 AND consumer = $2) AS marked,
            (SELECT count(*)::int FROM users WHERE email LIKE ANY($3::text[])) AS accounts,
            EXISTS (SELECT 1 FROM organisations o JOIN users u ON u.id = o.created_by
                     WHERE u.email = $4) AS organisation`,
    [
      DEMO_WORLD_MARKER.eventId,
      DEMO_WORLD_MARKER.consumer,
      DEMO_EMAIL_PATTERNS,
      DEMO_ORGANISATION_ACCOUNTS[0].hiringManager.email,
    ],
  );
  if (row.marked && row.organisation) return 'complete';
  return row.accounts > 0 || row.marked ? 'partial' : 'absent';
}

export async function markDemoWorldComplete(db: DataSource): Promise<void> {
  await db.query(
    `INSERT INTO processed_events (event_id, consumer) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    [DEMO_WORLD_MARKER.eventId, DEMO_WORLD_MARKER.consumer],
  );
}

/**
 * Holds a session-level advisory lock on one dedicated connection while `work` runs, so a
 * second seeding process waits and then finds the world complete.
 */
export async function withDemoLock<T>(
  dataSource: DataSource,
  work: () => Promise<T>,
  maxWaitMs = 300_000,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // Polled rather than blocking: a blocking wait would hit the statement timeout.
    const deadline = Date.now() + maxWaitMs;
    for (;;) {
      const rows = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [
        DEMO_LOCK_KEY,
      ])) as { locked: boolean }[];
      if (rows[0]?.locked) break;
      if (Date.now() > deadline) {
        throw new Error('Another process has been seeding the demo world for too long; gave up.');
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [DEMO_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
