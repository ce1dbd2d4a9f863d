import { DataSource, EntityManager } from 'typeorm';
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
    const rows: { id: string; granted_at: Date | null; granted_by: string | null }[] =
      await tx.query(
        `SELECT id, platform_admin_granted_at AS granted_at, platform_admin_granted_by AS granted_by
           FROM users WHERE email = $1 AND erased_at IS NULL FOR UPDATE`,
        [address],
      );
    const row = rows[0];
    if (!row) {
      throw new PlatformAdminGrantError(
        `No account with the address ${address}: the person registers first, then you grant.`,
      );
    }
    if (row.granted_at && row.granted_by) {
      return {
        userId: row.id,
        email: address,
        grantedAt: row.granted_at,
        grantedBy: row.granted_by,
        created: false,
      };
    }
    const [granted]: { granted_at: Date }[] = await tx.query(
      `UPDATE users SET platform_admin_granted_at = now(), platform_admin_granted_by = $2
        WHERE id = $1 RETURNING platform_admin_granted_at AS granted_at`,
      [row.id, by],
    );
    return {
      userId: row.id,
      email: address,
      grantedAt: granted.granted_at,
      grantedBy: by,
      created: true,
    };
  });
}
