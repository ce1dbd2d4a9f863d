import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A hiring manager's own weights for one assignment; absent means the defaults. */
@Entity('assignment_match_weights')
@Check(
  'assignment_match_weights_total_check',
  'skills + track_record + credentials + availability + fit = 100',
)
export class AssignmentMatchWeights {
  @PrimaryColumn('uuid')
  assignmentId!: string;

  @Column('smallint')
  skills!: number;

  @Column('smallint')
  trackRecord!: number;

  @Column('smallint')
  credentials!: number;

  @Column('smallint')
  availability!: number;

  @Column('smallint')
  fit!: number;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;
}
