import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { EventPayloads } from '../queue/event-payloads';
import { EventType } from '../queue/queue.registry';
import { OutboxEvent } from './outbox-event.entity';

/**
 * One event to append. A union over the event names: the payload must be the one
 * `EventPayloads` declares for `eventType` (omitted only for an event without one).
 */
export type NewOutboxEvent<E extends EventType = EventType> = E extends EventType
  ? {
      eventType: E;
      tenantId: string | null;
      aggregateType: string;
      aggregateId: string;
    } & (Record<string, never> extends EventPayloads[E]
      ? { payload?: EventPayloads[E] }
      : { payload: EventPayloads[E] })
  : never;

/**
 * Appends events through the caller's transactional EntityManager, so the event
 * commits or rolls back with the change it describes. Never call it with a
 * manager outside a transaction.
 */
export async function appendToOutbox<E extends EventType>(
  manager: EntityManager,
  events: NewOutboxEvent<E> | readonly NewOutboxEvent<E>[],
): Promise<string[]> {
  const list: readonly NewOutboxEvent[] = isList(events) ? events : [events];
  if (!list.length) return [];
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendToOutbox must be called inside a transaction');
  }
  const rows = list.map((e) => ({
    id: randomUUID(),
    eventType: e.eventType,
    tenantId: e.tenantId,
    aggregateType: e.aggregateType,
    aggregateId: e.aggregateId,
    payload: e.payload ?? {},
  }));
  await manager.insert(OutboxEvent, rows);
  return rows.map((r) => r.id);
}

function isList<T>(value: T | readonly T[]): value is readonly T[] {
  return Array.isArray(value);
}
