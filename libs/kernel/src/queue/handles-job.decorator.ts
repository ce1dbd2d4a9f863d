import { SetMetadata } from '@nestjs/common';
import { Job } from 'bullmq';
import { QueueName } from './queue.registry';

export const HANDLES_JOB = Symbol('gilde:handles-job');

export interface JobHandlerTarget {
  queue: QueueName;
  jobNames: string[];
}

/** The contract of a job handler: re-read state, do the work once, throw to retry. */
export interface JobHandler<T = unknown> {
  handle(job: Job<T>): Promise<unknown>;
}

/** Marks a provider as the handler of one or more jobs of a queue. */
export const HandlesJob = (queue: QueueName, ...jobNames: string[]): ClassDecorator =>
  SetMetadata(HANDLES_JOB, { queue, jobNames } satisfies JobHandlerTarget);
