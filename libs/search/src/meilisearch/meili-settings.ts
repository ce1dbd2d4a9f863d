import type { Settings } from 'meilisearch';
import { STRENGTH_ATTRIBUTE } from './meili-documents';

export type MeiliIndexKind = 'profiles' | 'assignments';

export function indexUid(prefix: string, kind: MeiliIndexKind): string {
  return `${prefix}_${kind}`;
}

/**
 * Short skill names that must only match themselves: with typos allowed "SAP" would find "SAS" and
 * "HR" would find "PR". Words shorter than five letters never get a typo anyway (minWordSizeForTypos);
 * this list also covers longer acronyms whose neighbours are different skills.
 */
export const EXACT_ONLY_WORDS: readonly string[] = [
  'sap',
  'hr',
  'hrm',
  'it',
  'ict',
  'erp',
  'crm',
  'bi',
  'ceo',
  'cfo',
  'coo',
  'cio',
  'cto',
  'cso',
  'kpi',
  'okr',
  'gdpr',
  'avg',
  'wmo',
  'wlz',
  'ggz',
  'mbo',
  'hbo',
  'iso',
  'lean',
  'scrum',
  'agile',
  'prince2',
  'ifrs',
  'gaap',
  'sox',
  'mifid',
  'oracle',
  'excel',
];

const TYPO_TOLERANCE: Settings['typoTolerance'] = {
  enabled: true,
  // one typo from 5 letters, two from 9 (long Dutch compounds such as "projectmanagment"): the
  // same threshold the taxonomy's fuzzy matching uses
  minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
  disableOnWords: [...EXACT_ONLY_WORDS],
  // ids and codes are matched exactly or not at all
  disableOnAttributes: ['skillIds'],
};

const RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

/** The profile index: what is searched, filtered and sorted. Rates are a band, never sortable. */
export function profileIndexSettings(synonyms: Record<string, string[]>): Settings {
  return {
    searchableAttributes: [
      'skills',
      'skillsNl',
      'headline',
      'compounds',
      'sectorLabels',
      'kindLabels',
      'city',
    ],
    filterableAttributes: [
      'skillIds',
      'sectors',
      'assignmentKinds',
      'languages',
      'visibility',
      'rateBand',
      'availableFromDay',
      'availableUntilDay',
      'credentials',
      'remotePreference',
    ],
    // skillStrength covers its nested skillStrength.<skill id> fields; id breaks strength ties
    sortableAttributes: ['availableFromDay', STRENGTH_ATTRIBUTE, 'id'],
    // candidate retrieval reads the strengths back to weigh them across skills
    displayedAttributes: ['id', 'version', STRENGTH_ATTRIBUTE],
    rankingRules: RANKING_RULES,
    synonyms,
    typoTolerance: TYPO_TOLERANCE,
    // matching asks each skill for up to MATCH_LIST_SIZE holders (at most 10,000)
    pagination: { maxTotalHits: 10_000 },
  };
}

export function assignmentIndexSettings(synonyms: Record<string, string[]>): Settings {
  return {
    searchableAttributes: [
      'title',
      'skills',
      'skillsNl',
      'sectorLabels',
      'kindLabels',
      'compounds',
      'city',
      'description',
    ],
    filterableAttributes: [
      'skillIds',
      'sector',
      'assignmentKind',
      'languages',
      'remoteShare',
      'startDay',
      'maxDayRate',
      'organisationId',
    ],
    sortableAttributes: ['startDay', 'publishedAt'],
    displayedAttributes: ['id', 'version'],
    rankingRules: RANKING_RULES,
    synonyms,
    typoTolerance: TYPO_TOLERANCE,
    pagination: { maxTotalHits: 5000 },
  };
}

/** Labels one skill goes by (preferred and alternative, English and Dutch). */
export interface SkillLabelGroup {
  labels: string[];
}

/** Synonyms per skill are capped: some ESCO skills have dozens of alternative labels. */
export const MAX_SYNONYMS_PER_SKILL = 12;
const MAX_SYNONYM_LENGTH = 60;

/**
 * Meilisearch synonyms from the taxonomy: every label of a skill points at the skill's other
 * labels (multi-way), lower-cased. Labels shared by several skills merge their lists.
 */
export function synonymsFromTaxonomy(groups: SkillLabelGroup[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    const labels = [
      ...new Set(
        group.labels
          .map((l) => l.toLowerCase().replace(/\s+/gu, ' ').trim())
          .filter((l) => l.length > 1 && l.length <= MAX_SYNONYM_LENGTH),
      ),
    ].slice(0, MAX_SYNONYMS_PER_SKILL);
    if (labels.length < 2) continue;
    for (const label of labels) {
      const set = synonyms.get(label) ?? new Set<string>();
      for (const other of labels) if (other !== label) set.add(other);
      synonyms.set(label, set);
    }
  }
  return Object.fromEntries([...synonyms].map(([k, v]) => [k, [...v].sort()]));
}

/**
 * Meilisearch synonyms from groups of equivalent phrases (the curated Dutch and English job words
 * and the occupation titles), multi-way and lower-cased, merged into `into`.
 */
export function withPhraseSynonyms(
  into: Record<string, string[]>,
  groups: readonly (readonly string[])[],
): Record<string, string[]> {
  const merged = new Map(Object.entries(into).map(([k, v]) => [k, new Set(v)]));
  for (const group of groups) {
    const phrases = [
      ...new Set(
        group
          .map((p) => p.toLowerCase().replace(/\s+/gu, ' ').trim())
          .filter((p) => p.length > 1 && p.length <= MAX_SYNONYM_LENGTH),
      ),
    ];
    for (const phrase of phrases) {
      const set = merged.get(phrase) ?? new Set<string>();
      for (const other of phrases) if (other !== phrase) set.add(other);
      if (set.size) merged.set(phrase, set);
    }
  }
  return Object.fromEntries([...merged].map(([k, v]) => [k, [...v].sort()]));
}
