import { EntityManager, In } from 'typeorm';
import { DEFAULT_MODEL_AGREEMENT } from '../domain/contract-terms';
import { ContractAcceptance } from '../entities/contract-acceptance.entity';
import { Contract } from '../entities/contract.entity';
import { ContractView } from './contract.view';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function contractView(
  c: Contract,
  acceptances: ContractAcceptance[],
  documentSha256: string | null,
): ContractView {
  const above = c.rateCardMaxDayRate !== null && c.dayRate > c.rateCardMaxDayRate;
  return {
    id: c.id,
    seriesId: c.seriesId,
    version: c.version,
    previousVersionId: c.previousVersionId,
    organisationId: c.organisationId,
    interimId: c.interimId,
    responseId: c.responseId,
    assignmentId: c.assignmentId,
    status: c.status,
    form: c.form,
    modelAgreement: { reference: c.modelAgreementRef, title: c.modelAgreementTitle },
    dayRate: c.dayRate,
    startDate: c.startDate,
    endDate: c.endDate,
    extensionFrom: c.extensionFrom,
    hoursPerWeek: c.hoursPerWeek,
    placeOfWork: c.placeOfWork,
    noticePeriodDays: c.noticePeriodDays,
    terms: c.terms,
    seniority: c.seniority,
    rateCard: {
      maxDayRate: c.rateCardMaxDayRate,
      aboveRateCard: above,
      justification: c.rateJustification,
      justifiedBy: c.rateJustifiedBy,
      justifiedAt: iso(c.rateJustifiedAt),
    },
    dba:
      c.dbaAnswers && c.dbaAssessment && c.dbaRiskLevel
        ? {
            answers: c.dbaAnswers,
            riskLevel: c.dbaRiskLevel,
            score: c.dbaAssessment.score,
            reasons: c.dbaAssessment.reasons,
            durationMonths: c.dbaAssessment.durationMonths,
            hourlyRate: c.dbaAssessment.hourlyRate,
            checkedBy: c.dbaCheckedBy,
            checkedAt: iso(c.dbaCheckedAt),
          }
        : null,
    revision: c.revision,
    documentSha256,
    parties: c.parties,
    acceptances: acceptances.map((a) => ({
      party: a.party,
      userId: a.userId,
      revision: a.revision,
      acceptedAt: a.acceptedAt.toISOString(),
      documentSha256: a.documentSha256,
      invalidatedAt: iso(a.invalidatedAt),
    })),
    sentAt: iso(c.sentAt),
    activatedAt: iso(c.activatedAt),
    completedAt: iso(c.completedAt),
    terminatedAt: iso(c.terminatedAt),
    terminationReason: c.terminationReason,
    supersededAt: iso(c.supersededAt),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** Loads what views need besides the rows: acceptances and the current documents' hashes. */
export async function loadContractViews(
  manager: EntityManager,
  contracts: Contract[],
): Promise<ContractView[]> {
  if (!contracts.length) return [];
  const ids = contracts.map((c) => c.id);
  const acceptances = await manager.find(ContractAcceptance, {
    where: { contractId: In(ids) },
    order: { acceptedAt: 'ASC', id: 'ASC' },
  });
  const hashes: { contract_id: string; revision: number; sha256: string }[] = await manager.query(
    `SELECT contract_id, revision, sha256 FROM contract_documents WHERE contract_id = ANY($1::uuid[])`,
    [ids],
  );
  return contracts.map((c) =>
    contractView(
      c,
      acceptances.filter((a) => a.contractId === c.id),
      hashes.find((h) => h.contract_id === c.id && h.revision === c.revision)?.sha256 ?? null,
    ),
  );
}

export async function loadContractView(
  manager: EntityManager,
  contract: Contract,
): Promise<ContractView> {
  const [view] = await loadContractViews(manager, [contract]);
  return view;
}

export function defaultModelAgreement(
  form: Contract['form'],
  reference: string | null | undefined,
): { reference: string | null; title: string | null } {
  if (reference) {
    return {
      reference,
      title: reference === DEFAULT_MODEL_AGREEMENT.reference ? DEFAULT_MODEL_AGREEMENT.title : null,
    };
  }
  if (reference === undefined && form === 'direct') {
    return { reference: DEFAULT_MODEL_AGREEMENT.reference, title: DEFAULT_MODEL_AGREEMENT.title };
  }
  return { reference: null, title: null };
}
