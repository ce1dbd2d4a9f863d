/** What a relayed outbox event looks like on a queue: ids only. */
export interface EventJobData {
  eventId: string;
  eventType: string;
  tenantId: string | null;
  aggregateType: string;
  aggregateId: string;
  payload: Record<string, string | number | boolean | null>;
  occurredAt: string;
}
