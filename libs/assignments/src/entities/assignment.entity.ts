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
import { Organisation, User } from '@gilde/identity';

export type AssignmentStatus = 'draft' | 'published' | 'closed' | 'filled';
export const ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = [
  'draft',
  'published',
  'closed',
  'filled',
];

/**
 * A posting by a client organisation. Drafts may be incomplete; publishing checks completeness,
 * so every published, closed or filled assignment has dates, hours, a rate and must-have skills.
 */
@Entity('assignments')
@Index('assignments_org_created_idx', ['organisationId', 'createdAt', 'id'])
@Index('assignments_status_idx', ['status', 'publishedAt'])
@Check('assignments_status_check', `"status" IN ('draft', 'published', 'closed', 'filled')`)
@Check('assignments_remote_share_check', `"remote_share" BETWEEN 0 AND 100`)
@Check('assignments_hours_check', `"hours_per_week" BETWEEN 1 AND 60`)
@Check('assignments_rate_check', `"max_day_rate" > 0`)
@Check('assignments_dates_check', `"end_date" >= "start_date"`)
export class Assignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  createdBy!: string;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  description!: string;

  /** A code from ASSIGNMENT_KINDS (@gilde/taxonomy); null while drafting. */
  @Column('text', { nullable: true })
  assignmentKind!: string | null;

  /** A code from SECTORS (@gilde/taxonomy); null while drafting. */
  @Column('text', { nullable: true })
  sector!: string | null;

  /** ISO 639-1 codes. */
  @Column('text', { array: true, default: () => "'{}'" })
  languages!: string[];

  @Column('text', { nullable: true })
  city!: string | null;

  /** ISO 3166-1 alpha-2. */
  @Column('text', { nullable: true })
  country!: string | null;

  /** Percentage of the work that can be done remotely. */
  @Column('smallint', { default: 0 })
  remoteShare!: number;

  @Column('date', { nullable: true })
  startDate!: string | null;

  @Column('date', { nullable: true })
  endDate!: string | null;

  @Column('smallint', { nullable: true })
  hoursPerWeek!: number | null;

  /** Whole euros per day. */
  @Column('int', { nullable: true })
  maxDayRate!: number | null;

  @Column('text', { default: 'draft' })
  status!: AssignmentStatus;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  filledAt!: Date | null;

  /** Bumped on every change, so consumers of events can skip stale work. */
  @Column('int', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'created_by' })
  creator?: User;
}
