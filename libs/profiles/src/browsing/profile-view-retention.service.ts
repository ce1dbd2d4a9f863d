import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { modify } from '@gilde/kernel';
import { calendarToday } from '../credentials/credential-status';

/** Profile views are kept this many months: long enough to answer "who looked at me this year". */
export const PROFILE_VIEW_RETENTION_MONTHS = 12;

/** Part of the daily retention schedule: profile views older than twelve months go. */
@Injectable()
export class ProfileViewRetention {
  private readonly logger = new Logger(ProfileViewRetention.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Deletes what is due at `now` (a parameter, so tests can stand on either side of the day). */
  async purge(now: Date = new Date()): Promise<{ purged: number }> {
    const { count: purged } = await modify(
      this.dataSource,
      `DELETE FROM profile_views
        WHERE viewed_on < $1::date - make_interval(months => $2)`,
      [calendarToday(now), PROFILE_VIEW_RETENTION_MONTHS],
    );
    if (purged) {
      this.logger.log(
        `Retention: deleted ${purged} profile views older than ${PROFILE_VIEW_RETENTION_MONTHS} months`,
      );
    }
    return { purged };
  }
}
