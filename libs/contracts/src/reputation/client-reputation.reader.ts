import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Null when the organisation does not exist. */
  async forOrganisation(
    organisationId: string,
    manager?: EntityManager,
  ): Promise<ClientReputationView | null> {
    const db = manager ?? this.dataSource.manager;
    const orgs: { name: string }[] = await db.query(
      `SELECT name FROM organisations WHERE id = $1`,
      [organisationId],
    );
    if (!orgs[0]) return null;

    // Responses the retention schedule deleted still count, through their outcome records.
    const everyResponse = `(
      SELECT id, status, created_at, decided_at FROM responses WHERE organisation_id = $1
      UNION ALL
      SELECT response_id, status, responded_at, decided_at FROM response_outcomes
       WHERE organisation_id = $1)`;
    const responses: { received: string; answered: string }[] = await db.query(
      `SELECT count(*) FILTER (WHERE status <> 'withdrawn') AS received,
              count(*) FILTER (WHERE status IN ('shortlisted', 'rejected', 'selected')) AS answered
         FROM ${everyResponse} r`,
      [organisationId],
    );
    // The first decision on a response: the earliest decision in the audit trail, or the
    // response's own decision time when the trail has not caught up yet.
    const decision: { median_days: number | null; n: string }[] = await db.query(
      `WITH firsts AS (
         SELECT r.id, r.created_at,
                LEAST(r.decided_at, (SELECT min(e.at) FROM audit_events e
                                      WHERE e.entity_type = 'response' AND e.entity_id = r.id
                                        AND e.action IN ('shortlisted', 'rejected', 'selected'))) AS decided
           FROM ${everyResponse} r
          WHERE r.status IN ('shortlisted', 'rejected', 'selected'))
       SELECT percentile_cont(0.5) WITHIN GROUP (
                ORDER BY extract(epoch FROM decided - created_at) / 86400.0) AS median_days,
              count(*) AS n
         FROM firsts WHERE decided IS NOT NULL`,
      [organisationId],
    );
    const aspects = REVIEW_ASPECTS.interim;
    const reviews: Record<string, string | null>[] = await db.query(
      `SELECT count(*) AS n, avg(rating) AS avg_rating,
              ${aspects.map((a, i) => `avg((aspects ->> $${i + 2})::numeric) AS "${a}"`).join(', ')}
         FROM reviews WHERE organisation_id = $1 AND author_side = 'interim'`,
      [organisationId, ...aspects],
    );
    const completed: { n: string }[] = await db.query(
      `SELECT count(*) AS n FROM contracts WHERE organisation_id = $1 AND status = 'completed'`,
      [organisationId],
    );

    const received = Number(responses[0]?.received ?? 0);
    const answered = Number(responses[0]?.answered ?? 0);
    const r = reviews[0] ?? {};
    const num = (v: string | null | undefined): number | null =>
      v === null || v === undefined ? null : Number(v);
    return {
      organisationId,
      organisationName: orgs[0].name,
      decisionTime: {
        medianDays: round(num(decision[0]?.median_days as unknown as string)),
        sampleSize: Number(decision[0]?.n ?? 0),
      },
      responseRate: {
        received,
        answered,
        rate: received ? round(answered / received, 2) : null,
      },
      reviews: {
        count: Number(r.n ?? 0),
        averageRating: round(num(r.avg_rating)),
        aspects: Object.fromEntries(aspects.map((a) => [a, round(num(r[a]))])),
      },
      completedContracts: Number(completed[0]?.n ?? 0),
    };
  }
}
