import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Organisation, User } from '@gilde/identity';
import { Assignment } from './assignment.entity';

/**
 * A change of the maximum day rate of an assignment after it was published: who, when, from what
 * to what. Shown to the organisation's members, so repeated probing of the budget is visible.
 */
@Entity('assignment_budget_changes')
@Index('assignment_budget_changes_assignment_idx', ['assignmentId', 'changedAt', 'id'])
export class AssignmentBudgetChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  assignmentId!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  changedBy!: string;

  /** Whole euros per day. */
  @Column('int', { nullable: true })
  fromMaxDayRate!: number | null;

  /** Whole euros per day. */
  @Column('int', { nullable: true })
  toMaxDayRate!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Assignment;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'changed_by' })
  changer?: User;
}
