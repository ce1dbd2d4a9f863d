import { useQuery } from '@tanstack/react-query';
import { api, call } from '../client';
import { queryKeys } from './keys';

/**
 * Contracts the caller may see: an organisation's when `organisationId` is given (client users),
 * otherwise the caller's own (interim managers). Asked only once `enabled`.
 */
export function useContractsQuery(organisationId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.contracts.visibleTo(organisationId),
    queryFn: () =>
      call(
        api.GET('/api/v1/contracts', {
          params: { query: { pageSize: 100, ...(organisationId ? { organisationId } : {}) } },
        }),
      ),
    enabled,
  });
}

export function useContract(id: string) {
  return useQuery({
    queryKey: queryKeys.contract(id),
    queryFn: () => call(api.GET('/api/v1/contracts/{id}', { params: { path: { id } } })),
  });
}

/** A contract's audit trail (first 100 entries), for procurement. */
export function useContractAudit(contractId: string) {
  return useQuery({
    queryKey: queryKeys.contractAudit(contractId),
    queryFn: () =>
      call(
        api.GET('/api/v1/contracts/{id}/audit', {
          params: { path: { id: contractId }, query: { pageSize: 100 } },
        }),
      ),
  });
}

export function useRateCard(organisationId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.rateCard(organisationId),
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

/** Contracts and assignments above the organisation's rate card, for the procurement desk. */
export function useRateFlags(organisationId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.rateFlags.ofOrganisation(organisationId),
    queryFn: () =>
      call(
        api.GET('/api/v1/procurement/flags', {
          params: { query: { organisationId: organisationId! } },
        }),
      ),
    enabled: Boolean(organisationId),
  });
}

/** The organisation's address and VAT id as printed on its contracts. */
export function useContractDetails(organisationId: string) {
  return useQuery({
    queryKey: queryKeys.contractDetails(organisationId),
    queryFn: () =>
      call(
        api.GET('/api/v1/organisations/{id}/contract-details', {
          params: { path: { id: organisationId } },
        }),
      ),
  });
}
