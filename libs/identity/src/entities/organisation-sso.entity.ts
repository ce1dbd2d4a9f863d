import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { OrganisationRole } from './membership.entity';
import { Organisation } from './organisation.entity';

/** An organisation's OpenID Connect provider: one per organisation, absent when switched off. */
@Entity('organisation_sso')
export class OrganisationSso {
  @PrimaryColumn('uuid')
  organisationId!: string;

  /** The issuer identifier; its discovery document names the endpoints and the JWKS. */
  @Column('text')
  issuer!: string;

  @Column('text')
  clientId!: string;

  /** The client secret, sealed with SECRETS_KEY (sealSecret, the organisation id as context). */
  @Column('text')
  clientSecretSealed!: string;

  /** The role of a member that single sign-on creates. */
  @Column('text')
  defaultRole!: OrganisationRole;

  @Column('uuid')
  updatedBy!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @OneToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
