import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Organisation } from './organisation.entity';
import { User } from './user.entity';

export type OrganisationRole = 'admin' | 'hiring_manager' | 'procurement';
export const ORGANISATION_ROLES: OrganisationRole[] = ['admin', 'hiring_manager', 'procurement'];

@Entity('memberships')
@Index('memberships_user_idx', ['userId'])
export class Membership {
  @PrimaryColumn('uuid')
  organisationId!: string;

  @PrimaryColumn('uuid')
  userId!: string;

  @Column('text', { array: true })
  roles!: OrganisationRole[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;
}
