import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationSso } from './organisation-sso.entity';

/**
 * An e-mail domain whose users sign in through an organisation's provider. The domain is the
 * key: two organisations can never claim the same one.
 */
@Entity('organisation_sso_domains')
@Index('organisation_sso_domains_organisation_idx', ['organisationId'])
export class SsoDomain {
  /** Lower case, without a trailing dot. */
  @PrimaryColumn('text')
  domain!: string;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationSso, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  sso?: OrganisationSso;
}
