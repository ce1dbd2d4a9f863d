import { Injectable, Logger } from '@nestjs/common';
import { UserDirectory } from '@gilde/identity';
import { AppConfig, INTERNAL_JOBS, QUEUES, QueuesService } from '@gilde/kernel';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../domain/time-zones';
import { DigestJobData, digestSchedulerId } from '../pipeline/notify-jobs';

/**
 * One BullMQ job scheduler per time zone in use ("08:00 in Europe/Amsterdam", "08:00 in
 * America/New_York", ...), each running the digest for the people living there.
 */
@Injectable()
export class DigestSchedulesService {
  private readonly logger = new Logger(DigestSchedulesService.name);

  constructor(
    private readonly users: UserDirectory,
    private readonly queues: QueuesService,
    private readonly config: AppConfig,
  ) {}

  /** The valid time zones of active users (always including the default). */
  async zonesInUse(): Promise<string[]> {
    const zones = new Set([DEFAULT_TIME_ZONE]);
    for (const zone of await this.users.timeZonesInUse()) {
      if (isValidTimeZone(zone)) zones.add(zone);
      else
        this.logger.warn(
          `Unknown time zone ${JSON.stringify(zone)}: its users get the ${DEFAULT_TIME_ZONE} digest`,
        );
    }
    return [...zones].sort();
  }

  /** Creates or updates the scheduler of every zone in use and removes those of zones no longer used. */
  async sync(): Promise<string[]> {
    const zones = await this.zonesInUse();
    const queue = this.queues.get(QUEUES.notify);
    for (const zone of zones) await this.ensure(zone);
    const wanted = new Set(zones.map(digestSchedulerId));
    const existing = await queue.getJobSchedulers(0, -1);
    for (const s of existing) {
      const key = s.key;
      if (key.startsWith('digest-') && !wanted.has(key)) await queue.removeJobScheduler(key);
    }
    return zones;
  }

  /** The scheduler for one zone; safe to call repeatedly (upsert). */
  async ensure(timeZone: string): Promise<void> {
    if (!isValidTimeZone(timeZone)) return;
    await this.queues
      .get(QUEUES.notify)
      .upsertJobScheduler(
        digestSchedulerId(timeZone),
        { pattern: `0 ${this.config.notifications.digestHour} * * *`, tz: timeZone },
        { name: INTERNAL_JOBS.notificationDigest, data: { timeZone } satisfies DigestJobData },
      );
  }
}
