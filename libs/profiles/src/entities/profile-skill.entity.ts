import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InterimProfile } from './interim-profile.entity';

/** One skill of a profile, in the order the interim listed it. */
@Entity('profile_skills')
@Index('profile_skills_skill_idx', ['skillId'])
@Index('profile_skills_user_skill_unique', ['userId', 'skillId'], {
  unique: true,
  where: 'skill_id IS NOT NULL',
})
@Check('profile_skills_level_check', 'level BETWEEN 1 AND 5')
@Check('profile_skills_years_check', 'years BETWEEN 0 AND 60')
export class ProfileSkill {
  @PrimaryColumn('uuid')
  userId!: string;

  @PrimaryColumn('smallint')
  position!: number;

  /** The canonical skill (taxonomy `skills.id`); null for a free-text skill. */
  @Column('uuid', { nullable: true })
  skillId!: string | null;

  /** The canonical label when resolved, otherwise the text as typed. */
  @Column('text')
  name!: string;

  @Column('smallint')
  level!: number;

  @Column('smallint')
  years!: number;

  @ManyToOne(() => InterimProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  profile?: InterimProfile;
}
