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

/** The consents a profile carries: who may see it, and whether matches may be announced. */
export type ProfileConsent = 'visibility' | 'notify';

/**
 * Append-only consent log of the profile: every change of its visibility or of
 * `preferences.notify`, who made it, when, from what to what and through which path. It proves
 * what the person allowed at any moment (GDPR Art. 7(1)); erasure keeps it, by id only.
 */
@Entity('profile_consent_changes')
@Index('profile_consent_changes_user_idx', ['userId', 'createdAt'])
export class ProfileConsentChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Whose consent. */
  @Column('uuid')
  userId!: string;

  /** Who changed it: the person themself for every path so far. */
  @Column('uuid')
  changedBy!: string;

  @Column('text')
  consent!: ProfileConsent;

  /** Null when the profile was created. */
  @Column('text', { nullable: true })
  oldValue!: string | null;

  @Column('text')
  newValue!: string;

  /** 'profile' (PUT /interims/me/profile). */
  @Column('text')
  source!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
