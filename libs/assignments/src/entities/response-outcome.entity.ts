import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '@gilde/identity';
import type { ResponseStatus } from './assignment-response.entity';
import { Assignment } from './assignment.entity';

/**
 * What remains of a response the retention schedule deleted: the outcome, without the person,
 * for the organisation's response statistics; and when, under which policy, it was deleted (the
 * record that the schedule ran).
 */
@Entity('response_outcomes')
@Index('response_outcomes_organisation_idx', ['organisationId'])
@Index('response_outcomes_assignment_idx', ['assignmentId'])
export class ResponseOutcome {
  /** The deleted response's id: audit entries about it stay findable. */
  @PrimaryColumn('uuid')
  responseId!: string;

  @Column('uuid')
  assignmentId!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('text')
  status!: ResponseStatus;

  @Column('timestamptz')
  respondedAt!: Date;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;

  @Column('timestamptz')
  purgedAt!: Date;

  @Column('text')
  policy!: string;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Assignment;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
