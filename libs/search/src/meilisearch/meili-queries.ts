import type { AssignmentQuery, CandidateQuery, ProfileQuery } from '../search-engine';
import { rateBandOf } from '../search-documents';
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

/** Retrieval for matching: holders of any required skill, must-haves as a filter. */
export function candidateRequest(query: CandidateQuery): MeiliSearchRequest {
  const all = [...new Set(query.skills.map((s) => s.skillId))];
  const filter = and(
    all.length ? anyOf('skillIds', all) : undefined,
    query.requiredSkillIds.length ? allOf('skillIds', query.requiredSkillIds) : undefined,
  );
  return { q: null, filter: filter || undefined, offset: 0, limit: query.limit };
}
