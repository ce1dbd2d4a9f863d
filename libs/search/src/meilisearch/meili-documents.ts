import { ASSIGNMENT_KIND_LABELS, SECTOR_LABELS, isAssignmentKind, isSector } from '@gilde/taxonomy';
import type {
  AssignmentSearchDocument,
  ProfileSearchDocument,
  ProfileSkillDoc,
} from '../search-documents';
import { epochDay } from './meili-filter';

/** A profile as Meilisearch stores it: minimised, dates as day numbers. */
export interface MeiliProfile {
  id: string;
  version: number;
  visibility: string;
  headline: string;
  skills: string[];
  skillsNl: string[];
  skillIds: string[];
  /** Per canonical skill id, the interim's strength in it: sorts a skill's candidates. */
  skillStrength: Record<string, number>;
  sectors: string[];
  sectorLabels: string[];
  assignmentKinds: string[];
  kindLabels: string[];
  languages: string[];
  city: string | null;
  remotePreference: string;
  rateBand: number;
  availableFromDay: number | null;
  availableUntilDay: number | null;
  credentials: string[];
  /** The parts of the Dutch compounds in the headline and skills (verander, management). */
  compounds: string[];
}

export interface MeiliAssignment {
  id: string;
  version: number;
  organisationId: string;
  title: string;
  description: string;
  skills: string[];
  skillsNl: string[];
  skillIds: string[];
  sector: string;
  sectorLabels: string[];
  assignmentKind: string;
  kindLabels: string[];
  languages: string[];
  city: string | null;
  remoteShare: number;
  startDay: number;
  maxDayRate: number;
  publishedAt: number | null;
  /** The parts of the Dutch compounds in the title, description and skills. */
  compounds: string[];
}

function sectorLabels(codes: string[]): string[] {
  return codes.flatMap((c) => (isSector(c) ? [SECTOR_LABELS[c].en, SECTOR_LABELS[c].nl] : []));
}

function kindLabels(codes: string[]): string[] {
  return codes.flatMap((c) =>
    isAssignmentKind(c) ? [ASSIGNMENT_KIND_LABELS[c].en, ASSIGNMENT_KIND_LABELS[c].nl] : [],
  );
}

/** The profile attribute holding per-skill strengths; sortable, so each nested field is too. */
export const STRENGTH_ATTRIBUTE = 'skillStrength';

/** Canonical skill ids are UUIDs; anything else could not name exactly one nested field. */
const FIELD_SAFE_ID = /^[0-9A-Za-z-]{1,64}$/u;

/**
 * The nested field holding one skill's strength, for sort and attributesToRetrieve. Sort
 * expressions cannot be quoted, so the id is checked instead (a dot would name a deeper field).
 * UUID hyphens are fine: Meilisearch reads everything before the last ':' as the field name.
 */
export function strengthField(skillId: string): string {
  if (!FIELD_SAFE_ID.test(skillId)) throw new RangeError(`not a skill id: ${skillId}`);
  return `${STRENGTH_ATTRIBUTE}.${skillId}`;
}

/** The strongest entry wins when a profile lists a skill twice, as in search_profile_skills. */
function strengths(skills: ProfileSkillDoc[]): Record<string, number> {
  const byId = new Map<string, number>();
  for (const s of skills) {
    if (!s.skillId) continue;
    strengthField(s.skillId); // refuses ids that could not be sorted on later
    byId.set(s.skillId, Math.max(byId.get(s.skillId) ?? 0, s.strength));
  }
  return Object.fromEntries(byId);
}

const ids = (skills: { skillId: string | null }[]): string[] => [
  ...new Set(skills.map((s) => s.skillId).filter((id): id is string => !!id)),
];

/**
 * `compounds`: the parts of the document's compounds (TextAnalyzer.partsText), which Meilisearch
 * cannot split itself.
 */
export function toMeiliProfile(doc: ProfileSearchDocument, compounds: string[] = []): MeiliProfile {
  return {
    id: doc.interimId,
    version: doc.version,
    visibility: doc.visibility,
    headline: doc.headline,
    skills: doc.skills.map((s) => s.labelEn),
    skillsNl: doc.skills.map((s) => s.labelNl).filter((l): l is string => !!l),
    skillIds: ids(doc.skills),
    skillStrength: strengths(doc.skills),
    sectors: doc.sectors,
    sectorLabels: sectorLabels(doc.sectors),
    assignmentKinds: doc.assignmentKinds,
    kindLabels: kindLabels(doc.assignmentKinds),
    languages: doc.languages,
    city: doc.city,
    remotePreference: doc.remotePreference,
    rateBand: doc.rateBand,
    availableFromDay: doc.availableFrom ? epochDay(doc.availableFrom) : null,
    availableUntilDay: doc.availableUntil ? epochDay(doc.availableUntil) : null,
    credentials: doc.credentials,
    compounds,
  };
}

export function toMeiliAssignment(
  doc: AssignmentSearchDocument,
  compounds: string[] = [],
): MeiliAssignment {
  return {
    id: doc.assignmentId,
    version: doc.version,
    organisationId: doc.organisationId,
    title: doc.title,
    description: doc.description,
    skills: doc.skills.map((s) => s.labelEn),
    skillsNl: doc.skills.map((s) => s.labelNl).filter((l): l is string => !!l),
    skillIds: ids(doc.skills),
    sector: doc.sector,
    sectorLabels: sectorLabels([doc.sector]),
    assignmentKind: doc.assignmentKind,
    kindLabels: kindLabels([doc.assignmentKind]),
    languages: doc.languages,
    city: doc.city,
    remoteShare: doc.remoteShare,
    startDay: epochDay(doc.startDate),
    maxDayRate: doc.maxDayRate,
    publishedAt: doc.publishedAt ? Math.floor(Date.parse(doc.publishedAt) / 1000) : null,
    compounds,
  };
}
