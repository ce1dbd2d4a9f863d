import type { Schemas } from '../api/client';
import { useTaxonomy } from '../api/queries';
import { useI18n } from '../i18n/i18n';

export type Sector = NonNullable<Schemas['AssignmentView']['sector']>;
export type AssignmentKind = NonNullable<Schemas['AssignmentView']['assignmentKind']>;

export interface Catalogue<T extends string> {
  options: { value: T; label: string }[];
  label: (code: string | null | undefined) => string;
}

function useCatalogue<T extends string>(key: 'sectors' | 'assignment-kinds'): Catalogue<T> {
  const { lang } = useI18n();
  const query = useTaxonomy(key);
  const items = query.data?.items ?? [];
  return {
    options: items.map((i) => ({ value: i.code as T, label: i.labels[lang] })),
    label: (code) => {
      if (!code) return '—';
      const item = items.find((i) => i.code === code);
      return item ? item.labels[lang] : code.replace(/_/g, ' ');
    },
  };
}

/** Sectors of the Dutch market, labelled in the current language (from the taxonomy API). */
export function useSectors(): Catalogue<Sector> {
  return useCatalogue<Sector>('sectors');
}

/** Kinds of interim assignment, labelled in the current language. */
export function useAssignmentKinds(): Catalogue<AssignmentKind> {
  return useCatalogue<AssignmentKind>('assignment-kinds');
}

/** Languages offered for assignments and profiles (ISO 639-1). */
export const LANGUAGE_CODES = ['nl', 'en', 'de', 'fr', 'es'] as const;
