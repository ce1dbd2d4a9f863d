import { EntityManager, In } from 'typeorm';
import { sql } from '@gilde/kernel';
import { DEFAULT_MODEL_AGREEMENT } from '../domain/contract-terms';
import { ContractAcceptance } from '../entities/contract-acceptance.entity';
import { Contract } from '../entities/contract.entity';
import { ContractViewer } from './contract-access.service';
import { ContractForInterimView, ContractView } from './contract.view';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/**
 * What the interim manager of the contract sees, field by field (an allow-list, docs/reliability.md#b5): the terms
 * the document states and the lifecycle, never procurement's rate-card internals.
 */
export function contractForInterimView(
  c: Contract,
  acceptances: ContractAcceptance[],
  documentSha256: string | null,
): ContractForInterimView {
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
    // The annex of the document: the answers and the assessment, not who ran the check.
    dba:
      c.dbaAnswers && c.dbaAssessment && c.dbaRiskLevel
        ? {
            answers: c.dbaAnswers,
            riskLevel: c.dbaRiskLevel,
            score: c.dbaAssessment.score,
            reasons: c.dbaAssessment.reasons,
            durationMonths: c.dbaAssessment.durationMonths,
            hourlyRate: c.dbaAssessment.hourlyRate,
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

/** What the organisation's procurement desk and hiring managers see: adds the rate-card check. */
export function contractView(
  c: Contract,
  acceptances: ContractAcceptance[],
  documentSha256: string | null,
): ContractView {
  const shared = contractForInterimView(c, acceptances, documentSha256);
  return {
    ...shared,
    rateCard: {
      maxDayRate: c.rateCardMaxDayRate,
      aboveRateCard: c.rateCardMaxDayRate !== null && c.dayRate > c.rateCardMaxDayRate,
      justification: c.rateJustification,
      justifiedBy: c.rateJustifiedBy,
      justifiedAt: iso(c.rateJustifiedAt),
    },
    dba: shared.dba && {
      ...shared.dba,
      checkedBy: c.dbaCheckedBy,
      checkedAt: iso(c.dbaCheckedAt),
    },
  };
}

/** Loads what views need besides the rows: acceptances and the current documents' hashes. */
async function loadViews<V>(
  manager: EntityManager,
  contracts: Contract[],
  build: (c: Contract, acceptances: ContractAcceptance[], documentSha256: string | null) => V,
): Promise<V[]> {
  if (!contracts.length) return [];
  const ids = contracts.map((c) => c.id);
  const acceptances = await manager.find(ContractAcceptance, {
    where: { contractId: In(ids) },
    order: { acceptedAt: 'ASC', id: 'ASC' },
  });
  const hashes = await sql(manager)
    .selectFrom('contractDocuments')
    .select(['contractId', 'revision', 'sha256'])
    .where('contractId', '=', (eb) => eb.fn.any(eb.val(ids)))
    .execute();
  return contracts.map((c) =>
    build(
      c,
      acceptances.filter((a) => a.contractId === c.id),
      hashes.find((h) => h.contractId === c.id && h.revision === c.revision)?.sha256 ?? null,
    ),
  );
}

/** The organisation's view (procurement, hiring managers). */
export function loadContractViews(
  manager: EntityManager,
  contracts: Contract[],
): Promise<ContractView[]> {
  return loadViews(manager, contracts, contractView);
}

export async function loadContractView(
  manager: EntityManager,
  contract: Contract,
): Promise<ContractView> {
  const [view] = await loadContractViews(manager, [contract]);
  return view;
}

export async function loadContractForInterimView(
  manager: EntityManager,
  contract: Contract,
): Promise<ContractForInterimView> {
  const [view] = await loadViews(manager, [contract], contractForInterimView);
  return view;
}

/** The view the viewer's side of the contract may see (per-role response shapes, docs/reliability.md#b5). */
export function loadContractViewsFor(
  manager: EntityManager,
  contracts: Contract[],
  viewer: ContractViewer,
): Promise<(ContractView | ContractForInterimView)[]> {
  return viewer.side === 'interim'
    ? loadViews(manager, contracts, contractForInterimView)
    : loadContractViews(manager, contracts);
}

export async function loadContractViewFor(
  manager: EntityManager,
  contract: Contract,
  viewer: ContractViewer,
): Promise<ContractView | ContractForInterimView> {
  const [view] = await loadContractViewsFor(manager, [contract], viewer);
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
