import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql as expression } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { AssignmentSummaries, ResponseHistoryEntry } from '@gilde/assignments';
import { UserDirectory } from '@gilde/identity';
import { sql } from '@gilde/kernel';
import { REVIEW_ASPECTS } from '../reviews/review-aspects';
import { ClientReputationView } from './reputation.view';

const round = (v: number | null, digits = 1): number | null =>
  v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * How a client organisation treats interim managers, for interims deciding whether to respond:
 * how fast it decides, how often it answers at all, and what interims who worked there say.
 */
@Injectable()
export class ClientReputationReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectory,
    private readonly assignments: AssignmentSummaries,
  ) {}

  /** Null when the organisation does not exist. */
  async forOrganisation(
    organisationId: string,
    manager?: EntityManager,
  ): Promise<ClientReputationView | null> {
    const names = await this.directory.organisationNames([organisationId], manager);
    const organisationName = names.get(organisationId);
    if (organisationName === undefined) return null;

    const db = sql(manager ?? this.dataSource);
    // Responses the retention schedule deleted still count, through their outcome records.
    const history = await this.assignments.responseHistory(organisationId, manager);
    const decided = history.filter((r) => DECIDED.includes(r.status));
    const received = history.filter((r) => r.status !== 'withdrawn').length;
    const answered = decided.length;
    const decisionDays = await this.decisionDays(decided, manager);
    const aspects = REVIEW_ASPECTS.interim;
    const reviews = await db
      .selectFrom('reviews')
      .select((eb) => [
        eb.fn.countAll<string>().as('n'),
        eb.fn.avg<string | null>('rating').as('avgRating'),
        ...aspects.map((a) => expression<string | null>`avg((aspects ->> ${a})::numeric)`.as(a)),
      ])
      .where('organisationId', '=', organisationId)
      .where('authorSide', '=', 'interim')
      .executeTakeFirstOrThrow();
    const completed = await db
      .selectFrom('contracts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('organisationId', '=', organisationId)
      .where('status', '=', 'completed')
      .executeTakeFirstOrThrow();

    // The aspects' averages, by the aspect's name.
    const byAspect: Record<string, string | number | bigint | null> = reviews;
    const num = (v: string | number | bigint | null | undefined): number | null =>
      v === null || v === undefined ? null : Number(v);
    return {
      organisationId,
      organisationName,
      decisionTime: {
        medianDays: round(median(decisionDays)),
        sampleSize: decisionDays.length,
      },
      responseRate: {
        received,
        answered,
        rate: received ? round(answered / received, 2) : null,
      },
      reviews: {
        count: Number(reviews.n),
        averageRating: round(num(reviews.avgRating)),
        aspects: Object.fromEntries(aspects.map((a) => [a, round(num(byAspect[a]))])),
      },
      completedContracts: Number(completed.n),
    };
  }

  /**
   * Days from each decided response to its first decision: the earliest decision in the audit
   * trail, or the response's own decision time when the trail has not caught up yet.
   */
  private async decisionDays(
    decided: ResponseHistoryEntry[],
    manager?: EntityManager,
  ): Promise<number[]> {
    if (!decided.length) return [];
    const firsts = await sql(manager ?? this.dataSource)
      .selectFrom('auditEvents')
      .select((eb) => ['entityId', eb.fn.min('at').as('at')])
      .where('entityType', '=', 'response')
      .where('entityId', '=', (eb) => eb.fn.any(eb.val(decided.map((r) => r.id))))
      .where('action', 'in', DECIDED)
      .groupBy('entityId')
      .execute();
    const audited = new Map(firsts.map((f) => [f.entityId, f.at]));
    return decided.flatMap((r) => {
      const times = [r.decidedAt, audited.get(r.id)].filter((t): t is Date => !!t);
      if (!times.length) return [];
      const first = Math.min(...times.map((t) => t.getTime()));
      return [(first - r.respondedAt.getTime()) / DAY_MS];
    });
  }
}

/** The statuses a hiring manager's decision leads to. */
const DECIDED: string[] = ['shortlisted', 'rejected', 'selected'];
const DAY_MS = 24 * 3600 * 1000;

/** The middle value, or the mean of the two middle ones (as percentile_cont(0.5)). */
function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
