import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { InterimProfile } from './interim-profile.entity';

/** RQIM: the IM-register certification; CEIM: Certified Expert Interim Management. */
export type CredentialType = 'RQIM' | 'CEIM' | 'other';
export const CREDENTIAL_TYPES: readonly CredentialType[] = ['RQIM', 'CEIM', 'other'];

/**
 * What is stored. `expired` is also a state callers see: it is derived from valid_until
 * (see effectiveCredentialStatus), so a credential never needs a job to expire it.
 */
export type StoredCredentialStatus = 'unverified' | 'verified' | 'suspended';
export type CredentialStatus = StoredCredentialStatus | 'expired';
export const CREDENTIAL_STATUSES: readonly CredentialStatus[] = [
  'unverified',
  'verified',
  'expired',
  'suspended',
];

@Entity('credentials')
@Index('credentials_identity_unique', ['userId', 'type', 'number', 'validUntil'], { unique: true })
@Index('credentials_status_idx', ['status', 'createdAt'])
@Check('credentials_type_check', `type IN ('RQIM', 'CEIM', 'other')`)
@Check('credentials_status_check', `status IN ('unverified', 'verified', 'expired', 'suspended')`)
export class Credential {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Column('text')
  type!: CredentialType;

  @Column('text')
  number!: string;

  @Column('date')
  validUntil!: string;

  @Column('text', { default: 'unverified' })
  status!: StoredCredentialStatus;

  @Column('timestamptz', { nullable: true })
  verifiedAt!: Date | null;

  /** The platform admin who verified it. */
  @Column('uuid', { nullable: true })
  verifiedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  suspendedAt!: Date | null;

  @Column('uuid', { nullable: true })
  suspendedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => InterimProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  profile?: InterimProfile;
}
