/** How a skill name was recognised. */
export type SkillMatch = 'exact' | 'synonym' | 'fuzzy' | 'free_text';

export type SkillLocale = 'en' | 'nl';
export const SKILL_LOCALES: readonly SkillLocale[] = ['en', 'nl'];

export interface SkillSuggestion {
  skillId: string;
  label: string;
}

/**
 * The outcome of resolving one typed skill name. Free text is kept, not refused: skillId is null,
 * label is the trimmed input, and suggestions name the canonical skills the user probably meant.
 */
export interface ResolvedSkill {
  input: string;
  skillId: string | null;
  label: string;
  matchedBy: SkillMatch;
  suggestions: SkillSuggestion[];
}

/** One autocomplete item: the canonical skill and the label (in any language) the query hit. */
export interface SkillSuggestItem {
  skillId: string;
  label: string;
  matchedLabel: string;
  lang: SkillLocale;
}
