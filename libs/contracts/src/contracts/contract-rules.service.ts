import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AssignmentSummaries } from '@gilde/assignments';
import { apiError, invalidField } from '@gilde/kernel';
import { ContractErrors, ContractFieldCodes } from '../contracts.errors';
import { DbaAnswers, assessDba } from '../domain/dba-check';
import { Contract } from '../entities/contract.entity';
import { RateCardsService } from '../rate-cards/rate-cards.service';
import { DbaCheckDto } from './contract.dto';
import { ContractWarningView } from './contract.view';

export interface RateDecision {
  rateCardMaxDayRate: number | null;
  rateJustification: string | null;
  rateJustifiedBy: string | null;
  rateJustifiedAt: Date | null;
  /** True when a new justification was recorded by this decision. */
  justified: boolean;
}

/** The checks every draft, edit and extension goes through: rate card and self-employment. */
@Injectable()
export class ContractRulesService {
  constructor(
    private readonly rateCards: RateCardsService,
    private readonly assignments: AssignmentSummaries,
  ) {}

  async assignmentKind(manager: EntityManager, assignmentId: string): Promise<string | null> {
    const found = await this.assignments.byIds([assignmentId], manager);
    return found.get(assignmentId)?.assignmentKind ?? null;
  }

  /**
   * A day rate above the rate card needs procurement's justification: a new one, or the one
   * already recorded for this very rate. Without it: 400.
   */
  async decideRate(
    manager: EntityManager,
    input: {
      organisationId: string;
      assignmentId: string;
      seniority: string | null;
      dayRate: number;
      justification: string | undefined;
      actorId: string;
      previous?: Pick<
        Contract,
        'dayRate' | 'rateJustification' | 'rateJustifiedBy' | 'rateJustifiedAt'
      >;
    },
  ): Promise<RateDecision> {
    const kind = await this.assignmentKind(manager, input.assignmentId);
    const limit = await this.rateCards.limitFor(
      manager,
      input.organisationId,
      kind,
      input.seniority,
    );
    const none = {
      rateCardMaxDayRate: limit,
      rateJustification: null,
      rateJustifiedBy: null,
      rateJustifiedAt: null,
      justified: false,
    };
    if (limit === null || input.dayRate <= limit) return none;
    if (input.justification) {
      return {
        rateCardMaxDayRate: limit,
        rateJustification: input.justification.trim(),
        rateJustifiedBy: input.actorId,
        rateJustifiedAt: new Date(),
        justified: true,
      };
    }
    const prev = input.previous;
    if (prev?.rateJustification && prev.dayRate === input.dayRate) {
      return {
        rateCardMaxDayRate: limit,
        rateJustification: prev.rateJustification,
        rateJustifiedBy: prev.rateJustifiedBy,
        rateJustifiedAt: prev.rateJustifiedAt,
        justified: false,
      };
    }
    const message =
      `dayRate ${input.dayRate} is above the rate card maximum of ${limit} for ${kind ?? 'this kind of assignment'}; ` +
      'procurement must give a rateJustification to agree a higher rate.';
    // The cause, and the field a form shows it beside.
    throw apiError(400, ContractErrors.rate_card_exceeded, message, {
      fields: [{ field: 'rateJustification', code: 'required', message }],
    });
  }

  dbaAnswers(dto: DbaCheckDto): DbaAnswers {
    return {
      workDirection: dto.workDirection,
      embedding: dto.embedding,
      multipleClients: dto.multipleClients,
      professionalLiabilityInsurance: dto.professionalLiabilityInsurance,
      bearsFinancialRisk: dto.bearsFinancialRisk,
      actsAsEntrepreneur: dto.actsAsEntrepreneur,
      notes: dto.notes?.trim() || null,
    };
  }

  assess(
    answers: DbaAnswers | null,
    terms: { dayRate: number; startDate: string; endDate: string },
  ): Pick<Contract, 'dbaAssessment' | 'dbaRiskLevel'> {
    if (!answers) return { dbaAssessment: null, dbaRiskLevel: null };
    const assessment = assessDba(answers, {
      dayRate: terms.dayRate,
      // Extensions keep the first version's start date, so this is the whole engagement.
      seriesStartDate: terms.startDate,
      endDate: terms.endDate,
    });
    return { dbaAssessment: assessment, dbaRiskLevel: assessment.riskLevel };
  }

  warnings(c: Contract): ContractWarningView[] {
    const warnings: ContractWarningView[] = [];
    if (c.rateCardMaxDayRate !== null && c.dayRate > c.rateCardMaxDayRate) {
      warnings.push({
        code: 'above_rate_card',
        message: `The day rate of ${c.dayRate} is above the rate card maximum of ${c.rateCardMaxDayRate}; the justification is recorded.`,
      });
    }
    if (!c.dbaAnswers) {
      warnings.push({
        code: 'dba_check_missing',
        message: 'Answer the self-employment (DBA) check before sending the contract.',
      });
    } else if (c.dbaRiskLevel === 'high') {
      warnings.push({
        code: 'dba_high_risk',
        message:
          'The self-employment check shows a high risk of hidden employment; review the way of working before sending.',
      });
    }
    return warnings;
  }

  checkDates(startDate: string, endDate: string): void {
    if (endDate < startDate) {
      throw invalidField(
        'endDate',
        ContractFieldCodes.before_start,
        'endDate must be on or after startDate.',
      );
    }
  }
}
