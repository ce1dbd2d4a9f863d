/**
 * npm run queues:status                         depths of every queue and its failed jobs
 * npm run queues:status -- --retry-failed       retry every failed job
 * npm run queues:status -- --retry-failed notify   retry the failed jobs of one queue
 *
 * Reads the queues of this deployment (REDIS_URL, QUEUE_PREFIX). Failed jobs stay for a
 * week (removeOnFail); a retry runs the job again from the start, and the handlers'
 * deduplication makes that safe.
 */
import { Job, Queue } from 'bullmq';
import { AppConfig, QueueName, QueuesService, allQueueNames, loadConfig } from '@gilde/kernel';

const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'] as const;

export interface FailedJobView {
  id: string;
  name: string;
  attemptsMade: number;
  failedReason: string;
  finishedAt: string | null;
}

export interface QueueStatus {
  queue: string;
  paused: boolean;
  counts: Record<(typeof STATES)[number], number>;
  failed: FailedJobView[];
  failedShown: number;
}

function failedView(job: Job): FailedJobView {
  return {
    id: job.id ?? '',
    name: job.name,
    attemptsMade: job.attemptsMade,
    failedReason: (job.failedReason ?? '').split('\n')[0]?.slice(0, 200) ?? '',
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

export async function queueStatus(queue: Queue, showFailed = 20): Promise<QueueStatus> {
  const counts = (await queue.getJobCounts(...STATES)) as QueueStatus['counts'];
  const failed = counts.failed > 0 ? await queue.getFailed(0, showFailed - 1) : [];
  return {
    queue: queue.name,
    paused: await queue.isPaused(),
    counts,
    failed: failed.map(failedView),
    failedShown: failed.length,
  };
}

/** Moves every failed job of the queue back to waiting; returns how many. */
export async function retryFailed(queue: Queue): Promise<number> {
  const before = (await queue.getJobCounts('failed')).failed ?? 0;
  if (!before) return 0;
  await queue.retryJobs({ state: 'failed', count: 1000 });
  return before;
}

export function formatStatus(statuses: QueueStatus[]): string {
  const lines: string[] = [];
  const names = statuses.map((s) => s.queue + (s.paused ? ' (paused)' : ''));
  const first = Math.max(8, ...names.map((n) => n.length)) + 2;
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(i === 0 ? first : 13)).join('');
  const header = row(['queue', ...STATES]);
  lines.push(header, '-'.repeat(header.trimEnd().length));
  statuses.forEach((s, i) =>
    lines.push(row([names[i] ?? s.queue, ...STATES.map((st) => String(s.counts[st] ?? 0))])),
  );
  for (const s of statuses.filter((x) => x.failed.length)) {
    lines.push('', `Failed jobs in ${s.queue} (${s.failedShown} of ${s.counts.failed} shown):`);
    for (const f of s.failed) {
      lines.push(
        `  ${f.id}  ${f.name}  attempts=${f.attemptsMade}  at=${f.finishedAt ?? '-'}  ${f.failedReason}`,
      );
    }
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (err) {
    console.error((err as Error).message);
    return 78;
  }
  const queues = new QueuesService(config);
  try {
    const retryAt = argv.indexOf('--retry-failed');
    const names = allQueueNames();
    if (retryAt >= 0) {
      const only = argv[retryAt + 1];
      if (only && !names.includes(only as QueueName)) {
        console.error(`Unknown queue ${only}; queues: ${names.join(', ')}`);
        return 64;
      }
      for (const name of only ? [only as QueueName] : names) {
        const n = await retryFailed(queues.get(name));
        console.log(`${name}: ${n} failed job${n === 1 ? '' : 's'} moved back to waiting`);
      }
    }
    const statuses: QueueStatus[] = [];
    for (const name of names) statuses.push(await queueStatus(queues.get(name)));
    console.log(
      `Queues under prefix "${config.redis.queuePrefix}" at ${config.redis.url.replace(/\/\/[^@]*@/, '//***@')}`,
    );
    console.log(formatStatus(statuses));
    return 0;
  } catch (err) {
    console.error(`Could not read the queues: ${(err as Error).message}`);
    return 69;
  } finally {
    await queues.onApplicationShutdown();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
