import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EVENTS, appendToOutbox } from '@gilde/kernel';

/** Responses that were not selected are kept this long after their assignment closed or filled. */
export const NON_SELECTED_RESPONSE_RETENTION_DAYS = 28;
/** The policy named in each outcome record. */
export const NON_SELECTED_RESPONSE_POLICY = 'non_selected_response_28_days_after_close';
/** Responses deleted per transaction. */
const BATCH = 500;
const DAY_MS = 24 * 3600 * 1000;

/**
 * The retention schedule for applications (docs/reliability.md#k4): a response that was not selected
 * (submitted, shortlisted, rejected or withdrawn) is deleted four weeks after its assignment
 * closed or was filled: motivation, proposed rate, availability and the link to the person.
 * What stays is an outcome record without the person, so the organisation's response rate and
 * decision time do not change, and which says when and under which policy the response went.
 * `response.purged` (ids only) lets the notifications about each response go too. The
 * selected response stays: the contract rests on it.
 */
@Injectable()
export class ResponseRetention {
  private readonly logger = new Logger(ResponseRetention.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Deletes what is due at `now` (a parameter, so tests can stand on either side of the day). */
  async purge(now: Date = new Date()): Promise<{ purged: number }> {
    const cutoff = new Date(now.getTime() - NON_SELECTED_RESPONSE_RETENTION_DAYS * DAY_MS);
    let purged = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const gone: { response_id: string; organisation_id: string }[] = await manager.query(
          `WITH due AS (
             SELECT r.id FROM responses r
               JOIN assignments a ON a.id = r.assignment_id
              WHERE r.status <> 'selected'
                AND a.status IN ('closed', 'filled')
                AND GREATEST(a.closed_at, a.filled_at) < $1
              ORDER BY r.id
              LIMIT $2
              FOR UPDATE OF r SKIP LOCKED),
           deleted AS (
             DELETE FROM responses r USING due WHERE r.id = due.id
             RETURNING r.id, r.assignment_id, r.organisation_id, r.status, r.created_at, r.decided_at)
           INSERT INTO response_outcomes (response_id, assignment_id, organisation_id, status,
                  responded_at, decided_at, purged_at, policy)
           SELECT id, assignment_id, organisation_id, status, created_at, decided_at, $3, $4
             FROM deleted
           RETURNING response_id, organisation_id`,
          [cutoff, BATCH, now, NON_SELECTED_RESPONSE_POLICY],
        );
        await appendToOutbox(
          manager,
          gone.map((row) => ({
            eventType: EVENTS.responsePurged,
            tenantId: row.organisation_id,
            aggregateType: 'response',
            aggregateId: row.response_id,
            payload: { responseId: row.response_id, policy: NON_SELECTED_RESPONSE_POLICY },
          })),
        );
        return gone.length;
      });
      purged += batch;
      if (batch < BATCH) break;
    }
    if (purged) {
      this.logger.log(
        `Retention: deleted ${purged} responses not selected (${NON_SELECTED_RESPONSE_POLICY})`,
      );
    }
    return { purged };
  }
}
