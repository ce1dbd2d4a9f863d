import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '@gilde/identity';
import { DeliveryState } from '../domain/notification-kinds';

/** One daily digest e-mail: at most one per recipient per local day. */
@Entity('notification_digests')
@Index('notification_digests_once_per_day', ['recipientId', 'localDate'], { unique: true })
@Check('notification_digests_state_check', `"state" IN ('pending', 'sent', 'failed', 'skipped')`)
export class NotificationDigest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  recipientId!: string;

  /** The recipient's calendar day the digest belongs to. */
  @Column('date')
  localDate!: string;

  @Column('text')
  timeZone!: string;

  @Column('text')
  state!: DeliveryState;

  @Column('text', { nullable: true })
  reason!: string | null;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('text', { nullable: true })
  lastError!: string | null;

  @Column('int', { default: 0 })
  itemCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;
}
