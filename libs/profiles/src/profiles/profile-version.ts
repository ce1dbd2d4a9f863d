import { EntityManager } from 'typeorm';
import { sql } from '@gilde/kernel';

/**
 * Bumps the profile's version and answers the new one (undefined: no profile). The update locks
 * the profile row until the transaction ends, which orders every change of one profile.
 */
export async function bumpProfileVersion(
  manager: EntityManager,
  userId: string,
): Promise<number | undefined> {
  const row = await sql(manager)
    .updateTable('interimProfiles')
    .set((eb) => ({ version: eb('version', '+', 1), updatedAt: eb.fn('now') }))
    .where('userId', '=', userId)
    .returning('version')
    .executeTakeFirst();
  return row?.version;
}
