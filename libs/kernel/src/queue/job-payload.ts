import { EventPayloads } from './event-payloads';
import { EventType } from './queue.registry';

/**
 * What a relayed outbox event looks like on a queue: ids only. A union over the event names,
 * so a handler that checks `eventType` gets that event's payload typed; a handler names the
 * events it takes as `EventJobData<typeof EVENTS.x | typeof EVENTS.y>`.
 */
export type EventJobData<E extends EventType = EventType> = {
  [K in E]: {
    eventId: string;
    eventType: K;
    tenantId: string | null;
    aggregateType: string;
    aggregateId: string;
    payload: EventPayloads[K];
    occurredAt: string;
  };
}[E];

/** Narrows an event to one of the given names, and so its payload to theirs. */
export function isEventOf<T extends EventJobData, E extends T['eventType']>(
  event: T,
  types: readonly E[],
): event is Extract<T, { eventType: E }> {
  return (types as readonly string[]).includes(event.eventType);
}
