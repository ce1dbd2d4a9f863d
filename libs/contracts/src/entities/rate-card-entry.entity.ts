import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organisation } from '@gilde/identity';

/** One line of an organisation's rate card: the maximum day rate for a kind (and seniority). */
@Entity('rate_card_entries')
@Index('rate_card_entries_unique', ['organisationId', 'assignmentKind', 'seniority'], {
  unique: true,
})
@Check('rate_card_entries_rate_check', `"max_day_rate" > 0`)
export class RateCardEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organisationId!: string;

  @Column('text')
  assignmentKind!: string;

  /** A SENIORITIES value, or 'any' for the line that applies whatever the seniority. */
  @Column('text', { default: 'any' })
  seniority!: string;

  /** Whole euros per day. */
  @Column('int')
  maxDayRate!: number;

  @Column('uuid')
  updatedBy!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
