import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import Redis from 'ioredis';
import {
  AppConfig,
  INTERNAL_JOBS,
  MetricsRegistry,
  QUEUE_OPTIONS,
  QUEUES,
  QueueName,
  QueuesService,
  allQueueNames,
  createRedis,
} from '@gilde/kernel';
import { JobDispatcher } from './job-dispatcher';

/** One BullMQ worker per queue; jobs are dispatched to their @HandlesJob provider. */
@Injectable()
export class QueueWorkersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(QueueWorkersService.name);
  private readonly workers: Worker[] = [];
  private connection?: Redis;

  constructor(
    private readonly config: AppConfig,
    private readonly dispatcher: JobDispatcher,
    private readonly queues: QueuesService,
    private readonly metrics: MetricsRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const processed = this.metrics.counter('gilde_jobs_processed_total', 'Jobs finished', [
      'queue',
      'job',
      'outcome',
    ]);
    this.connection = createRedis(this.config.redis.url, 'worker', 'worker');
    for (const name of allQueueNames()) {
      const worker = new Worker(name, (job: Job) => this.run(name, job), {
        connection: this.connection,
        prefix: this.config.redis.queuePrefix,
        concurrency: QUEUE_OPTIONS[name].concurrency,
        lockDuration: 30_000,
        stalledInterval: 15_000,
        maxStalledCount: 2,
        autorun: true,
      });
      worker.on('error', (err) => this.logger.warn(`Worker ${name}: ${err.message}`));
      worker.on('completed', (job) =>
        processed.inc({ queue: name, job: job.name, outcome: 'completed' }),
      );
      worker.on('failed', (job, err) => {
        processed.inc({ queue: name, job: job?.name ?? 'unknown', outcome: 'failed' });
        const final = job && job.attemptsMade >= (job.opts.attempts ?? 1);
        this.logger[final ? 'error' : 'warn'](
          `Job ${name}/${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${err.message}`,
        );
      });
      this.workers.push(worker);
    }
    // Not awaited: with Redis down at boot BullMQ waits for it without a bound, and the
    // worker must still finish starting (its workers wait for Redis themselves) and stop on SIGTERM.
    void this.queues
      .get(QUEUES.maintenance)
      .upsertJobScheduler(
        'outbox-reconcile',
        { every: 60_000 },
        { name: INTERNAL_JOBS.outboxReconcile, data: {} },
      )
      .catch((err: Error) =>
        this.logger.warn(`Could not schedule the outbox reconciler: ${err.message}`),
      );
    // The retention schedule runs at night, Dutch time; a missed night is caught up the next.
    void this.queues
      .get(QUEUES.maintenance)
      .upsertJobScheduler(
        'retention-purge',
        { pattern: '30 3 * * *', tz: 'Europe/Amsterdam' },
        { name: INTERNAL_JOBS.retentionPurge, data: {} },
      )
      .catch((err: Error) =>
        this.logger.warn(`Could not schedule the retention purge: ${err.message}`),
      );
    this.logger.log(`Workers started for queues: ${allQueueNames().join(', ')}`);
  }

  private async run(queue: QueueName, job: Job): Promise<unknown> {
    const handler = this.dispatcher.handlerFor(queue, job.name);
    if (!handler) throw new UnrecoverableError(`No handler for ${queue}/${job.name}`);
    return handler.handle(job);
  }

  /**
   * Lets in-flight jobs finish, bounded by SHUTDOWN_TIMEOUT_MS, then closes the connection.
   * A job still running past the bound stalls and runs again elsewhere; handlers are idempotent.
   */
  async onApplicationShutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.config.shutdownTimeoutMs);
    });
    const closed = Promise.all(this.workers.map((w) => w.close())).then(() => 'closed' as const);
    const outcome = await Promise.race([closed, timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      this.logger.warn(
        `Workers did not close within ${this.config.shutdownTimeoutMs} ms (jobs still running or Redis unreachable)`,
      );
    }
    await this.connection?.quit().catch(() => this.connection?.disconnect());
  }
}
