import { Injectable } from '@nestjs/common';
import { HandlesJob, INTERNAL_JOBS, JobHandler, QUEUES } from '@gilde/kernel';
import { FanOutReconcilerService, FanOutReconcileResult } from './fan-out-reconciler.service';

/** Every few minutes: re-add per-recipient jobs that Redis lost after a fan-out. */
@Injectable()
@HandlesJob(QUEUES.notify, INTERNAL_JOBS.notificationReconcile)
export class NotificationReconcileHandler implements JobHandler {
  constructor(private readonly reconciler: FanOutReconcilerService) {}

  handle(): Promise<FanOutReconcileResult> {
    return this.reconciler.reconcile();
  }
}
