import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { EventType } from '../queue/queue.registry';
import { OutboxEvent } from './outbox-event.entity';

export interface NewOutboxEvent {
  eventType: EventType;
  tenantId: string | null;
  aggregateType: string;
  aggregateId: string;
  payload?: Record<string, string | number | boolean | null>;
}

/**
 * Appends events through the caller's transactional EntityManager, so the event
 * commits or rolls back with the change it describes. Never call it with a
 * manager outside a transaction.
 */
export async function appendToOutbox(
  manager: EntityManager,
  events: NewOutboxEvent | NewOutboxEvent[],
): Promise<string[]> {
  const list = Array.isArray(events) ? events : [events];
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
