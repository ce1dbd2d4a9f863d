import { useQuery } from '@tanstack/react-query';
import { api, call } from '../client';
import { queryKeys } from './keys';

/** The organisation's members with their roles. */
export function useOrganisationMembers(organisationId: string) {
  return useQuery({
    queryKey: queryKeys.organisationMembers(organisationId),
    queryFn: () =>
      call(
        api.GET('/api/v1/organisations/{id}/members', { params: { path: { id: organisationId } } }),
      ),
  });
}

/** Invitations not yet accepted (admins). */
export function usePendingInvitations(organisationId: string) {
  return useQuery({
    queryKey: queryKeys.pendingInvitations(organisationId),
    queryFn: () =>
      call(
        api.GET('/api/v1/organisations/{id}/invitations', {
          params: { path: { id: organisationId } },
        }),
      ),
  });
}

/** The organisation's single sign-on settings, without the client secret (admins). */
export function useSsoSettings(organisationId: string) {
  return useQuery({
    queryKey: queryKeys.ssoSettings(organisationId),
    queryFn: () =>
      call(api.GET('/api/v1/organisations/{id}/sso', { params: { path: { id: organisationId } } })),
  });
}
