import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PageQuery, pageWindow } from '@gilde/kernel';
import { ProfileViewPage } from './profile-views.view';

/** The record of which organisation opened which profile, and the interim's view of it. */
@Injectable()
export class ProfileViewsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One row per viewer, profile and day: a repeated read that day writes nothing, and the
   * insert never waits on another (no lock beyond the unique key).
   */
  async record(
    viewerUserId: string,
    viewerOrganisationId: string,
    interimId: string,
    day: string,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO profile_views (viewer_user_id, interim_id, viewed_on, viewer_organisation_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [viewerUserId, interimId, day, viewerOrganisationId],
    );
  }

  /** Which organisations opened the interim's profile on which day; never who. */
  async listForInterim(interimId: string, query: PageQuery): Promise<ProfileViewPage> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const rows: {
      organisation_name: string;
      viewed_on: string;
      first_viewed_at: Date;
      total: number;
    }[] = await this.dataSource.query(
      `SELECT o.name AS organisation_name, v.viewed_on::text AS viewed_on,
              min(v.viewed_at) AS first_viewed_at, count(*) OVER ()::int AS total
         FROM profile_views v
         JOIN organisations o ON o.id = v.viewer_organisation_id
        WHERE v.interim_id = $1
        GROUP BY o.id, o.name, v.viewed_on
        ORDER BY v.viewed_on DESC, o.name, o.id
        OFFSET $2 LIMIT $3`,
      [interimId, skip, take],
    );
    let total = rows[0]?.total ?? 0;
    if (!rows.length && skip > 0) {
      const [count]: { n: number }[] = await this.dataSource.query(
        `SELECT count(DISTINCT (viewer_organisation_id, viewed_on))::int AS n
           FROM profile_views WHERE interim_id = $1`,
        [interimId],
      );
      total = count.n;
    }
    return {
      items: rows.map((r) => ({
        organisationName: r.organisation_name,
        viewedOn: r.viewed_on,
        firstViewedAt: r.first_viewed_at.toISOString(),
      })),
      page,
      pageSize,
      total,
    };
  }
}
