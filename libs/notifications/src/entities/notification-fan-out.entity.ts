import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What one event fanned out to: how many per-recipient jobs were planned. The reconciler
 * compares it with the notifications that exist, to re-enqueue jobs Redis lost.
 */
@Entity('notification_fan_outs')
@Index('notification_fan_outs_created_idx', ['createdAt'])
export class NotificationFanOut {
  @PrimaryColumn('uuid')
  eventId!: string;

  @Column('text')
  eventType!: string;

  @Column('int')
  planned!: number;

  @Column('int', { default: 0 })
  redrives!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
