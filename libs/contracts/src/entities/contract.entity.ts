import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Organisation, User } from '@gilde/identity';
import { DbaAnswers, DbaAssessment, DbaRiskLevel } from '../domain/dba-check';
import { ContractForm, ContractStatus } from '../domain/contract-terms';

export interface PartySnapshot {
  organisation: {
    id: string;
    name: string;
    kvkNumber: string | null;
    vatId: string | null;
    address: string | null;
  };
  interim: {
    id: string;
    name: string;
    kvkNumber: string | null;
    vatId: string | null;
    city: string | null;
    country: string | null;
  };
  assignment: { id: string; title: string; assignmentKind: string | null; sector: string | null };
}

/**
 * One version of a contract. An extension is a new row in the same series (series_id = the first
 * version's id), linked to the version it extends; when it becomes active the previous version is
 * superseded. `revision` counts edits of this version: each revision has its own document.
 */
@Entity('contracts')
@Index('contracts_org_created_idx', ['organisationId', 'createdAt', 'id'])
@Index('contracts_interim_created_idx', ['interimId', 'createdAt', 'id'])
@Index('contracts_series_version_unique', ['seriesId', 'version'], { unique: true })
@Index('contracts_one_per_response', ['responseId'], {
  unique: true,
  where: `previous_version_id IS NULL AND status <> 'terminated'`,
})
@Index('contracts_one_open_extension', ['previousVersionId'], {
  unique: true,
  where: `previous_version_id IS NOT NULL AND status <> 'terminated'`,
})
@Check(
  'contracts_status_check',
  `"status" IN ('draft', 'sent', 'accepted', 'active', 'completed', 'terminated', 'superseded')`,
)
@Check('contracts_form_check', `"form" IN ('direct', 'mediation', 'intermediary')`)
@Check('contracts_rate_check', `"day_rate" > 0`)
@Check('contracts_hours_check', `"hours_per_week" BETWEEN 1 AND 60`)
@Check('contracts_dates_check', `"end_date" >= "start_date"`)
export class Contract {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  seriesId!: string;

  @Column('int', { default: 1 })
  version!: number;

  @Column('uuid', { nullable: true })
  previousVersionId!: string | null;

  @Column('uuid')
  organisationId!: string;

  /** The interim manager's user id. */
  @Column('uuid')
  interimId!: string;

  @Column('uuid')
  responseId!: string;

  @Column('uuid')
  assignmentId!: string;

  @Column('text', { default: 'draft' })
  status!: ContractStatus;

  @Column('text', { default: 'direct' })
  form!: ContractForm;

  @Column('text', { nullable: true })
  modelAgreementRef!: string | null;

  @Column('text', { nullable: true })
  modelAgreementTitle!: string | null;

  /** Whole euros per day. */
  @Column('int')
  dayRate!: number;

  @Column('date')
  startDate!: string;

  @Column('date')
  endDate!: string;

  /** For an extension: the first day beyond the version it extends. */
  @Column('date', { nullable: true })
  extensionFrom!: string | null;

  @Column('smallint')
  hoursPerWeek!: number;

  @Column('text', { nullable: true })
  placeOfWork!: string | null;

  @Column('smallint', { nullable: true })
  noticePeriodDays!: number | null;

  @Column('text', { nullable: true })
  terms!: string | null;

  @Column('text', { nullable: true })
  seniority!: string | null;

  /** The rate card's maximum when the rate was last checked; null when the card has no line. */
  @Column('int', { nullable: true })
  rateCardMaxDayRate!: number | null;

  @Column('text', { nullable: true })
  rateJustification!: string | null;

  @Column('uuid', { nullable: true })
  rateJustifiedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  rateJustifiedAt!: Date | null;

  @Column('jsonb', { nullable: true })
  dbaAnswers!: DbaAnswers | null;

  @Column('text', { nullable: true })
  dbaRiskLevel!: DbaRiskLevel | null;

  @Column('jsonb', { nullable: true })
  dbaAssessment!: DbaAssessment | null;

  @Column('uuid', { nullable: true })
  dbaCheckedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  dbaCheckedAt!: Date | null;

  /** Both parties' details as they were when the contract was sent (kept after an erasure). */
  @Column('jsonb', { nullable: true })
  parties!: PartySnapshot | null;

  @Column('int', { default: 1 })
  revision!: number;

  /** When the current revision was made: the document's date, so rendering is reproducible. */
  @Column('timestamptz')
  revisedAt!: Date;

  @Column('timestamptz', { nullable: true })
  firstSentAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  activatedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  terminatedAt!: Date | null;

  @Column('text', { nullable: true })
  terminationReason!: string | null;

  @Column('timestamptz', { nullable: true })
  supersededAt!: Date | null;

  @Column('uuid')
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'interim_id' })
  interim?: User;

  @ManyToOne(() => Contract, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'previous_version_id' })
  previousVersion?: Contract;
}
