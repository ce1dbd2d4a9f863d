import { EntityManager } from 'typeorm';

/**
 * Whether a client user may see an interim's contact data: the interim responded to an
 * assignment of an organisation the client user belongs to (a withdrawn response does not
 * count).
 */
export async function interimRespondedToOrganisationOf(
  db: EntityManager,
  interimId: string,
  clientUserId: string,
): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT 1
       FROM responses r
       JOIN memberships m ON m.organisation_id = r.organisation_id AND m.user_id = $2
      WHERE r.interim_id = $1 AND r.status <> 'withdrawn'
      LIMIT 1`,
    [interimId, clientUserId],
  );
  return rows.length > 0;
}
