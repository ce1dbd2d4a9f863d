import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import {
  HANDLES_JOB,
  JobHandler,
  JobHandlerTarget,
  QUEUE_JOBS,
  QueueName,
  allQueueNames,
} from '@gilde/kernel';

/**
 * Finds every @HandlesJob provider and checks, before any worker starts, that each
 * job declared in the queue registry has exactly one handler.
 */
@Injectable()
export class JobDispatcher implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobDispatcher.name);
  private readonly handlers = new Map<string, JobHandler>();

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    this.handlers.clear();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as JobHandler | undefined;
      const metatype = wrapper.metatype as unknown as object | undefined;
      if (!instance || !metatype || typeof instance.handle !== 'function') continue;
      const target = Reflect.getMetadata(HANDLES_JOB, metatype) as JobHandlerTarget | undefined;
      if (!target) continue;
      for (const name of target.jobNames) {
        const key = this.key(target.queue, name);
        if (this.handlers.has(key)) throw new Error(`Two handlers for job ${key}`);
        this.handlers.set(key, instance);
      }
    }
    const missing = allQueueNames().flatMap((q) =>
      QUEUE_JOBS[q]
        .filter((job) => !this.handlers.has(this.key(q, job)))
        .map((job) => this.key(q, job)),
    );
    if (missing.length) {
      throw new Error(`No handler for declared jobs: ${missing.join(', ')}`);
    }
    this.logger.log(`Handlers ready for ${this.handlers.size} jobs`);
  }

  handlerFor(queue: QueueName, jobName: string): JobHandler | undefined {
    return this.handlers.get(this.key(queue, jobName));
  }

  private key(queue: string, job: string): string {
    return `${queue}/${job}`;
  }
}
