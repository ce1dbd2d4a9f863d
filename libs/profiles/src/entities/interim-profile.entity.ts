import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '@gilde/identity';

export type RemotePreference = 'remote' | 'hybrid' | 'onsite';
export const REMOTE_PREFERENCES: readonly RemotePreference[] = ['remote', 'hybrid', 'onsite'];

export type NotifyFrequency = 'instant' | 'daily' | 'off';
export const NOTIFY_FREQUENCIES: readonly NotifyFrequency[] = ['instant', 'daily', 'off'];

/** public: anyone may find it (later: outside the platform too); clients: signed-in client users; hidden: nobody. */
export type ProfileVisibility = 'public' | 'clients' | 'hidden';
export const PROFILE_VISIBILITIES: readonly ProfileVisibility[] = ['public', 'clients', 'hidden'];

/** An interim manager's profile: one per interim user, replaced as a whole. */
@Entity('interim_profiles')
@Check('interim_profiles_day_rate_check', 'day_rate_min > 0 AND day_rate_min <= day_rate_max')
@Check(
  'interim_profiles_hours_check',
  'hours_min BETWEEN 1 AND 60 AND hours_max BETWEEN 1 AND 60 AND hours_min <= hours_max',
)
@Check('interim_profiles_visibility_check', `visibility IN ('public', 'clients', 'hidden')`)
@Check('interim_profiles_remote_check', `remote_preference IN ('remote', 'hybrid', 'onsite')`)
@Check('interim_profiles_notify_check', `notify IN ('instant', 'daily', 'off')`)
export class InterimProfile {
  @PrimaryColumn('uuid')
  userId!: string;

  @Column('text')
  headline!: string;

  @Column('text', { nullable: true })
  summary!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  sectors!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  assignmentKinds!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  languages!: string[];

  @Column('text')
  city!: string;

  /** ISO 3166-1 alpha-2. */
  @Column('text')
  country!: string;

  @Column('int', { nullable: true })
  maxTravelKm!: number | null;

  @Column('text')
  remotePreference!: RemotePreference;

  /** Whole euros per day. */
  @Column('int')
  dayRateMin!: number;

  @Column('int')
  dayRateMax!: number;

  @Column('smallint')
  hoursMin!: number;

  @Column('smallint')
  hoursMax!: number;

  @Column('date', { nullable: true })
  availableFrom!: string | null;

  @Column('text')
  notify!: NotifyFrequency;

  @Column('text', { array: true, default: () => "'{}'" })
  notifySectors!: string[];

  @Column('text')
  visibility!: ProfileVisibility;

  @Column('text', { nullable: true })
  kvkNumber!: string | null;

  @Column('text', { nullable: true })
  vatId!: string | null;

  /** Bumped on every change; the search index and other readers compare it to skip stale work. */
  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
