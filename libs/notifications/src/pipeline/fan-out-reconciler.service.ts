import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sql as expression } from 'kysely';
import { DataSource } from 'typeorm';
import { isEventOf, outboxEventJobs, sql } from '@gilde/kernel';
import { NotifyQueueService } from './notify-queue.service';
import { dedupeKey } from './notify-jobs';
import { FAN_OUT_EVENTS, RecipientResolverService } from './recipient-resolver.service';

const MAX_REDRIVES = 3;

export interface FanOutReconcileResult {
  settled: number;
  redriven: number;
  abandoned: number;
}

/**
 * The second half of "nothing lost": an event acknowledged by the fan-out whose per-recipient
 * jobs Redis lost (a flush, a restart without persistence) would otherwise notify nobody.
 * For each recent fan-out, the recipients are worked out again; those who still have no
 * notification get their job re-added (a job that still exists is not duplicated: same id).
 */
@Injectable()
export class FanOutReconcilerService {
  private readonly logger = new Logger(FanOutReconcilerService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resolver: RecipientResolverService,
    private readonly notify: NotifyQueueService,
  ) {}

  async reconcile(olderThanSeconds = 300, limit = 200): Promise<FanOutReconcileResult> {
    const result: FanOutReconcileResult = { settled: 0, redriven: 0, abandoned: 0 };
    const db = sql(this.dataSource);
    const rows = await db
      .selectFrom('notificationFanOuts')
      .select(['eventId', 'eventType', 'planned', 'redrives'])
      .where('createdAt', '<', expression<Date>`now() - make_interval(secs => ${olderThanSeconds})`)
      .orderBy('createdAt')
      .limit(limit)
      .execute();
    const events = await outboxEventJobs(
      this.dataSource,
      rows.map((r) => r.eventId),
    );
    for (const row of rows) {
      const counted = await db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('eventId', '=', row.eventId)
        .executeTakeFirst();
      const n = Number(counted?.n ?? 0);
      const event = events.get(row.eventId);
      // Fan-outs are planned only for the events the fan-out handles.
      if (n >= row.planned || !event || !isEventOf(event, FAN_OUT_EVENTS)) {
        await this.settle(row.eventId);
        result.settled++;
        continue;
      }
      const expected = await this.resolver.deliveries(event);
      const keys = expected.map(dedupeKey);
      const present = keys.length
        ? await db
            .selectFrom('notifications')
            .select('dedupeKey')
            .where('dedupeKey', '=', (eb) => eb.fn.any(eb.val(keys)))
            .execute()
        : [];
      const have = new Set(present.map((p) => p.dedupeKey));
      const missing = expected.filter((d) => !have.has(dedupeKey(d)));
      if (!missing.length) {
        await this.settle(row.eventId);
        result.settled++;
      } else if (row.redrives >= MAX_REDRIVES) {
        this.logger.error(
          `Fan-out of ${row.eventType} ${row.eventId}: ${missing.length} notifications still missing after ${row.redrives} re-drives; see npm run queues:status`,
        );
        await this.settle(row.eventId);
        result.abandoned++;
      } else {
        await this.notify.addDeliveries(missing);
        await db
          .updateTable('notificationFanOuts')
          .set((eb) => ({ redrives: eb('redrives', '+', 1) }))
          .where('eventId', '=', row.eventId)
          .execute();
        result.redriven++;
      }
    }
    return result;
  }

  private async settle(eventId: string): Promise<void> {
    await sql(this.dataSource)
      .deleteFrom('notificationFanOuts')
      .where('eventId', '=', eventId)
      .execute();
  }
}
