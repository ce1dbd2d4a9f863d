import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
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

/** The DBA check as the contract document's annex prints it: what both parties sign. */
export class DbaAnnexView {
  @ApiProperty({ description: 'The answers as given by procurement' })
  answers!: DbaAnswers;
  @ApiProperty({ enum: ['low', 'medium', 'high'] }) riskLevel!: DbaRiskLevel;
  @ApiProperty() score!: number;
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty() durationMonths!: number;
  @ApiProperty() hourlyRate!: number;
}

/** The DBA check with who ran it: for the organisation only. */
export class DbaView extends DbaAnnexView {
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

/** Fields every party of a contract sees: the terms the document states, and the lifecycle. */
class ContractBaseView {
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

/**
 * A contract as its interim manager sees it (docs/reliability.md#b5): the document's content, without procurement's
 * rate-card maximum, over-card flag and justification or who ran the DBA check.
 */
export class ContractForInterimView extends ContractBaseView {
  @ApiProperty({ type: DbaAnnexView, nullable: true }) dba!: DbaAnnexView | null;
}

/** A contract as the organisation's procurement desk and hiring managers see it. */
export class ContractView extends ContractBaseView {
  @ApiProperty({ type: RateCardCheckView }) rateCard!: RateCardCheckView;
  @ApiProperty({ type: DbaView, nullable: true }) dba!: DbaView | null;
}

export class ContractWithWarningsView extends ContractView {
  @ApiProperty({ type: [ContractWarningView] }) warnings!: ContractWarningView[];
}

@ApiExtraModels(ContractView, ContractForInterimView)
export class ContractPageView {
  @ApiProperty({
    description:
      'ContractView items for members of the organisation, ContractForInterimView for the interim',
    type: 'array',
    items: {
      oneOf: [
        { $ref: getSchemaPath(ContractView) },
        { $ref: getSchemaPath(ContractForInterimView) },
      ],
    },
  })
  items!: (ContractView | ContractForInterimView)[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

/** One audit entry. The row's sequence number stays internal (no sequential ids, docs/reliability.md#a8). */
export class AuditEntryView {
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
