import { EntityManager } from 'typeorm';
import { AuditEvent, AuditState } from '../entities/audit-event.entity';

export interface NewAuditEvent {
  organisationId: string | null;
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: AuditState | null;
  after?: AuditState | null;
  ip?: string | null;
  eventId?: string | null;
  at?: Date;
}

/**
 * Appends to the audit trail through the caller's transaction, so the record commits or rolls
 * back with the change it describes. This is the only write path: there is no update or delete.
 */
export async function recordAudit(
  manager: EntityManager,
  events: NewAuditEvent | NewAuditEvent[],
): Promise<void> {
  const list = Array.isArray(events) ? events : [events];
  if (!list.length) return;
  await manager.insert(
    AuditEvent,
    list.map((e) => ({
      organisationId: e.organisationId,
      actorId: e.actorId,
      entityType: e.entityType,
      entityId: e.entityId,
      action: e.action,
      before: e.before ?? null,
      after: e.after ?? null,
      ip: e.ip ?? null,
      eventId: e.eventId ?? null,
      ...(e.at ? { at: e.at } : {}),
    })),
  );
}
