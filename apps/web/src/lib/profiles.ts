import { useQueries, useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';

export function clientProfileQuery(interimId: string) {
  return {
    queryKey: ['interim-profile', interimId],
    queryFn: () => call(api.GET('/api/v1/interims/{id}', { params: { path: { id: interimId } } })),
    staleTime: 60_000,
  };
}

export function useClientProfile(interimId: string) {
  return useQuery(clientProfileQuery(interimId));
}

export function useClientProfiles(interimIds: string[]) {
  return useQueries({ queries: interimIds.map(clientProfileQuery) });
}

/** Normalised for comparing skill names across languages and casing. */
export function sameSkill(
  a: { name: string; skillId?: string | null },
  b: { name: string; skillId?: string | null },
): boolean {
  if (a.skillId && b.skillId) return a.skillId === b.skillId;
  return a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
}
