import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type AccountType = 'interim' | 'client';
export const ACCOUNT_TYPES: AccountType[] = ['interim', 'client'];
export type Locale = 'en' | 'nl';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Normalised (trimmed, lower case); null once the account is erased. */
  @Index('users_email_unique', { unique: true })
  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  passwordHash!: string | null;

  @Column('text')
  displayName!: string;

  @Column('text')
  accountType!: AccountType;

  @Column('text', { default: 'en' })
  locale!: Locale;

  @Column('text', { default: 'Europe/Amsterdam' })
  timeZone!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /**
   * Set only by `npm run admin:grant` (never through the API): platform admin is an explicit
   * grant, not a property of the address. See isPlatformAdmin for the full rule.
   */
  @Column('timestamptz', { nullable: true })
  platformAdminGrantedAt!: Date | null;

  /** Who ran the grant (the operator's name), for the record. */
  @Column('text', { nullable: true })
  platformAdminGrantedBy!: string | null;

  /** When the address was proven (verification link or accepted invitation); null until then. */
  @Column('timestamptz', { nullable: true })
  emailVerifiedAt!: Date | null;

  /** Set when the person exercised their right to erasure; the row stays as a pseudonym. */
  @Column('timestamptz', { nullable: true })
  erasedAt!: Date | null;
}
