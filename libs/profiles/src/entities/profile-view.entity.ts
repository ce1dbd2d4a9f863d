import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Column,
} from 'typeorm';
import { Organisation, User } from '@gilde/identity';

/**
 * A client user opened an interim's profile, on behalf of their organisation: one row per
 * viewer, profile and calendar day (Europe/Amsterdam), so the table stays small and a repeated
 * read writes nothing. The interim sees which organisations looked (never who).
 */
@Entity('profile_views')
@Index('profile_views_interim_idx', ['interimId', 'viewedAt'])
@Index('profile_views_viewed_on_idx', ['viewedOn'])
export class ProfileView {
  @PrimaryColumn('uuid')
  viewerUserId!: string;

  @PrimaryColumn('uuid')
  interimId!: string;

  @PrimaryColumn('date')
  viewedOn!: string;

  @Column('uuid')
  viewerOrganisationId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  viewedAt!: Date;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'viewer_user_id' })
  viewer?: User;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interim_id' })
  interim?: User;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'viewer_organisation_id' })
  viewerOrganisation?: Organisation;
}
