import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { withdrawOpenResponses } from '@gilde/assignments';
import { AuthUser, IdentityErrors, SessionRevocations } from '@gilde/identity';
import { EVENTS, apiError, appendToOutbox } from '@gilde/kernel';
import { PERSONAL_DATA_SOURCES } from './personal-data.registry';
import { ident, loadSchemaCatalog } from './schema-catalog';

export const ERASED_DISPLAY_NAME = 'Erased user';

/**
 * GDPR Art. 17, in one transaction: personal data goes, response texts are emptied, and the
 * account row stays as a pseudonym (no e-mail, no password, no name) so contracts keep a
 * party. Sessions are revoked; the access guard refuses erased accounts at once. The
 * `profile.erased` event lets derived stores (search index) drop the interim.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger('Privacy');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionRevocations,
  ) {}

  async erase(user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const account: { email: string | null }[] = await manager.query(
        `SELECT email FROM users WHERE id = $1 AND erased_at IS NULL FOR UPDATE`,
        [user.id],
      );
      if (!account[0]) {
        throw apiError(401, IdentityErrors.account_gone, 'The account no longer exists.');
      }
      const email = account[0].email;
      const catalog = await loadSchemaCatalog(manager);
      // A person who left cannot still be shortlisted or selected; hiring managers are told.
      await withdrawOpenResponses(manager, user.id);

      for (const source of PERSONAL_DATA_SOURCES) {
        const table = catalog.get(source.table);
        if (!table?.columns.has(source.column)) continue;
        const subject = source.by === 'email' ? email : user.id;
        if (!subject) continue;
        const where = `${ident(source.column)} = $1`;
        const rule = source.erasure;
        switch (rule.action) {
          case 'delete':
            await manager.query(`DELETE FROM ${ident(source.table)} WHERE ${where}`, [subject]);
            break;
          case 'blank': {
            const sets = rule.columns
              .filter((c) => table.columns.has(c))
              .map((c) => `${ident(c)} = ${table.columns.get(c)?.nullable ? 'NULL' : `''`}`);
            if (sets.length) {
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

      await manager.query(
        // Sessions end, and where they were opened from (device, address) goes with them.
        `UPDATE refresh_tokens SET revoked_at = coalesce(revoked_at, now()), user_agent = NULL, ip = NULL
          WHERE user_id = $1`,
        [user.id],
      );
      await manager.query(
        `UPDATE users SET email = NULL, password_hash = NULL, display_name = $2,
                erased_at = now(), updated_at = now()
          WHERE id = $1`,
        [user.id, ERASED_DISPLAY_NAME],
      );
      await appendToOutbox(manager, {
        eventType: EVENTS.profileErased,
        tenantId: user.id,
        aggregateType: 'interim_profile',
        aggregateId: user.id,
        payload: { interimId: user.id },
      });
    });
    // Every session ended with the account: its open streams close too.
    await this.sessions.revoked({ userId: user.id, familyId: null });
    this.logger.log({ event: 'privacy.erased', userId: user.id }, 'Account erased on request');
  }
}
