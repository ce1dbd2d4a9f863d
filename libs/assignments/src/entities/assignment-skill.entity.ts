import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Assignment } from './assignment.entity';

/**
 * A required skill of an assignment, in the order the hiring manager gave them. skillId is the
 * canonical ESCO skill when the name resolved, null for a skill kept as free text.
 */
@Entity('assignment_skills')
@Index('assignment_skills_skill_idx', ['skillId'])
@Check('assignment_skills_weight_check', `"weight" BETWEEN 1 AND 5`)
export class AssignmentSkill {
  @PrimaryColumn('uuid')
  assignmentId!: string;

  @PrimaryColumn('smallint')
  position!: number;

  @Column('uuid', { nullable: true })
  skillId!: string | null;

  @Column('text')
  name!: string;

  @Column('smallint')
  weight!: number;

  @Column('boolean', { default: false })
  mustHave!: boolean;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Assignment;
}
