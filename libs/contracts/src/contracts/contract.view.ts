import { ApiProperty } from '@nestjs/swagger';
import {
  CONTRACT_FORMS,
  CONTRACT_STATUSES,
  ContractForm,
  ContractParty,
  ContractStatus,
} from '../domain/contract-terms';
import { DbaAnswers, DbaRiskLevel } from '../domain/dba-check';
import { PartySnapshot } from '../entities/contract.entity';

export class ContractWarningView {
  @ApiProperty({ enum: ['above_rate_card', 'dba_check_missing', 'dba_high_risk'] })
  code!: 'above_rate_card' | 'dba_check_missing' | 'dba_high_risk';
  @ApiProperty() message!: string;
}

export class ModelAgreementView {
  @ApiProperty({ nullable: true, type: String }) reference!: string | null;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
}

export class RateCardCheckView {
  @ApiProperty({ nullable: true, type: Number, description: 'null when the card has no line' })
  maxDayRate!: number | null;
  @ApiProperty() aboveRateCard!: boolean;
  @ApiProperty({ nullable: true, type: String }) justification!: string | null;
  @ApiProperty({ nullable: true, type: String }) justifiedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) justifiedAt!: string | null;
}

export class DbaView {
  @ApiProperty({ description: 'The answers as given by procurement' })
  answers!: DbaAnswers;
  @ApiProperty({ enum: ['low', 'medium', 'high'] }) riskLevel!: DbaRiskLevel;
  @ApiProperty() score!: number;
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty() durationMonths!: number;
  @ApiProperty() hourlyRate!: number;
  @ApiProperty({ nullable: true, type: String }) checkedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) checkedAt!: string | null;
}

export class AcceptanceView {
  @ApiProperty({ enum: ['interim', 'organisation'] }) party!: ContractParty;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() acceptedAt!: string;
  @ApiProperty({ description: 'SHA-256 (hex) of the document bytes accepted' })
  documentSha256!: string;
  @ApiProperty({ nullable: true, type: String, description: 'Set when an edit voided it' })
  invalidatedAt!: string | null;
}

export class ContractView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The first version: shared by all versions' })
  seriesId!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) previousVersionId!: string | null;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ format: 'uuid' }) interimId!: string;
  @ApiProperty({ format: 'uuid' }) responseId!: string;
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ enum: CONTRACT_STATUSES }) status!: ContractStatus;
  @ApiProperty({ enum: CONTRACT_FORMS }) form!: ContractForm;
  @ApiProperty({ type: ModelAgreementView }) modelAgreement!: ModelAgreementView;
  @ApiProperty() dayRate!: number;
  @ApiProperty() startDate!: string;
  @ApiProperty() endDate!: string;
  @ApiProperty({ nullable: true, type: String, description: 'For extensions: first day extended' })
  extensionFrom!: string | null;
  @ApiProperty() hoursPerWeek!: number;
  @ApiProperty({ nullable: true, type: String }) placeOfWork!: string | null;
  @ApiProperty({ nullable: true, type: Number }) noticePeriodDays!: number | null;
  @ApiProperty({ nullable: true, type: String }) terms!: string | null;
  @ApiProperty({ nullable: true, type: String }) seniority!: string | null;
  @ApiProperty({ type: RateCardCheckView }) rateCard!: RateCardCheckView;
  @ApiProperty({ type: DbaView, nullable: true }) dba!: DbaView | null;
  @ApiProperty({ description: 'Counts edits; each revision has its own document' })
  revision!: number;
  @ApiProperty({ nullable: true, type: String, description: 'SHA-256 of the sent document' })
  documentSha256!: string | null;
  @ApiProperty({ nullable: true, description: 'Both parties as sent (a snapshot)' })
  parties!: PartySnapshot | null;
  @ApiProperty({ type: [AcceptanceView] }) acceptances!: AcceptanceView[];
  @ApiProperty({ nullable: true, type: String }) sentAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) activatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) completedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) terminatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) terminationReason!: string | null;
  @ApiProperty({ nullable: true, type: String }) supersededAt!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class ContractWithWarningsView extends ContractView {
  @ApiProperty({ type: [ContractWarningView] }) warnings!: ContractWarningView[];
}

export class ContractPageView {
  @ApiProperty({ type: [ContractView] }) items!: ContractView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export class AuditEntryView {
  @ApiProperty() id!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) actorName!: string | null;
  @ApiProperty() entityType!: string;
  @ApiProperty({ format: 'uuid' }) entityId!: string;
  @ApiProperty() action!: string;
  @ApiProperty({ nullable: true, type: Object }) before!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: Object }) after!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String }) ip!: string | null;
}

export class AuditPageView {
  @ApiProperty({ type: [AuditEntryView] }) items!: AuditEntryView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
