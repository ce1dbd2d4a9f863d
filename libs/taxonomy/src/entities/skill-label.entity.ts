import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { SkillLocale } from '../skills/resolved-skill';
import { Skill } from './skill.entity';

export type SkillLabelKind = 'preferred' | 'alt';

/**
 * Every name a skill goes by (preferred and alternative labels, English and Dutch), keyed by the
 * normalized form.
 */
@Entity('skill_labels')
@Check('skill_labels_lang_check', `lang IN ('en', 'nl')`)
@Check('skill_labels_kind_check', `kind IN ('preferred', 'alt')`)
export class SkillLabel {
  @PrimaryColumn('uuid')
  skillId!: string;

  @PrimaryColumn('text')
  lang!: SkillLocale;

  /** normalizeLabel(label): lower case, accents folded, whitespace collapsed. */
  // Created by the hand-written migration TaxonomyLabelIndexes (operator classes TypeORM cannot
  // express); declared here only so schema generation leaves them alone.
  @Index('skill_labels_normalized_trgm', { synchronize: false })
  @Index('skill_labels_normalized_prefix', { synchronize: false })
  @PrimaryColumn('text')
  normalized!: string;

  @Column('text')
  label!: string;

  @Column('text')
  kind!: SkillLabelKind;

  @ManyToOne(() => Skill, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: Skill;
}
