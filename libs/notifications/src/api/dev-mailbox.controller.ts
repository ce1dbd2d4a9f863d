import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ExpressionBuilder } from 'kysely';
import { DataSource } from 'typeorm';
import { Public } from '@gilde/identity';
import {
  AppConfig,
  DB,
  KernelErrors,
  Page,
  PageQuery,
  apiError,
  pageWindow,
  sql,
} from '@gilde/kernel';
import { RequestAuthenticatorService } from '../stream/request-authenticator.service';
import { MailboxMessageView, MailboxPageView } from './dev-mailbox.dto';

/**
 * The local mailbox used when no SMTP server is configured, for development and demos.
 * It exists only when NODE_ENV is explicitly development or test; otherwise, an unset NODE_ENV
 * included, it answers 404 to everyone before any authentication, which is why it
 * authenticates itself instead of relying on the guard.
 */
@ApiTags('operations')
@Controller('dev/mailbox')
export class DevMailboxController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: RequestAuthenticatorService,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'With NODE_ENV=development or test only: e-mail kept in the local mailbox (own mail; platform admins see all)',
  })
  @ApiResponse({ status: 200, type: MailboxPageView })
  async list(
    @Headers('authorization') authorization: string | undefined,
    @Query() query: PageQuery,
  ): Promise<Page<MailboxMessageView>> {
    if (!this.config.devMailbox) {
      // Answers like any unknown route: without NODE_ENV=development or test there is no mailbox.
      throw apiError(404, KernelErrors.route_not_found, 'No route GET /api/v1/dev/mailbox');
    }
    const user = await this.auth.userFromBearer(authorization);
    const { page, pageSize, skip, take } = pageWindow(query);
    const all = user.isPlatformAdmin;
    const mine = (eb: ExpressionBuilder<DB, 'mailboxMessages'>) =>
      all ? eb.lit(true) : eb('toAddress', '=', user.email ?? '');
    const rows = await sql(this.dataSource)
      .selectFrom('mailboxMessages')
      .select((eb) => [
        'id',
        'toAddress',
        'subject',
        'text',
        'html',
        'createdAt',
        eb.fn.countAll<number>().over().as('total'),
      ])
      .where(mine)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(take)
      .offset(skip)
      .execute();
    let total = Number(rows[0]?.total ?? 0);
    if (!rows.length && skip > 0) {
      const c = await sql(this.dataSource)
        .selectFrom('mailboxMessages')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(mine)
        .executeTakeFirst();
      total = Number(c?.n ?? 0);
    }
    return {
      items: rows.map((r) => ({
        id: r.id,
        to: r.toAddress,
        subject: r.subject,
        text: r.text,
        html: r.html,
        createdAt: new Date(r.createdAt).toISOString(),
      })),
      page,
      pageSize,
      total,
    };
  }
}
