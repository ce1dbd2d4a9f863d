import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '@gilde/identity';

/** What a contract needs to name the client party beyond the organisation's name and KvK number. */
@Entity('organisation_contract_details')
export class OrganisationContractDetails {
  @PrimaryColumn('uuid')
  organisationId!: string;

  /** Dutch VAT identification number (btw-id), e.g. NL123456789B01. */
  @Column('text', { nullable: true })
  vatId!: string | null;

  /** Registered address as it should appear on contracts. */
  @Column('text', { nullable: true })
  address!: string | null;

  @Column('uuid')
  updatedBy!: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @OneToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
