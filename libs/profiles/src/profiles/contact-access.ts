import { EntityManager } from 'typeorm';

export interface Relationship {
  /** The interim responded to one of the organisations' assignments, or has a contract with one. */
  related: boolean;
  /** Contact data may be shown: a response that was not withdrawn. */
  contactable: boolean;
}

/**
 * What ties an interim to the caller's organisations. A relationship (any response, even a
 * withdrawn one, or a contract) means the organisation already knows the interim: opening the
 * profile again does not count against the viewing quota. Contact data needs a response that
 * still stands.
 */
export async function relationshipWith(
  db: EntityManager,
  interimId: string,
  organisationIds: string[],
): Promise<Relationship> {
  const [row]: { responded: boolean; contactable: boolean; contracted: boolean }[] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM responses
                       WHERE interim_id = $1 AND organisation_id = ANY($2::uuid[])) AS responded,
              EXISTS (SELECT 1 FROM responses
                       WHERE interim_id = $1 AND organisation_id = ANY($2::uuid[])
                         AND status <> 'withdrawn') AS contactable,
              EXISTS (SELECT 1 FROM contracts
                       WHERE interim_id = $1 AND organisation_id = ANY($2::uuid[])) AS contracted`,
    [interimId, organisationIds],
  );
  return { related: row.responded || row.contracted, contactable: row.contactable };
}
