import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '@gilde/identity';
import { Channel, Frequency, NotificationKind } from '../domain/notification-kinds';

/**
 * Append-only consent log: every change of a notification preference, when and through
 * which channel (the settings page or an unsubscribe link). Nothing updates or deletes it
 * except erasure of the person.
 */
@Entity('notification_preference_changes')
@Index('notification_preference_changes_user_idx', ['userId', 'createdAt'])
export class NotificationPreferenceChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Column('text')
  kind!: NotificationKind;

  @Column('text', { array: true })
  channels!: Channel[];

  @Column('text')
  frequency!: Frequency;

  /** 'settings' | 'unsubscribe_link' */
  @Column('text')
  source!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
