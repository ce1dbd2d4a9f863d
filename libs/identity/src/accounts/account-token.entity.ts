import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../entities/user.entity';

export type AccountTokenPurpose = 'verify_email' | 'password_reset';

/**
 * A single-use link sent by e-mail (address verification, password reset). Only a hash of the
 * token is stored: the token itself is `<id>.<signature>` and is rebuilt from the id for the mail.
 */
@Entity('account_tokens')
@Index('account_tokens_user_idx', ['userId', 'purpose'])
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Column('text')
  purpose!: AccountTokenPurpose;

  /** The address the link was sent to: verifying proves this address, not a later one. */
  @Column('text')
  email!: string;

  @Column('text')
  tokenHash!: string;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
