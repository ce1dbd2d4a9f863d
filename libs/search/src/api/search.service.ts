import { Inject, Injectable, Logger } from '@nestjs/common';
import { AssignmentRecord, AssignmentsReader } from '@gilde/assignments';
import type { AuthUser } from '@gilde/identity';
import { apiError, pageWindow } from '@gilde/kernel';
import { ProfileBrowsingService, ProfileRecord, ProfilesReader } from '@gilde/profiles';
import { SkillResolverService } from '@gilde/taxonomy';
import {
  AssignmentSearchItem,
  AssignmentSearchPage,
  AssignmentSearchQuery,
  InterimSearchItem,
  InterimSearchPage,
  InterimSearchQuery,
} from '../dto/search.dto';
import { SEARCH_ENGINE, SearchEngine, SearchHits, SearchUnavailableError } from '../search-engine';
import { SearchErrors } from '../search.errors';

const list = (value: string | undefined): string[] =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/**
 * Search for the API: the engine finds ids, PostgreSQL decides what the caller may see. A hit
 * that fails the caller's scope (hidden, erased, unpublished) is dropped and logged as a security
 * event (docs/reliability.md#a6); an engine that is down answers 503 (docs/reliability.md#g8).
 */
@Injectable()
export class SearchService {
  private readonly logger = new Logger('Security');

  constructor(
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly profiles: ProfilesReader,
    private readonly assignments: AssignmentsReader,
    private readonly resolver: SkillResolverService,
    private readonly browsing: ProfileBrowsingService,
  ) {}

  /** Members of an organisation only (403), within their search quota (429). */
  async searchInterims(user: AuthUser, query: InterimSearchQuery): Promise<InterimSearchPage> {
    await this.browsing.admitSearch(user);
    const { page, pageSize, skip, take } = pageWindow(query);
    const { skillIds, text } = await this.skills(query.skills, query.q, user);
    const hits = await this.guard(() =>
      this.engine.searchProfiles({
        text,
        skillIds,
        sectors: query.sector ? [query.sector] : undefined,
        assignmentKinds: query.kind ? [query.kind] : undefined,
        languages: list(query.languages),
        availableBy: query.availableFrom,
        maxDayRate: query.maxDayRate,
        credential: query.credential,
        remotePreferences: query.remotePreference ? [query.remotePreference] : undefined,
        offset: skip,
        limit: take,
      }),
    );
    const records = await this.profiles.getMany(hits.ids);
    const visible = new Map(
      records.filter((r) => r.visibility !== 'hidden').map((r) => [r.interimId, r]),
    );
    this.reportLeaks('profile', user, hits, visible);
    const items = hits.ids
      .map((id) => visible.get(id))
      .filter((r): r is ProfileRecord => !!r)
      // the index holds a rate band; the exact minimum is checked here
      .filter((r) => query.maxDayRate === undefined || r.dayRate.min <= query.maxDayRate)
      .map(toInterimItem);
    return { items, page, pageSize, total: hits.total };
  }

  async searchAssignments(
    user: AuthUser,
    query: AssignmentSearchQuery,
  ): Promise<AssignmentSearchPage> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const { skillIds, text } = await this.skills(query.skills, query.q, user);
    const hits = await this.guard(() =>
      this.engine.searchAssignments({
        text,
        skillIds,
        sectors: query.sector ? [query.sector] : undefined,
        assignmentKinds: query.kind ? [query.kind] : undefined,
        languages: list(query.languages),
        minRemoteShare: query.remote === true ? 50 : undefined,
        maxRemoteShare: query.remote === false ? 49 : undefined,
        startBefore: query.startBefore,
        startAfter: query.startAfter,
        offset: skip,
        limit: take,
      }),
    );
    const records = await this.assignments.getMany(hits.ids);
    const visible = new Map(records.filter((r) => r.status === 'published').map((r) => [r.id, r]));
    this.reportLeaks('assignment', user, hits, visible);
    const items = hits.ids
      .map((id) => visible.get(id))
      .filter((r): r is AssignmentRecord => !!r)
      .map(toAssignmentItem);
    return { items, page, pageSize, total: hits.total };
  }

  /** Named skills become canonical ids; names the taxonomy does not know join the free text. */
  private async skills(
    skills: string | undefined,
    q: string | undefined,
    user: AuthUser,
  ): Promise<{ skillIds: string[]; text: string | undefined }> {
    const names = list(skills);
    if (!names.length) return { skillIds: [], text: q };
    const resolved = await this.resolver.resolve(names, user.locale);
    const skillIds = [...new Set(resolved.flatMap((r) => (r.skillId ? [r.skillId] : [])))];
    const free = resolved.filter((r) => !r.skillId).map((r) => r.label);
    const text = [q, ...free].filter(Boolean).join(' ') || undefined;
    return { skillIds, text };
  }

  private async guard(run: () => Promise<SearchHits>): Promise<SearchHits> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof SearchUnavailableError) {
        throw apiError(
          503,
          SearchErrors.search_unavailable,
          'Search is temporarily unavailable. Please try again in a minute.',
        );
      }
      throw err;
    }
  }

  private reportLeaks(
    kind: string,
    user: AuthUser,
    hits: SearchHits,
    visible: Map<string, unknown>,
  ): void {
    const dropped = hits.ids.filter((id) => !visible.has(id));
    if (dropped.length) {
      this.logger.warn(
        { event: 'search.hit_out_of_scope', kind, userId: user.id, dropped },
        `Dropped ${dropped.length} ${kind} search hits outside the caller's scope`,
      );
    }
  }
}

function toInterimItem(r: ProfileRecord): InterimSearchItem {
  return {
    id: r.interimId,
    headline: r.headline,
    city: r.location.city,
    country: r.location.country,
    sectors: r.sectors,
    assignmentKinds: r.assignmentKinds,
    languages: r.languages,
    remotePreference: r.remotePreference,
    skills: r.skills.map((s) => ({ name: s.name, level: s.level, years: s.years })),
    availableFrom: r.availableFrom,
    credentials: [
      ...new Set(r.credentials.filter((c) => c.status === 'verified').map((c) => c.type)),
    ],
  };
}

function toAssignmentItem(r: AssignmentRecord): AssignmentSearchItem {
  return {
    id: r.id,
    title: r.title,
    organisationName: r.organisationName,
    sector: r.sector ?? '',
    assignmentKind: r.assignmentKind ?? '',
    languages: r.languages,
    city: r.city,
    country: r.country,
    remoteShare: r.remoteShare,
    startDate: r.startDate ?? '',
    endDate: r.endDate,
    hoursPerWeek: r.hoursPerWeek ?? 0,
    skills: r.requiredSkills.map((s) => ({ name: s.name, mustHave: s.mustHave })),
    publishedAt: r.publishedAt ? r.publishedAt.toISOString() : null,
  };
}
