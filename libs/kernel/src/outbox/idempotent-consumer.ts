import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` at most once per (event, consumer): the acknowledgement row and the
 * work's own writes commit together. Returns false when the event was already handled.
 */
export async function runOnce(
  dataSource: DataSource,
  eventId: string,
  consumer: string,
  work: (manager: EntityManager) => Promise<void>,
): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO processed_events (event_id, consumer) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [eventId, consumer],
    );
    if (inserted.length === 0) return false;
    await work(manager);
    return true;
  });
}
