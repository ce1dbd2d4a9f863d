import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sql as fragment } from 'kysely';
import { sql } from '@gilde/kernel';
import { calendarToday } from '../credentials/credential-status';

/** Profile views are kept this many months: long enough to answer "who looked at me this year". */
export const PROFILE_VIEW_RETENTION_MONTHS = 12;

/** Part of the daily retention schedule: profile views older than twelve months go. */
@Injectable()
export class ProfileViewRetentionService {
  private readonly logger = new Logger(ProfileViewRetentionService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Deletes what is due at `now` (a parameter, so tests can stand on either side of the day). */
  async purge(now: Date = new Date()): Promise<{ purged: number }> {
    const deleted = await sql(this.dataSource)
      .deleteFrom('profileViews')
      .where(
        'viewedOn',
        '<',
        fragment<Date>`${calendarToday(now)}::date - make_interval(months => ${PROFILE_VIEW_RETENTION_MONTHS})`,
      )
      .executeTakeFirst();
    const purged = Number(deleted.numDeletedRows);
    if (purged) {
      this.logger.log(
        `Retention: deleted ${purged} profile views older than ${PROFILE_VIEW_RETENTION_MONTHS} months`,
      );
    }
    return { purged };
  }
}
