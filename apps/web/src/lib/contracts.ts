import { useQueries, useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { assignmentQuery, useOrganisationAssignments } from '../api/queries';

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
  return useQuery({
    queryKey: ['contracts', organisationId ?? 'mine'],
    queryFn: () =>
      call(
        api.GET('/api/v1/contracts', {
          params: { query: { pageSize: 100, ...(organisationId ? { organisationId } : {}) } },
        }),
      ),
    enabled: Boolean(me),
  });
}

export function useContract(id: string) {
  return useQuery({
    queryKey: ['contract', id],
    queryFn: () => call(api.GET('/api/v1/contracts/{id}', { params: { path: { id } } })),
  });
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
  const assignments = useQueries({
    queries: assignmentIds.map((id) => ({ ...assignmentQuery(id), staleTime: 60_000 })),
  });
  const interims = useQueries({
    queries: interimIds.map((id) => ({
      queryKey: ['interim-profile', id],
      queryFn: () => call(api.GET('/api/v1/interims/{id}', { params: { path: { id } } })),
      staleTime: 60_000,
    })),
  });
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
  const selected = useQueries({
    queries: live.map((a) => ({
      queryKey: ['responses', a.id, 'selected'],
      queryFn: () =>
        call(
          api.GET('/api/v1/assignments/{id}/responses', {
            params: { path: { id: a.id }, query: { status: 'selected', pageSize: 10 } },
          }),
        ),
    })),
  });
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

export function useRateCard(organisationId: string | undefined) {
  return useQuery({
    queryKey: ['rate-card', organisationId],
    queryFn: () =>
      call(
        api.GET('/api/v1/organisations/{id}/rate-card', {
          params: { path: { id: organisationId! } },
        }),
      ),
    enabled: Boolean(organisationId),
    staleTime: 60_000,
  });
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
