import { useQuery } from '@tanstack/react-query';
import { api, call } from '../client';
import { queryKeys } from './keys';

/** A taxonomy catalogue (sectors or assignment kinds), loaded once per session. */
export function useTaxonomy(catalogue: 'sectors' | 'assignment-kinds') {
  return useQuery({
    queryKey: queryKeys.taxonomy(catalogue),
    queryFn: () =>
      catalogue === 'sectors'
        ? call(api.GET('/api/v1/taxonomy/sectors'))
        : call(api.GET('/api/v1/taxonomy/assignment-kinds')),
    staleTime: Infinity,
  });
}

/**
 * Skill suggestions for typed text (asked from two characters on); the previous suggestions stay
 * while the next ones load, so the list does not flicker.
 */
export function useSkillSuggestions(q: string, lang: 'nl' | 'en') {
  return useQuery({
    queryKey: queryKeys.skillSuggestions(lang, q),
    queryFn: () =>
      call(api.GET('/api/v1/skills/suggest', { params: { query: { q, locale: lang, limit: 8 } } })),
    enabled: q.length >= 2,
    staleTime: 5 * 60_000,
    placeholderData: (previous) => previous,
  });
}
