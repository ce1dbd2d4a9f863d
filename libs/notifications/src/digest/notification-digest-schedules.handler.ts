import { Injectable } from '@nestjs/common';
import { HandlesJob, INTERNAL_JOBS, JobHandler, QUEUES } from '@gilde/kernel';
import { DigestSchedulesService } from './digest-schedules.service';

/** Hourly: a digest scheduler for every time zone people live in, none for zones nobody uses. */
@Injectable()
@HandlesJob(QUEUES.notify, INTERNAL_JOBS.notificationDigestSchedules)
export class NotificationDigestSchedulesHandler implements JobHandler {
  constructor(private readonly schedules: DigestSchedulesService) {}

  async handle(): Promise<{ zones: string[] }> {
    return { zones: await this.schedules.sync() };
  }
}
