import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { Counter } from 'prom-client';
import { HandlesJob, INTERNAL_JOBS, JobHandler, MetricsRegistry, QUEUES } from '@gilde/kernel';
import { isTemplateKey } from '../domain/notification-kinds';
import { DeliveryOutcome } from './delivery-plan';
import { EmailAttemptFailed } from './email-attempt-failed.error';
import { InstantEmailSenderService } from './instant-email-sender.service';
import { MicroBatcher } from './micro-batcher';
import { NotificationPlannerService } from './notification-planner.service';
import { NotificationWriterService } from './notification-writer.service';
import { DeliverJobData } from './notify-jobs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** When another worker holds the e-mail, look again this much later. */
const BUSY_RETRY_MS = 2_000;

export interface DeliverResult {
  outcome: DeliveryOutcome['status'];
  notificationId?: string;
  email?: string;
}

function parse(data: unknown): DeliverJobData {
  const d = (data ?? {}) as Partial<DeliverJobData>;
  if (
    !isTemplateKey(d.template) ||
    typeof d.recipientId !== 'string' ||
    !UUID.test(d.recipientId) ||
    typeof d.subjectId !== 'string' ||
    !UUID.test(d.subjectId) ||
    typeof d.eventId !== 'string' ||
    !UUID.test(d.eventId)
  ) {
    // Retrying cannot fix a malformed job.
    throw new UnrecoverableError('Malformed notification job');
  }
  return {
    template: d.template,
    recipientId: d.recipientId,
    subjectId: d.subjectId,
    eventId: d.eventId,
    tenantId: typeof d.tenantId === 'string' ? d.tenantId : null,
  };
}

/**
 * One notification for one person. Concurrent jobs are planned and written in small batches
 * (one transaction for many), which is what lets a 10,000-recipient fan-out finish in seconds;
 * the outcome of each job is still its own.
 */
@Injectable()
@HandlesJob(QUEUES.notify, INTERNAL_JOBS.notificationDeliver)
export class NotificationDeliverHandler
  implements JobHandler<DeliverJobData>, OnApplicationShutdown
{
  private readonly logger = new Logger(NotificationDeliverHandler.name);
  private readonly batcher: MicroBatcher<DeliverJobData, DeliveryOutcome>;
  private readonly processed: Counter;

  constructor(
    private readonly planner: NotificationPlannerService,
    private readonly writer: NotificationWriterService,
    private readonly sender: InstantEmailSenderService,
    metrics: MetricsRegistry,
  ) {
    this.batcher = new MicroBatcher((jobs) => this.process(jobs), {
      maxSize: 250,
      maxWaitMs: 5,
      maxInFlight: 3,
    });
    this.processed = metrics.counter('gilde_notifications_total', 'Notification jobs by outcome', [
      'template',
      'outcome',
    ]);
  }

  async handle(job: Job<DeliverJobData>): Promise<DeliverResult> {
    const data = parse(job.data);
    const outcome = await this.batcher.submit(data);
    this.processed.inc({ template: data.template, outcome: outcome.status });
    if (outcome.status === 'not_recorded') return { outcome: outcome.status };
    const result: DeliverResult = {
      outcome: outcome.status,
      notificationId: outcome.notificationId,
    };
    if (!outcome.emailPending) return result;

    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    let sent;
    try {
      sent = await this.sender.sendPending(outcome.notificationId, finalAttempt);
    } catch (err) {
      if (err instanceof EmailAttemptFailed && err.permanent)
        throw new UnrecoverableError(err.message);
      throw err;
    }
    if (sent === 'busy') {
      // Another worker is handing this e-mail over right now (the job was taken over after
      // a stall). Look again shortly: by then it is sent, or its lock was released.
      await job.moveToDelayed(Date.now() + BUSY_RETRY_MS, job.token);
      throw new DelayedError();
    }
    return { ...result, email: sent };
  }

  private async process(jobs: DeliverJobData[]): Promise<(DeliveryOutcome | Error)[]> {
    try {
      return await this.writer.write(await this.planner.plan(jobs));
    } catch (err) {
      if (jobs.length === 1) return [err instanceof Error ? err : new Error(String(err))];
      this.logger.warn(
        `A batch of ${jobs.length} notifications failed; retrying them one by one: ${(err as Error).message}`,
      );
      // One bad job must not fail its neighbours: retry each on its own.
      const results: (DeliveryOutcome | Error)[] = [];
      for (const job of jobs) {
        try {
          const [outcome] = await this.writer.write(await this.planner.plan([job]));
          results.push(outcome ?? new Error('No outcome'));
        } catch (e) {
          results.push(e instanceof Error ? e : new Error(String(e)));
        }
      }
      return results;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.batcher.drain();
  }
}
