import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The local mailbox: where e-mail goes when no SMTP server is configured (never in production). */
@Entity('mailbox_messages')
@Index('mailbox_messages_to_idx', ['toAddress', 'createdAt'])
export class MailboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  toAddress!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  text!: string;

  @Column('text', { nullable: true })
  html!: string | null;

  /** Deduplicates sends: the same key is delivered once. */
  @Index('mailbox_messages_key_unique', { unique: true })
  @Column('text')
  idempotencyKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
