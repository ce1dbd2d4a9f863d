import { Injectable } from '@nestjs/common';
import {
  HandlesJob,
  INTERNAL_JOBS,
  JobHandler,
  OutboxReconciler,
  QUEUES,
  ReconcileResult,
} from '@gilde/kernel';

/** Every minute: re-drive events Redis lost, quarantine the ones that keep failing. */
@Injectable()
@HandlesJob(QUEUES.maintenance, INTERNAL_JOBS.outboxReconcile)
export class OutboxReconcileHandler implements JobHandler {
  constructor(private readonly reconciler: OutboxReconciler) {}

  handle(): Promise<ReconcileResult> {
    return this.reconciler.reconcile();
  }
}
