import { ASSIGNMENT_KIND_LABELS, SECTOR_LABELS, isAssignmentKind, isSector } from '@gilde/taxonomy';
import type { AssignmentSearchDocument, ProfileSearchDocument } from '../search-documents';
import { epochDay } from './meili-filter';

/** A profile as Meilisearch stores it: flat, minimised, dates as day numbers. */
export interface MeiliProfile {
  id: string;
  version: number;
  visibility: string;
  headline: string;
  skills: string[];
  skillsNl: string[];
  skillIds: string[];
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
}

function sectorLabels(codes: string[]): string[] {
  return codes.flatMap((c) => (isSector(c) ? [SECTOR_LABELS[c].en, SECTOR_LABELS[c].nl] : []));
}

function kindLabels(codes: string[]): string[] {
  return codes.flatMap((c) =>
    isAssignmentKind(c) ? [ASSIGNMENT_KIND_LABELS[c].en, ASSIGNMENT_KIND_LABELS[c].nl] : [],
  );
}

const ids = (skills: { skillId: string | null }[]): string[] => [
  ...new Set(skills.map((s) => s.skillId).filter((id): id is string => !!id)),
];

export function toMeiliProfile(doc: ProfileSearchDocument): MeiliProfile {
  return {
    id: doc.interimId,
    version: doc.version,
    visibility: doc.visibility,
    headline: doc.headline,
    skills: doc.skills.map((s) => s.labelEn),
    skillsNl: doc.skills.map((s) => s.labelNl).filter((l): l is string => !!l),
    skillIds: ids(doc.skills),
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
  };
}

export function toMeiliAssignment(doc: AssignmentSearchDocument): MeiliAssignment {
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
  };
}
