import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A consumer's acknowledgement of an event; its primary key makes consumers idempotent. */
@Entity('processed_events')
export class ProcessedEvent {
  @PrimaryColumn('uuid')
  eventId!: string;

  @PrimaryColumn('text')
  consumer!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  processedAt!: Date;
}
