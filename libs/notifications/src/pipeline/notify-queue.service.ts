import { Injectable } from '@nestjs/common';
import { INTERNAL_JOBS, QUEUES, QueuesService } from '@gilde/kernel';
import { DeliverJobData, deliverJobId } from './notify-jobs';

const FIRST_CHUNK = 100;
const CHUNK = 1_000;

/** Adds per-recipient deliver jobs in bulk, with deterministic ids (a repeat is a no-op). */
@Injectable()
export class NotifyQueueService {
  constructor(private readonly queues: QueuesService) {}

  async addDeliveries(jobs: DeliverJobData[]): Promise<void> {
    const queue = this.queues.get(QUEUES.notify);
    // A small first chunk, so the first (best-ranked) people hear sooner on a large fan-out.
    for (let i = 0, size = FIRST_CHUNK; i < jobs.length; i += size, size = CHUNK) {
      await queue.addBulk(
        jobs.slice(i, i + size).map((data) => ({
          name: INTERNAL_JOBS.notificationDeliver,
          data,
          opts: { jobId: deliverJobId(data) },
        })),
      );
    }
  }
}
