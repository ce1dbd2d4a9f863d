import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EVENTS, appendToOutbox, sql } from '@gilde/kernel';

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
export class ResponseRetentionService {
  private readonly logger = new Logger(ResponseRetentionService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Deletes what is due at `now` (a parameter, so tests can stand on either side of the day). */
  async purge(now: Date = new Date()): Promise<{ purged: number }> {
    const cutoff = new Date(now.getTime() - NON_SELECTED_RESPONSE_RETENTION_DAYS * DAY_MS);
    let purged = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const gone = await sql(manager)
          .with('due', (db) =>
            db
              .selectFrom('responses as r')
              .innerJoin('assignments as a', 'a.id', 'r.assignmentId')
              .select('r.id')
              .where('r.status', '<>', 'selected')
              .where('a.status', 'in', ['closed', 'filled'])
              .where((eb) => eb(eb.fn('greatest', ['a.closedAt', 'a.filledAt']), '<', cutoff))
              .orderBy('r.id')
              .limit(BATCH)
              .forUpdate('r')
              .skipLocked(),
          )
          .with('deleted', (db) =>
            db
              .deleteFrom('responses')
              .using('due')
              .whereRef('responses.id', '=', 'due.id')
              .returning([
                'responses.id',
                'responses.assignmentId',
                'responses.organisationId',
                'responses.status',
                'responses.createdAt',
                'responses.decidedAt',
              ]),
          )
          .insertInto('responseOutcomes')
          .columns([
            'responseId',
            'assignmentId',
            'organisationId',
            'status',
            'respondedAt',
            'decidedAt',
            'purgedAt',
            'policy',
          ])
          .expression((db) =>
            db
              .selectFrom('deleted')
              .select((eb) => [
                'id',
                'assignmentId',
                'organisationId',
                'status',
                'createdAt',
                'decidedAt',
                eb.val(now).as('purgedAt'),
                eb.val(NON_SELECTED_RESPONSE_POLICY).as('policy'),
              ]),
          )
          .returning(['responseId', 'organisationId'])
          .execute();
        await appendToOutbox(
          manager,
          gone.map((row) => ({
            eventType: EVENTS.responsePurged,
            tenantId: row.organisationId,
            aggregateType: 'response',
            aggregateId: row.responseId,
            payload: { responseId: row.responseId, policy: NON_SELECTED_RESPONSE_POLICY },
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
