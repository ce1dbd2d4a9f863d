import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ContractParty } from '../domain/contract-terms';
import { Contract } from './contract.entity';

/**
 * A party's acceptance of one revision of a contract: who, when, from where, and the SHA-256 of
 * the exact document bytes. An edit of the contract invalidates it (the row stays, as evidence).
 */
@Entity('contract_acceptances')
@Index('contract_acceptances_valid_unique', ['contractId', 'party', 'revision'], {
  unique: true,
  where: 'invalidated_at IS NULL',
})
@Check('contract_acceptances_party_check', `"party" IN ('interim', 'organisation')`)
export class ContractAcceptance {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  contractId!: string;

  @Column('text')
  party!: ContractParty;

  @Column('uuid')
  userId!: string;

  @Column('int')
  revision!: number;

  @Column('text')
  documentSha256!: string;

  @Column('text', { nullable: true })
  ip!: string | null;

  @Column('text', { nullable: true })
  userAgent!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  acceptedAt!: Date;

  @Column('timestamptz', { nullable: true })
  invalidatedAt!: Date | null;

  @ManyToOne(() => Contract, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contract_id' })
  contract?: Contract;
}
