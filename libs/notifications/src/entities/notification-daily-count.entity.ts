import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '@gilde/identity';

/** Instant match e-mails sent to a person on one local day, for the daily cap. */
@Entity('notification_daily_counts')
export class NotificationDailyCount {
  @PrimaryColumn('uuid')
  recipientId!: string;

  @PrimaryColumn('date')
  localDate!: string;

  @Column('int', { default: 0 })
  instantMatchEmails!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;
}
