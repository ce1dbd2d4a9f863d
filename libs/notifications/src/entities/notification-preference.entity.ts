import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '@gilde/identity';
import { Channel, Frequency, NotificationKind } from '../domain/notification-kinds';

/** A person's explicit choice for one kind; without a row the defaults for their role apply. */
@Entity('notification_preferences')
@Check('notification_preferences_frequency_check', `"frequency" IN ('instant', 'daily', 'off')`)
@Check(
  'notification_preferences_kind_check',
  `"kind" IN ('match', 'response', 'invitation', 'contract', 'review')`,
)
export class NotificationPreference {
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn('text')
  kind!: NotificationKind;

  @Column('text', { array: true })
  channels!: Channel[];

  @Column('text')
  frequency!: Frequency;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
