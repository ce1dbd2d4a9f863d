import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventJobData, EventPayloadJson } from '@gilde/kernel';
import { NotifyQueue } from './notify-queue.service';
import { dedupeKey } from './notify-jobs';
import { FanOutEvent, RecipientResolver } from './recipient-resolver.service';

const MAX_REDRIVES = 3;

export interface FanOutReconcileResult {
  settled: number;
  redriven: number;
  abandoned: number;
}

interface FanOutRow {
  event_id: string;
  event_type: string;
  planned: number;
  redrives: number;
  tenant_id: string | null;
  aggregate_type: string | null;
  aggregate_id: string | null;
  payload: EventPayloadJson | null;
  created_at: Date;
}

/**
 * The second half of "nothing lost": an event acknowledged by the fan-out whose per-recipient
 * jobs Redis lost (a flush, a restart without persistence) would otherwise notify nobody.
 * For each recent fan-out, the recipients are worked out again; those who still have no
 * notification get their job re-added (a job that still exists is not duplicated: same id).
 */
@Injectable()
export class FanOutReconciler {
  private readonly logger = new Logger(FanOutReconciler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resolver: RecipientResolver,
    private readonly notify: NotifyQueue,
  ) {}

  async reconcile(olderThanSeconds = 300, limit = 200): Promise<FanOutReconcileResult> {
    const result: FanOutReconcileResult = { settled: 0, redriven: 0, abandoned: 0 };
    const rows: FanOutRow[] = await this.dataSource.query(
      `SELECT f.event_id, f.event_type, f.planned, f.redrives, o.tenant_id, o.aggregate_type,
              o.aggregate_id, o.payload, COALESCE(o.created_at, f.created_at) AS created_at
         FROM notification_fan_outs f LEFT JOIN outbox_events o ON o.id = f.event_id
        WHERE f.created_at < now() - make_interval(secs => $1)
        ORDER BY f.created_at LIMIT $2`,
      [olderThanSeconds, limit],
    );
    for (const row of rows) {
      const [{ n }] = await this.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM notifications WHERE event_id = $1`,
        [row.event_id],
      );
      if (n >= row.planned || !row.aggregate_id) {
        await this.settle(row.event_id);
        result.settled++;
        continue;
      }
      // The outbox row, as appendToOutbox wrote it against EventPayloads.
      const event = {
        eventId: row.event_id,
        eventType: row.event_type,
        tenantId: row.tenant_id,
        aggregateType: row.aggregate_type ?? '',
        aggregateId: row.aggregate_id,
        payload: row.payload ?? {},
        occurredAt: new Date(row.created_at).toISOString(),
      } as EventJobData<FanOutEvent>;
      const expected = await this.resolver.deliveries(event);
      const keys = expected.map(dedupeKey);
      const present: { dedupe_key: string }[] = keys.length
        ? await this.dataSource.query(
            `SELECT dedupe_key FROM notifications WHERE dedupe_key = ANY($1::text[])`,
            [keys],
          )
        : [];
      const have = new Set(present.map((p) => p.dedupe_key));
      const missing = expected.filter((d) => !have.has(dedupeKey(d)));
      if (!missing.length) {
        await this.settle(row.event_id);
        result.settled++;
      } else if (row.redrives >= MAX_REDRIVES) {
        this.logger.error(
          `Fan-out of ${row.event_type} ${row.event_id}: ${missing.length} notifications still missing after ${row.redrives} re-drives; see npm run queues:status`,
        );
        await this.settle(row.event_id);
        result.abandoned++;
      } else {
        await this.notify.addDeliveries(missing);
        await this.dataSource.query(
          `UPDATE notification_fan_outs SET redrives = redrives + 1 WHERE event_id = $1`,
          [row.event_id],
        );
        result.redriven++;
      }
    }
    return result;
  }

  private async settle(eventId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM notification_fan_outs WHERE event_id = $1`, [eventId]);
  }
}
