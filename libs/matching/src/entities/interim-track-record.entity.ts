import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { User } from '@gilde/identity';

/** What an interim has delivered on the platform: reviews and completed assignments. */
@Entity('interim_track_records')
export class InterimTrackRecord {
  @PrimaryColumn('uuid')
  interimId!: string;

  @Column('int', { default: 0 })
  reviewCount!: number;

  @Column('real', { default: 0 })
  ratingSum!: number;

  /** Plain average, for display; the score uses a Bayesian average. */
  @Column('real', { nullable: true })
  ratingAvg!: number | null;

  @Column('int', { default: 0 })
  completedCount!: number;

  /** Always written in full; no column default (TypeORM misreads jsonb defaults). */
  @Column('jsonb')
  completedByKind!: Record<string, number>;

  @Column('jsonb')
  completedBySector!: Record<string, number>;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interim_id' })
  interim?: User;
}
