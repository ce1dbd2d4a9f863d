import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserDirectory } from '@gilde/identity';
import { PageQuery, pageWindow, sql } from '@gilde/kernel';
import { ProfileViewPage } from './profile-views.view';

/** The record of which organisation opened which profile, and the interim's view of it. */
@Injectable()
export class ProfileViewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectory,
  ) {}

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
    await sql(this.dataSource)
      .insertInto('profileViews')
      .values({ viewerUserId, interimId, viewedOn: day, viewerOrganisationId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  /**
   * Which organisations opened the interim's profile on which day; never who. Newest day first,
   * then by organisation name: the names live with identity, so the page is cut here from the
   * interim's groups (one per organisation and day, kept for twelve months).
   */
  async listForInterim(interimId: string, query: PageQuery): Promise<ProfileViewPage> {
    const { page, pageSize, skip, take } = pageWindow(query);
    const groups = await sql(this.dataSource)
      .selectFrom('profileViews')
      .select((eb) => [
        'viewerOrganisationId',
        eb.cast<string>('viewedOn', 'text').as('viewedOn'),
        eb.fn.min('viewedAt').as('firstViewedAt'),
      ])
      .where('interimId', '=', interimId)
      .groupBy(['viewerOrganisationId', 'viewedOn'])
      .execute();
    const names = await this.directory.organisationNames(groups.map((g) => g.viewerOrganisationId));
    const named = groups.flatMap((g) => {
      const organisationName = names.get(g.viewerOrganisationId);
      return organisationName === undefined ? [] : [{ ...g, organisationName }];
    });
    named.sort(
      (a, b) =>
        compare(b.viewedOn, a.viewedOn) ||
        compare(a.organisationName, b.organisationName) ||
        compare(a.viewerOrganisationId, b.viewerOrganisationId),
    );
    return {
      items: named.slice(skip, skip + take).map((g) => ({
        organisationName: g.organisationName,
        viewedOn: g.viewedOn,
        firstViewedAt: new Date(g.firstViewedAt).toISOString(),
      })),
      page,
      pageSize,
      total: named.length,
    };
  }
}

/** Byte order, as PostgreSQL's "C" collation sorts: the order does not follow the locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
