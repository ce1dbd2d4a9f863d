import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An ESCO occupation (managers and management-related professionals). */
@Entity('occupations')
export class Occupation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('occupations_esco_uri_unique', { unique: true })
  @Column('text')
  escoUri!: string;

  /** ESCO code, e.g. "1213.1". */
  @Column('text')
  code!: string;

  /** Four-digit ISCO unit group, e.g. "1213". */
  @Column('text')
  iscoGroup!: string;

  @Column('text')
  labelEn!: string;

  @Column('text', { nullable: true })
  labelNl!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  altLabelsEn!: string[];

  @Column('text', { array: true, default: () => "'{}'" })
  altLabelsNl!: string[];

  @Column('text', { nullable: true })
  description!: string | null;
}
