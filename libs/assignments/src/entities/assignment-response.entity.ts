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
import { Assignment } from './assignment.entity';

export type ResponseStatus = 'submitted' | 'shortlisted' | 'rejected' | 'selected' | 'withdrawn';
export const RESPONSE_STATUSES: readonly ResponseStatus[] = [
  'submitted',
  'shortlisted',
  'rejected',
  'selected',
  'withdrawn',
];

export const REJECTION_REASONS = [
  'experience_mismatch',
  'availability',
  'rate',
  'other_candidate_selected',
  'assignment_cancelled',
  'other',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/**
 * An interim manager's response to an assignment. One per (assignment, interim) and at most one
 * selected per assignment, both enforced by the database so parallel requests cannot break them.
 */
@Entity('responses')
@Index('responses_once_per_interim', ['assignmentId', 'interimId'], { unique: true })
@Index('responses_one_selected', ['assignmentId'], { unique: true, where: `status = 'selected'` })
@Index('responses_assignment_created_idx', ['assignmentId', 'createdAt', 'id'])
@Index('responses_interim_created_idx', ['interimId', 'createdAt', 'id'])
@Check(
  'responses_status_check',
  `"status" IN ('submitted', 'shortlisted', 'rejected', 'selected', 'withdrawn')`,
)
@Check('responses_rate_check', `"proposed_day_rate" > 0`)
export class AssignmentResponse {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  assignmentId!: string;

  /** The assignment's organisation, copied so every query can scope by tenant directly. */
  @Column('uuid')
  organisationId!: string;

  /** The interim manager's user id. */
  @Column('uuid')
  interimId!: string;

  @Column('text')
  motivation!: string;

  /** Whole euros per day. */
  @Column('int')
  proposedDayRate!: number;

  @Column('date')
  availableFrom!: string;

  @Column('text', { default: 'submitted' })
  status!: ResponseStatus;

  @Column('text', { nullable: true })
  rejectionReason!: RejectionReason | null;

  @Column('text', { nullable: true })
  rejectionNote!: string | null;

  /** The hiring manager who shortlisted, rejected or selected: always a person, never a job. */
  @Column('uuid', { nullable: true })
  decidedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Assignment;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'interim_id' })
  interim?: User;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'decided_by' })
  decider?: User;
}
