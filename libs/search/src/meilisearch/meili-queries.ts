import type { AssignmentQuery, CandidateQuery, ProfileQuery } from '../search-engine';
import { rateBandOf } from '../search-documents';
import { STRENGTH_ATTRIBUTE, strengthField } from './meili-documents';
import { allOf, and, anyOf, epochDay, eq, gte, isNullOr, lte } from './meili-filter';

export interface MeiliSearchRequest {
  q: string | null;
  filter: string | undefined;
  offset: number;
  limit: number;
}

/** Free text is cut to a sane length; Meilisearch itself stops at ten words. */
export const MAX_QUERY_LENGTH = 200;

function text(value: string | undefined): string | null {
  const t = value?.replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  return t ? t : null;
}

const nonEmpty = <T>(values: T[] | undefined): values is T[] => !!values && values.length > 0;

export function profileSearchRequest(query: ProfileQuery): MeiliSearchRequest {
  const filter = and(
    nonEmpty(query.skillIds) ? allOf('skillIds', query.skillIds) : undefined,
    nonEmpty(query.sectors) ? anyOf('sectors', query.sectors) : undefined,
    nonEmpty(query.assignmentKinds) ? anyOf('assignmentKinds', query.assignmentKinds) : undefined,
    nonEmpty(query.languages) ? allOf('languages', query.languages) : undefined,
    nonEmpty(query.remotePreferences)
      ? anyOf('remotePreference', query.remotePreferences)
      : undefined,
    query.availableBy
      ? isNullOr('availableFromDay', lte('availableFromDay', epochDay(query.availableBy)))
      : undefined,
    query.availableUntil
      ? isNullOr('availableUntilDay', gte('availableUntilDay', epochDay(query.availableUntil)))
      : undefined,
    query.maxDayRate !== undefined ? lte('rateBand', rateBandOf(query.maxDayRate)) : undefined,
    query.credential ? eq('credentials', query.credential) : undefined,
  );
  return {
    q: text(query.text),
    filter: filter || undefined,
    offset: query.offset,
    limit: query.limit,
  };
}

export function assignmentSearchRequest(query: AssignmentQuery): MeiliSearchRequest {
  const filter = and(
    nonEmpty(query.skillIds) ? allOf('skillIds', query.skillIds) : undefined,
    nonEmpty(query.sectors) ? anyOf('sector', query.sectors) : undefined,
    nonEmpty(query.assignmentKinds) ? anyOf('assignmentKind', query.assignmentKinds) : undefined,
    nonEmpty(query.languages) ? anyOf('languages', query.languages) : undefined,
    query.minRemoteShare !== undefined ? gte('remoteShare', query.minRemoteShare) : undefined,
    query.maxRemoteShare !== undefined ? lte('remoteShare', query.maxRemoteShare) : undefined,
    query.startAfter ? gte('startDay', epochDay(query.startAfter)) : undefined,
    query.startBefore ? lte('startDay', epochDay(query.startBefore)) : undefined,
    query.minDayRate !== undefined ? gte('maxDayRate', query.minDayRate) : undefined,
  );
  return {
    q: text(query.text),
    filter: filter || undefined,
    offset: query.offset,
    limit: query.limit,
  };
}

/** One skill's share of candidate retrieval: a Meilisearch search plus what merging needs. */
export interface CandidateSkillRequest {
  skillId: string;
  weight: number;
  search: {
    q: null;
    filter: string;
    sort: string[];
    limit: number;
    attributesToRetrieve: string[];
  };
}

/**
 * Retrieval for matching, one search per skill as the PostgreSQL engine does it: that skill's
 * holders (with every must-have), strongest first, at most perSkillCap. Ties go to the lower id
 * so the cap cuts where PostgreSQL's `ORDER BY strength DESC, interim_id` cuts.
 */
export function candidateRequests(query: CandidateQuery): CandidateSkillRequest[] {
  const weights = new Map<string, number>();
  // a skill listed twice counts once, at its highest weight
  for (const s of query.skills)
    weights.set(s.skillId, Math.max(weights.get(s.skillId) ?? 0, s.weight));
  const required = [...new Set(query.requiredSkillIds)];
  return [...weights].map(([skillId, weight]) => {
    const field = strengthField(skillId);
    return {
      skillId,
      weight,
      search: {
        q: null,
        filter: allOf('skillIds', [skillId, ...required.filter((r) => r !== skillId)]),
        sort: [`${field}:desc`, 'id:asc'],
        limit: query.perSkillCap,
        attributesToRetrieve: ['id', field],
      },
    };
  });
}

/** What merging reads from a search result: the hits in the order Meilisearch returned them. */
export interface CandidateHits {
  hits: Record<string, unknown>[];
}

/** Sums are rounded so that equal relevance compares equal and falls through to the id. */
const RELEVANCE_DIGITS = 1e6;

function strengthIn(hit: Record<string, unknown>, skillId: string): number {
  const byId = hit[STRENGTH_ATTRIBUTE];
  const value =
    byId && typeof byId === 'object' ? (byId as Record<string, unknown>)[skillId] : undefined;
  // a document indexed before strengths existed still counts as a holder, only at zero
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/**
 * Merges the per-skill results (same order as the requests): relevance is the sum of
 * weight × strength over the skills an interim was returned for, highest first, then by id;
 * at most `limit` ids.
 */
export function mergeCandidates(
  requests: CandidateSkillRequest[],
  results: CandidateHits[],
  limit: number,
): string[] {
  if (results.length !== requests.length) {
    throw new Error(`expected ${requests.length} candidate results, got ${results.length}`);
  }
  const relevance = new Map<string, number>();
  requests.forEach((request, i) => {
    for (const hit of results[i].hits.slice(0, Math.max(0, request.search.limit))) {
      const id = String(hit.id);
      const gained = request.weight * strengthIn(hit, request.skillId);
      relevance.set(id, (relevance.get(id) ?? 0) + gained);
    }
  });
  const ranked = [...relevance].map(([id, sum]) => ({
    id,
    score: Math.round(sum * RELEVANCE_DIGITS) / RELEVANCE_DIGITS,
  }));
  // ids compare by code unit, as PostgreSQL orders lower-case UUIDs
  ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ranked.slice(0, Math.max(0, limit)).map((r) => r.id);
}
