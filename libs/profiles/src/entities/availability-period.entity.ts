import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { InterimProfile } from './interim-profile.entity';

/** A stretch of time in which the interim can work the given hours per week. */
@Entity('availability_periods')
@Index('availability_periods_user_idx', ['userId', 'fromDate'])
@Check('availability_periods_dates_check', 'from_date <= to_date')
@Check('availability_periods_hours_check', 'hours_per_week BETWEEN 1 AND 60')
export class AvailabilityPeriod {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Column('date')
  fromDate!: string;

  @Column('date')
  toDate!: string;

  @Column('smallint')
  hoursPerWeek!: number;

  @ManyToOne(() => InterimProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  profile?: InterimProfile;
}
