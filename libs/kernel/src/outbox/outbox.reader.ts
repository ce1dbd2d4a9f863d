import { DataSource, EntityManager } from 'typeorm';
import { sql } from '../database/typed-sql';
import { EventJobData } from '../queue/job-payload';

/**
 * The stored outbox events with these ids, as the relay hands them to their queues (the job
 * data of each): for consumers that re-drive work whose jobs were lost. Events no longer
 * stored are left out.
 */
export async function outboxEventJobs(
  on: EntityManager | DataSource,
  ids: string[],
): Promise<Map<string, EventJobData>> {
  if (!ids.length) return new Map();
  const rows = await sql(on)
    .selectFrom('outboxEvents')
    .select(['id', 'eventType', 'tenantId', 'aggregateType', 'aggregateId', 'payload', 'createdAt'])
    .where('id', '=', (eb) => eb.fn.any(eb.val([...new Set(ids)])))
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        eventId: r.id,
        eventType: r.eventType,
        tenantId: r.tenantId,
        aggregateType: r.aggregateType,
        aggregateId: r.aggregateId,
        payload: r.payload,
        occurredAt: r.createdAt.toISOString(),
        // The row was written through appendToOutbox, typed against EventPayloads.
      } as EventJobData,
    ]),
  );
}
