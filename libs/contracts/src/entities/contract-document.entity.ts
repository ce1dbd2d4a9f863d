import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Contract } from './contract.entity';

/**
 * The PDF of one revision of a contract, stored when it is sent: the bytes the parties accept
 * are the bytes they download, whatever later happens to the renderer or to profile data.
 * A trigger refuses updates and deletes.
 */
@Entity('contract_documents')
export class ContractDocument {
  @PrimaryColumn('uuid')
  contractId!: string;

  @PrimaryColumn('int')
  revision!: number;

  @Column('text')
  sha256!: string;

  @Column('bytea')
  content!: Buffer;

  @Column('int')
  sizeBytes!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => Contract, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contract_id' })
  contract?: Contract;
}
