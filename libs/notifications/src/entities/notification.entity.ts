import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { User } from '@gilde/identity';
import { NotificationKind } from '../domain/notification-kinds';

/** Values a template may show; ids, titles and codes, never another person's contact data. */
export type NotificationParams = Record<
  string,
  string | number | boolean | null | string[] | Record<string, string[]>
>;

/**
 * One notification for one person. The dedupe key makes it exist once however often the
 * event, the job or the worker repeats; the per-channel outcome is in notification_deliveries.
 */
@Entity('notifications')
@Index('notifications_recipient_created_idx', ['recipientId', 'createdAt', 'id'])
@Index('notifications_subject_idx', ['subjectId'])
@Index('notifications_event_idx', ['eventId'])
@Check(
  'notifications_kind_check',
  `"kind" IN ('match', 'response', 'invitation', 'contract', 'review')`,
)
export class Notification {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  recipientId!: string;

  @Column('text')
  kind!: NotificationKind;

  /** The message: 'match', 'response.rejected', 'contract.to_draft', ... */
  @Column('text')
  template!: string;

  /** `${template}:${subject or event}:${recipient}`; unique. */
  @Index('notifications_dedupe_key_unique', { unique: true })
  @Column('text')
  dedupeKey!: string;

  @Column('text')
  subjectType!: string;

  @Column('uuid')
  subjectId!: string;

  /** The outbox event that caused it. */
  @Column('uuid', { nullable: true })
  eventId!: string | null;

  @Column('jsonb', { default: {} })
  params!: NotificationParams;

  /** Path in the web UI, relative to PUBLIC_URL. */
  @Column('text')
  link!: string;

  /** Match score (0-100), used to order the daily digest. */
  @Column('smallint', { nullable: true })
  score!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  readAt!: Date | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;
}
