import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { withdrawOpenResponses } from '@gilde/assignments';
import {
  AuthUser,
  IdentityErrors,
  MembersService,
  SessionRevocationsService,
} from '@gilde/identity';
import { EVENTS, apiError, appendToOutbox, sql } from '@gilde/kernel';
import { PERSONAL_DATA_SOURCES } from './personal-data.registry';
import { ident, loadSchemaCatalog } from './schema-catalog';

export const ERASED_DISPLAY_NAME = 'Erased user';

/**
 * GDPR Art. 17, in one transaction, for every kind of account: personal data goes, response
 * texts are emptied, and the account row stays as a pseudonym (no e-mail, no password, no
 * name) so contracts keep a party and an organisation's records (postings, decisions, audit
 * trail) keep their author. Sessions are revoked; the access guard refuses erased accounts at
 * once. The `profile.erased` event lets derived stores (search index) drop the interim;
 * `account.erased` does the same for a client user. The only admin of an organisation is
 * refused (409 `last_admin`) until another admin exists.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger('Privacy');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionRevocationsService,
    private readonly members: MembersService,
  ) {}

  async erase(user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const db = sql(manager);
      const account = await db
        .selectFrom('users')
        .select('email')
        .where('id', '=', user.id)
        .where('erasedAt', 'is', null)
        .forUpdate()
        .executeTakeFirst();
      if (!account) {
        throw apiError(401, IdentityErrors.account_gone, 'The account no longer exists.');
      }
      const email = account.email;
      if (user.accountType === 'client') await this.members.ensureNotSoleAdmin(manager, user.id);
      const catalog = await loadSchemaCatalog(manager);
      // A person who left cannot still be shortlisted or selected; hiring managers are told.
      if (user.accountType === 'interim') await withdrawOpenResponses(manager, user.id);

      for (const source of PERSONAL_DATA_SOURCES) {
        const table = catalog.get(source.table);
        if (!table?.columns.has(source.column)) continue;
        const subject = source.by === 'email' ? email : user.id;
        if (!subject) continue;
        const where = `${ident(source.column)} = $1`;
        const rule = source.erasure;
        switch (rule.action) {
          case 'delete':
            // raw SQL: table and column come from the personal-data registry
            await manager.query(`DELETE FROM ${ident(source.table)} WHERE ${where}`, [subject]);
            break;
          case 'blank': {
            const sets = rule.columns
              .filter((c) => table.columns.has(c))
              .map((c) => `${ident(c)} = ${table.columns.get(c)?.nullable ? 'NULL' : `''`}`);
            if (sets.length) {
              // raw SQL: table and columns come from the personal-data registry
              await manager.query(
                `UPDATE ${ident(source.table)} SET ${sets.join(', ')} WHERE ${where}`,
                [subject],
              );
            }
            break;
          }
          case 'keep':
          case 'account':
          case 'derived':
            break;
        }
      }

      // Sessions end, and where they were opened from (device, address) goes with them.
      await db
        .updateTable('refreshTokens')
        .set((eb) => ({
          revokedAt: eb.fn.coalesce('revokedAt', eb.fn<Date>('now')),
          userAgent: null,
          ip: null,
        }))
        .where('userId', '=', user.id)
        .execute();
      await db
        .updateTable('users')
        .set((eb) => ({
          email: null,
          passwordHash: null,
          displayName: ERASED_DISPLAY_NAME,
          erasedAt: eb.fn('now'),
          updatedAt: eb.fn('now'),
        }))
        .where('id', '=', user.id)
        .execute();
      await appendToOutbox(
        manager,
        user.accountType === 'interim'
          ? {
              eventType: EVENTS.profileErased,
              tenantId: user.id,
              aggregateType: 'interim_profile',
              aggregateId: user.id,
              payload: { interimId: user.id },
            }
          : {
              eventType: EVENTS.accountErased,
              tenantId: user.id,
              aggregateType: 'user',
              aggregateId: user.id,
              payload: { userId: user.id },
            },
      );
    });
    // Every session ended with the account: its open streams close too.
    await this.sessions.revoked({ userId: user.id, familyId: null });
    this.logger.log({ event: 'privacy.erased', userId: user.id }, 'Account erased on request');
  }
}
