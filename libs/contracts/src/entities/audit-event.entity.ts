import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditValue = string | number | boolean | null | string[];
export type AuditState = Record<string, AuditValue>;

/**
 * The append-only audit trail. Rows are only ever inserted (AuditLog); a database trigger
 * refuses UPDATE, DELETE and TRUNCATE, so not even a bug or a console session can rewrite history.
 * `before`/`after` hold the minimal changed state: ids, statuses, numbers, dates; never free text.
 */
@Entity('audit_events')
@Index('audit_events_entity_idx', ['entityType', 'entityId', 'id'])
@Index('audit_events_org_idx', ['organisationId', 'at'])
@Index('audit_events_event_unique', ['eventId'], { unique: true, where: 'event_id IS NOT NULL' })
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column('uuid', { nullable: true })
  organisationId!: string | null;

  /** Who did it; null when it cannot be known (a system job). */
  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text')
  entityType!: string;

  @Column('uuid')
  entityId!: string;

  @Column('text')
  action!: string;

  @Column('jsonb', { nullable: true })
  before!: AuditState | null;

  @Column('jsonb', { nullable: true })
  after!: AuditState | null;

  @Column('text', { nullable: true })
  ip!: string | null;

  /** The outbox event this row was derived from, for rows written by the audit worker. */
  @Column('uuid', { nullable: true })
  eventId!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;
}
