import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql as expression } from 'kysely';
import { DataSource } from 'typeorm';
import { AssignmentRecord, AssignmentsForMatching, AssignmentsReader } from '@gilde/assignments';
import { AuthUser, OrganisationAccessService } from '@gilde/identity';
import {
  ApiException,
  EVENTS,
  KernelErrors,
  PageQuery,
  appendToOutbox,
  notFound,
  pageWindow,
  sql,
  transitionRefused,
} from '@gilde/kernel';
import { ProfileRecord, ProfilesReader } from '@gilde/profiles';
import {
  AssignmentMatchView,
  InterimMatchPage,
  MatchWeightsDto,
  MatchWeightsView,
  MatchesQuery,
} from '../dto/matches.dto';
import {
  DEFAULT_MATCH_WEIGHTS,
  effectiveWeights,
  matchWeightFieldProblems,
} from '../scoring/match-weights';
import { MatchesReader, StoredMatch } from './matches.reader';

/** The transaction's time, as the column default has it. */
const now = expression<Date>`now()`;

const locale = (user: AuthUser): 'en' | 'nl' => (user.locale === 'nl' ? 'nl' : 'en');

/** The matches and match weights API, scoped by organisation or to the interim themself. */
@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly assignments: AssignmentsReader,
    private readonly forMatching: AssignmentsForMatching,
    private readonly profiles: ProfilesReader,
    private readonly matches: MatchesReader,
  ) {}

  /** Loads the assignment, then checks the caller's organisation: 404 for others, 403 for roles. */
  private async assignmentFor(
    user: AuthUser,
    id: string,
    roles: ('hiring_manager' | 'procurement' | 'admin')[] = [],
  ): Promise<AssignmentRecord> {
    const assignment = await this.assignments.get(id);
    if (!assignment) throw notFound('Assignment');
    await this.access.require(user, assignment.organisationId, roles, 'Assignment');
    return assignment;
  }

  async forAssignment(
    user: AuthUser,
    assignmentId: string,
    query: MatchesQuery,
  ): Promise<AssignmentMatchView[]> {
    await this.assignmentFor(user, assignmentId);
    const stored = await this.matches.forAssignment(assignmentId, query.limit ?? 20);
    const profiles = new Map(
      (await this.profiles.getMany(stored.map((m) => m.interimId)))
        .filter((p) => p.visibility !== 'hidden')
        .map((p) => [p.interimId, p]),
    );
    const lang = locale(user);
    return stored.flatMap((m) => {
      const p = profiles.get(m.interimId);
      return p ? [toAssignmentMatchView(m, p, lang)] : [];
    });
  }

  async forInterim(user: AuthUser, query: PageQuery): Promise<InterimMatchPage> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const { matches, total } = await this.matches.forInterim(user.id, { skip, take });
    const assignments = new Map(
      (await this.assignments.getMany(matches.map((m) => m.assignmentId)))
        .filter((a) => a.status === 'published')
        .map((a) => [a.id, a]),
    );
    const lang = locale(user);
    const items = matches.flatMap((m) => {
      const a = assignments.get(m.assignmentId);
      if (!a) return [];
      return [
        {
          assignment: {
            id: a.id,
            title: a.title,
            organisationName: a.organisationName,
            sector: a.sector ?? '',
            assignmentKind: a.assignmentKind ?? '',
            city: a.city,
            remoteShare: a.remoteShare,
            startDate: a.startDate ?? '',
            endDate: a.endDate,
            hoursPerWeek: a.hoursPerWeek ?? 0,
          },
          score: m.score,
          breakdown: m.breakdown,
          explanation: m.explanation[lang],
          rateWithinBudget: m.rateWithinBudget,
          reciprocal: m.reciprocal,
          flags: m.flags,
          computedAt: m.computedAt.toISOString(),
        },
      ];
    });
    return { items, page, pageSize, total };
  }

  async weights(user: AuthUser, assignmentId: string): Promise<MatchWeightsView> {
    await this.assignmentFor(user, assignmentId);
    const stored = await sql(this.dataSource)
      .selectFrom('assignmentMatchWeights')
      .select(['skills', 'trackRecord', 'credentials', 'availability', 'fit'])
      .where('assignmentId', '=', assignmentId)
      .executeTakeFirst();
    const weights = effectiveWeights(stored);
    return { ...weights, isDefault: weights === DEFAULT_MATCH_WEIGHTS };
  }

  /** Bounded per component, adding up to 100; a published assignment is matched again. */
  async setWeights(
    user: AuthUser,
    assignmentId: string,
    dto: MatchWeightsDto,
  ): Promise<MatchWeightsView> {
    const problems = matchWeightFieldProblems({ ...dto });
    if (problems.fields.length) {
      throw new ApiException(400, KernelErrors.validation_failed, problems.message, {
        fields: problems.fields,
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const row = await this.forMatching.lockStatus(assignmentId, manager);
      if (!row) throw notFound('Assignment');
      await this.access.require(
        user,
        row.organisationId,
        ['hiring_manager'],
        'Assignment',
        manager,
      );
      if (row.status === 'closed' || row.status === 'filled') {
        throw transitionRefused('assignment', 'change the match weights of', row.status);
      }
      const weights = {
        skills: dto.skills,
        trackRecord: dto.trackRecord,
        credentials: dto.credentials,
        availability: dto.availability,
        fit: dto.fit,
      };
      await sql(manager)
        .insertInto('assignmentMatchWeights')
        .values({ assignmentId, ...weights, updatedAt: now })
        .onConflict((oc) => oc.column('assignmentId').doUpdateSet({ ...weights, updatedAt: now }))
        .execute();
      if (row.status === 'published') {
        await appendToOutbox(manager, {
          eventType: EVENTS.matchWeightsChanged,
          tenantId: row.organisationId,
          aggregateType: 'assignment',
          aggregateId: assignmentId,
          payload: { assignmentId },
        });
      }
      return { ...weights, isDefault: false };
    });
  }
}

function toAssignmentMatchView(
  m: StoredMatch,
  p: ProfileRecord,
  lang: 'en' | 'nl',
): AssignmentMatchView {
  return {
    interim: {
      id: p.interimId,
      headline: p.headline,
      city: p.location.city,
      sectors: p.sectors,
      assignmentKinds: p.assignmentKinds,
      languages: p.languages,
      availableFrom: p.availableFrom,
    },
    rank: m.rank,
    score: m.score,
    breakdown: m.breakdown,
    explanation: m.explanation[lang],
    rateWithinBudget: m.rateWithinBudget,
    reciprocal: m.reciprocal,
    flags: m.flags,
    computedAt: m.computedAt.toISOString(),
  };
}
