import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';
import { NotifyFrequency } from '../entities/interim-profile.entity';

/** How an interim manager wants to hear about matches, as set on their profile. */
export interface MatchAlertSetting {
  notify: NotifyFrequency;
  /** Empty: every sector. */
  notifySectors: string[];
}

/** The profile's match-alert settings for other libraries, by batches of user ids. */
@Injectable()
export class MatchAlertSettings {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Settings per user id; people without a profile are missing from the map. */
  async forUsers(ids: string[], manager?: EntityManager): Promise<Map<string, MatchAlertSetting>> {
    if (!ids.length) return new Map();
    const rows = await sql(manager ?? this.dataSource)
      .selectFrom('interimProfiles')
      .select(['userId', 'notify', 'notifySectors'])
      .where('userId', '=', (eb) => eb.fn.any(eb.val([...new Set(ids)])))
      .execute();
    return new Map(
      rows.map((r) => [
        r.userId,
        { notify: r.notify as NotifyFrequency, notifySectors: r.notifySectors ?? [] },
      ]),
    );
  }
}
