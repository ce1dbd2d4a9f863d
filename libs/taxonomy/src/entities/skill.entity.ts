import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An ESCO skill or knowledge concept; the canonical target of skill resolution. */
@Entity('skills')
export class Skill {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('skills_esco_uri_unique', { unique: true })
  @Column('text')
  escoUri!: string;

  @Column('text')
  labelEn!: string;

  /** ESCO's Dutch labels cover only part of the skills; readers fall back to English. */
  @Column('text', { nullable: true })
  labelNl!: string | null;

  /** 'skill/competence' or 'knowledge'. */
  @Column('text')
  skillType!: string;

  /** 'transversal', 'cross-sector', 'sector-specific' or 'occupation-specific'. */
  @Column('text')
  reuseLevel!: string;

  @Column('text', { nullable: true })
  description!: string | null;
}
