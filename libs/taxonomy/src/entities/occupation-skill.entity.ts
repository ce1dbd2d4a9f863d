import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Occupation } from './occupation.entity';
import { Skill } from './skill.entity';

export type OccupationSkillRelation = 'essential' | 'optional';

/** ESCO's occupation–skill relation; the basis of "related skills". */
@Entity('occupation_skills')
@Check('occupation_skills_relation_check', `relation IN ('essential', 'optional')`)
@Index('occupation_skills_skill_idx', ['skillId'])
export class OccupationSkill {
  @PrimaryColumn('uuid')
  occupationId!: string;

  @PrimaryColumn('uuid')
  skillId!: string;

  @Column('text')
  relation!: OccupationSkillRelation;

  @ManyToOne(() => Occupation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'occupation_id' })
  occupation?: Occupation;

  @ManyToOne(() => Skill, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: Skill;
}
