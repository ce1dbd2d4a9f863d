import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A domain event written in the same transaction as the change that caused it.
 * The relay copies it to BullMQ with its id as job id, then marks it dispatched.
 */
@Entity('outbox_events')
@Index('outbox_events_pending_idx', ['nextAttemptAt'], {
  where: 'dispatched_at IS NULL AND quarantined_at IS NULL',
})
export class OutboxEvent {
  @PrimaryColumn('uuid')
  id!: string;

  /** The organisation (or interim) the event belongs to, for scoping consumers. */
  @Column('uuid', { nullable: true })
  tenantId!: string | null;

  @Column('text')
  aggregateType!: string;

  @Column('uuid')
  aggregateId!: string;

  @Column('text')
  eventType!: string;

  /** Ids and flags only: Redis keeps job data in clear text. */
  // A JSON value, not SQL: TypeORM compares it with the database default without the cast.
  @Column('jsonb', { default: {} })
  payload!: Record<string, string | number | boolean | null>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column('timestamptz', { nullable: true })
  dispatchedAt!: Date | null;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;

  /** Times the reconciler re-drove this event because no consumer acknowledged it. */
  @Column('int', { default: 0 })
  redrives!: number;

  @Column('timestamptz', { nullable: true })
  quarantinedAt!: Date | null;
}
