import { NotNull } from 'kysely';
import { DataSource, EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';
import { normaliseEmail } from './normalise-email';

/** What decides platform admin status, as stored on the account. */
export interface PlatformAdminFacts {
  email: string | null;
  platformAdminGrantedAt: Date | null;
  emailVerifiedAt: Date | null;
}

/**
 * The single place that decides who is a platform admin: the account holds an explicit grant
 * (recorded by `npm run admin:grant`) AND its address is in PLATFORM_ADMIN_EMAILS. Registering
 * a listed address grants nothing; taking an address off the list revokes at once without a
 * database change. The address must also be verified: a grant on an unproven address is void.
 */
export function isPlatformAdmin(account: PlatformAdminFacts, listedEmails: string[]): boolean {
  return (
    account.platformAdminGrantedAt !== null &&
    account.emailVerifiedAt !== null &&
    account.email !== null &&
    listedEmails.includes(normaliseEmail(account.email))
  );
}

export class PlatformAdminGrantError extends Error {}

export interface PlatformAdminGrant {
  userId: string;
  email: string;
  grantedAt: Date;
  grantedBy: string;
  /** False when the account already held a grant (the first one is kept). */
  created: boolean;
}

/**
 * Records the platform admin grant for the account with this address. Only operators call this
 * (the admin:grant command, the demo seed); there is no HTTP route that reaches it.
 */
export async function grantPlatformAdmin(
  db: DataSource | EntityManager,
  email: string,
  grantedBy: string,
): Promise<PlatformAdminGrant> {
  const address = normaliseEmail(email);
  const by = grantedBy.trim();
  if (!by) throw new PlatformAdminGrantError('Say who grants: the operator name is empty.');
  const manager = db instanceof DataSource ? db.manager : db;
  return manager.transaction(async (tx) => {
    const row = await sql(tx)
      .selectFrom('users')
      .select(['id', 'platformAdminGrantedAt', 'platformAdminGrantedBy'])
      .where('email', '=', address)
      .where('erasedAt', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (!row) {
      throw new PlatformAdminGrantError(
        `No account with the address ${address}: the person registers first, then you grant.`,
      );
    }
    if (row.platformAdminGrantedAt && row.platformAdminGrantedBy) {
      return {
        userId: row.id,
        email: address,
        grantedAt: row.platformAdminGrantedAt,
        grantedBy: row.platformAdminGrantedBy,
        created: false,
      };
    }
    const granted = await sql(tx)
      .updateTable('users')
      .set((eb) => ({ platformAdminGrantedAt: eb.fn('now'), platformAdminGrantedBy: by }))
      .where('id', '=', row.id)
      .returning('platformAdminGrantedAt')
      .$narrowType<{ platformAdminGrantedAt: NotNull }>()
      .executeTakeFirstOrThrow();
    return {
      userId: row.id,
      email: address,
      grantedAt: granted.platformAdminGrantedAt,
      grantedBy: by,
      created: true,
    };
  });
}
