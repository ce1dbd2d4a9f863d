import { EntityManager } from 'typeorm';

/**
 * Takes people out of the audit rows of one entity: an actor among `personIds` becomes null, and
 * every key of `before`/`after` whose value is one of them goes. The only change the audit
 * trail's trigger allows, and only inside this transaction (SET LOCAL).
 */
export async function pseudonymiseAuditRows(
  manager: EntityManager,
  entityType: string,
  entityId: string,
  personIds: string[],
): Promise<number> {
  if (!personIds.length) return 0;
  await manager.query(`SET LOCAL gilde.audit_pseudonymise = 'on'`);
  const strip = (column: 'before' | 'after') =>
    `CASE WHEN ${column} IS NULL THEN NULL ELSE ${column} - coalesce(
       (SELECT array_agg(k) FROM jsonb_each_text(${column}) AS j(k, v) WHERE v = ANY($3::text[])),
       '{}'::text[]) END`;
  const rows: unknown[] = await manager.query(
    `UPDATE audit_events
        SET actor_id = CASE WHEN actor_id::text = ANY($3::text[]) THEN NULL ELSE actor_id END,
            before = ${strip('before')}, after = ${strip('after')}
      WHERE entity_type = $1 AND entity_id = $2
        AND (actor_id::text = ANY($3::text[])
             OR EXISTS (SELECT 1 FROM jsonb_each_text(coalesce(before, '{}') || coalesce(after, '{}')) AS j(k, v)
                         WHERE v = ANY($3::text[])))
      RETURNING id`,
    [entityType, entityId, personIds],
  );
  await manager.query(`SET LOCAL gilde.audit_pseudonymise = 'off'`);
  return rows.length;
}
