import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@gilde/identity';
import type { StoredExplanation } from '../scoring/explanation';
import type { Breakdown } from '../scoring/quality-score';

/**
 * A stored match of an interim for an assignment, with what it was computed from: kept so the
 * hiring manager, the interim and procurement see the same reasons (docs/reliability.md#k5).
 */
@Entity('assignment_matches')
@Index('assignment_matches_interim_idx', ['interimId', 'computedAt'])
@Check('assignment_matches_score_check', 'score >= 0 AND score <= 100')
export class AssignmentMatch {
  @PrimaryColumn('uuid')
  assignmentId!: string;

  @PrimaryColumn('uuid')
  interimId!: string;

  /** 1 = best. Null for an interim shown only because the budget left them out (flag 'rate'). */
  @Column('smallint', { nullable: true })
  rank!: number | null;

  @Column('real')
  score!: number;

  /** Each component 0-100. */
  @Column('jsonb')
  breakdown!: Breakdown;

  /** json, not jsonb: written and read whole (see migration MatchExplanationAsJson). */
  @Column('json')
  explanation!: StoredExplanation;

  @Column('boolean')
  rateWithinBudget!: boolean;

  /** False when the interim's own preferences rule the assignment out; they are not notified. */
  @Column('boolean')
  reciprocal!: boolean;

  @Column('text', { array: true, default: () => "'{}'" })
  flags!: string[];

  /** The assignment version the match was computed for. */
  @Column('int')
  assignmentVersion!: number;

  @Column('timestamptz')
  computedAt!: Date;

  /** No foreign key: see migration AssignmentMatchesWithoutUserKey. */
  @ManyToOne(() => User, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'interim_id' })
  interim?: User;
}
