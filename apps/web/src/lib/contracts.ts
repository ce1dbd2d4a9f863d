import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import {
  useAssignmentsByIds,
  useClientProfiles,
  useContractsQuery,
  useOrganisationAssignments,
  useSelectedResponsesOf,
} from '../api/queries';

/** A contract as the caller's side sees it: the interim manager's view has no rate-card check. */
export type Contract = Schemas['ContractView'] | Schemas['ContractForInterimView'];
export type ContractStatus = Contract['status'];
type Response = Schemas['ResponsePageView']['items'][number];
type Assignment = Schemas['AssignmentView'];

/** The document snapshot of both parties, present once a contract has been sent. */
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

/** Procurement's rate-card check; null in the interim manager's view, which never carries it. */
export function rateCardOf(c: Contract): Schemas['RateCardCheckView'] | null {
  return 'rateCard' in c ? c.rateCard : null;
}

export function partiesOf(c: Pick<Contract, 'parties'>): PartySnapshot | null {
  return (c.parties as unknown as PartySnapshot | null) ?? null;
}

/** Contracts the caller may see: the active organisation's for client users, their own for interims. */
export function useContracts() {
  const { me, activeOrg } = useSession();
  const organisationId = me?.accountType === 'client' ? activeOrg?.organisationId : undefined;
  return useContractsQuery(organisationId, Boolean(me));
}

/**
 * Names for a contract: from the parties snapshot once sent; for a draft, from the assignment
 * and the interim's profile.
 */
export function useContractNames(
  contracts: Contract[],
): Map<string, { assignment: string; interim: string; organisation: string }> {
  const { me } = useSession();
  const drafts = contracts.filter((c) => !partiesOf(c) && me?.accountType === 'client');
  const assignmentIds = [...new Set(drafts.map((c) => c.assignmentId))];
  const interimIds = [...new Set(drafts.map((c) => c.interimId))];
  const assignments = useAssignmentsByIds(assignmentIds);
  const interims = useClientProfiles(interimIds);
  const names = new Map<string, { assignment: string; interim: string; organisation: string }>();
  for (const c of contracts) {
    const p = partiesOf(c);
    if (p) {
      names.set(c.id, {
        assignment: p.assignment.title,
        interim: p.interim.name,
        organisation: p.organisation.name,
      });
      continue;
    }
    const a = assignments[assignmentIds.indexOf(c.assignmentId)]?.data;
    const i = interims[interimIds.indexOf(c.interimId)]?.data;
    names.set(c.id, {
      assignment: a?.title ?? '…',
      interim: i?.displayName ?? '…',
      organisation: a?.organisationName ?? '',
    });
  }
  return names;
}

export interface AwaitingContract {
  response: Response;
  assignment: Assignment;
  contract: Contract | undefined;
}

/**
 * Selected candidates of the organisation and the contract drafted for each, if any: the
 * procurement desk's to-do list. Built from the organisation's assignments and their selected
 * responses, so it needs no dedicated endpoint.
 */
export function useSelectedCandidates(organisationId: string | undefined) {
  const assignments = useOrganisationAssignments(organisationId);
  const live = (assignments.data?.items ?? []).filter((a) => a.status !== 'draft');
  const selected = useSelectedResponsesOf(live.map((a) => a.id));
  const contracts = useContracts();
  const pending = assignments.isPending || selected.some((q) => q.isPending) || contracts.isPending;
  const items: AwaitingContract[] = [];
  live.forEach((assignment, i) => {
    for (const response of selected[i]?.data?.items ?? []) {
      const contract = contracts.data?.items.find(
        (c) => c.responseId === response.id && c.status !== 'superseded',
      );
      items.push({ response, assignment, contract });
    }
  });
  return { isPending: pending, error: assignments.error ?? contracts.error, items };
}

/** The rate card's maximum for a kind (and seniority, when a line for it exists). */
export function rateCardMax(
  card: Schemas['RateCardView'] | undefined,
  kind: string | null | undefined,
  seniority?: string | null,
): number | null {
  if (!card || !kind) return null;
  const lines = card.entries.filter((e) => e.assignmentKind === kind);
  const exact = seniority ? lines.find((e) => e.seniority === seniority) : undefined;
  const general = lines.find((e) => e.seniority === null);
  return (exact ?? general)?.maxDayRate ?? null;
}

export interface ContractWarning {
  tone: 'warning' | 'danger';
  kind: 'aboveCard' | 'dbaMissing' | 'dbaHigh';
}

/**
 * What procurement should look at before the contract runs: a rate above the card, a missing or
 * high-risk DBA check. Not shown to the interim manager, nor once the contract runs.
 */
export function contractWarnings(c: Contract, isInterim: boolean): ContractWarning[] {
  if (isInterim || !['draft', 'sent', 'accepted'].includes(c.status)) return [];
  const warnings: ContractWarning[] = [];
  if (rateCardOf(c)?.aboveRateCard) warnings.push({ tone: 'warning', kind: 'aboveCard' });
  if (!c.dba) warnings.push({ tone: 'warning', kind: 'dbaMissing' });
  if (c.dba?.riskLevel === 'high') warnings.push({ tone: 'danger', kind: 'dbaHigh' });
  return warnings;
}

/** The steps of a contract's life, in order; terminated and superseded ones leave the path. */
export const CONTRACT_STEPS = ['draft', 'sent', 'accepted', 'active', 'completed'] as const;

/** Contracts on their way to running: drafted, sent or accepted. */
export function isInFlight(c: Pick<Contract, 'status'>): boolean {
  return ['draft', 'sent', 'accepted'].includes(c.status);
}

/** How many of the contracts are in each status. */
export function countByStatus(
  contracts: Pick<Contract, 'status'>[],
): Partial<Record<ContractStatus, number>> {
  const counts: Partial<Record<ContractStatus, number>> = {};
  for (const c of contracts) counts[c.status] = (counts[c.status] ?? 0) + 1;
  return counts;
}
