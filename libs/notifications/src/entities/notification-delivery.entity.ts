import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Channel, DeliveryState, EmailMode } from '../domain/notification-kinds';
import { NotificationDigest } from './notification-digest.entity';
import { Notification } from './notification.entity';

/** What happened to one notification on one channel: pending, sent, failed or skipped (why). */
@Entity('notification_deliveries')
@Index('notification_deliveries_digest_pending_idx', ['notificationId'], {
  where: `channel = 'email' AND state = 'pending' AND mode = 'digest'`,
})
@Index('notification_deliveries_digest_idx', ['digestId'])
@Check('notification_deliveries_channel_check', `"channel" IN ('in_app', 'email')`)
@Check('notification_deliveries_state_check', `"state" IN ('pending', 'sent', 'failed', 'skipped')`)
@Check('notification_deliveries_mode_check', `"mode" IS NULL OR "mode" IN ('instant', 'digest')`)
export class NotificationDelivery {
  @PrimaryColumn('uuid')
  notificationId!: string;

  @PrimaryColumn('text')
  channel!: Channel;

  @Column('text')
  state!: DeliveryState;

  /** E-mail only: sent on its own, or bundled into the daily digest. */
  @Column('text', { nullable: true })
  mode!: EmailMode | null;

  /** Why it was skipped, or why the e-mail went to the digest. */
  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('uuid', { nullable: true })
  digestId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @ManyToOne(() => Notification, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id' })
  notification?: Notification;

  @ManyToOne(() => NotificationDigest, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'digest_id' })
  digest?: NotificationDigest;
}
