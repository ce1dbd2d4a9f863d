import { DataSource, EntityManager } from 'typeorm';
import { sql } from '../database/typed-sql';

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
    const inserted = await sql(manager)
      .insertInto('processedEvents')
      .values({ eventId, consumer })
      .onConflict((oc) => oc.doNothing())
      .returning('eventId')
      .executeTakeFirst();
    if (!inserted) return false;
    await work(manager);
    return true;
  });
}
