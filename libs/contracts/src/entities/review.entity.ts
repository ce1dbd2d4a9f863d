import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ContractParty } from '../domain/contract-terms';
import { Contract } from './contract.entity';

/**
 * A review after completion, once per side per contract series: the organisation rates the
 * interim, the interim rates the organisation.
 */
@Entity('reviews')
@Index('reviews_once_per_side', ['seriesId', 'authorSide'], { unique: true })
@Index('reviews_interim_idx', ['interimId', 'authorSide'])
@Index('reviews_org_idx', ['organisationId', 'authorSide'])
@Check('reviews_rating_check', `"rating" BETWEEN 1 AND 5`)
@Check('reviews_side_check', `"author_side" IN ('interim', 'organisation')`)
export class Review {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  seriesId!: string;

  @Column('uuid')
  contractId!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('uuid')
  interimId!: string;

  @Column('uuid')
  authorId!: string;

  /** Who wrote it; the other side is the one rated. */
  @Column('text')
  authorSide!: ContractParty;

  @Column('smallint')
  rating!: number;

  /** Aspect ratings 1-5: results, collaboration (of an interim); clarity, decisiveness, payment, collaboration (of a client). */
  @Column('jsonb')
  aspects!: Record<string, number>;

  @Column('text', { nullable: true })
  comment!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Contract, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contract_id' })
  contract?: Contract;
}
