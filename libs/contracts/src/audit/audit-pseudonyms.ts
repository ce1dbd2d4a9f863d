import { sql as expression, RawBuilder } from 'kysely';
import { EntityManager } from 'typeorm';
import { DB, sql } from '@gilde/kernel';

type AuditJson = DB['auditEvents']['before'];

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
  const db = sql(manager);
  await expression`SET LOCAL gilde.audit_pseudonymise = 'on'`.execute(db);
  const people = expression`${personIds}::text[]`;
  // The keys of a JSON object whose value names one of the people.
  const strip = (column: 'before' | 'after'): RawBuilder<AuditJson> =>
    expression<AuditJson>`CASE WHEN ${expression.ref(column)} IS NULL THEN NULL ELSE ${expression.ref(column)} - coalesce(
       (SELECT array_agg(k) FROM jsonb_each_text(${expression.ref(column)}) AS j(k, v) WHERE v = ANY(${people})),
       '{}'::text[]) END`;
  const rows = await db
    .updateTable('auditEvents')
    .set({
      actorId: expression<
        string | null
      >`CASE WHEN actor_id::text = ANY(${people}) THEN NULL ELSE actor_id END`,
      before: strip('before'),
      after: strip('after'),
    })
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .where(
      expression<boolean>`actor_id::text = ANY(${people})
        OR EXISTS (SELECT 1 FROM jsonb_each_text(coalesce(before, '{}') || coalesce(after, '{}')) AS j(k, v)
                    WHERE v = ANY(${people}))`,
    )
    .returning('id')
    .execute();
  await expression`SET LOCAL gilde.audit_pseudonymise = 'off'`.execute(db);
  return rows.length;
}
