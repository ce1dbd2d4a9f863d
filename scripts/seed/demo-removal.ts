import { modify } from '@gilde/kernel';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_EMAIL_PATTERNS } from './demo-accounts';
import { DEMO_WORLD_MARKER } from './demo-state';

export interface DemoRemoval {
  users: string[];
  organisations: string[];
  assignments: string[];
  contracts: string[];
  /** Interim managers outside the demo who had contracts with a demo organisation. */
  otherInterims: string[];
}

const APPEND_ONLY = ['audit_events', 'contract_documents'] as const;

async function ids(manager: EntityManager, sql: string, params: unknown[]): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(sql, params);
  return rows.map((r) => r.id);
}

/**
 * Deletes exactly the demo world: the users with a demo e-mail address, the organisations they
 * created, and everything hanging off either (assignments, responses, contracts with their
 * documents, acceptances, reviews and audit trail, matches, notifications, mail, outbox events).
 * One transaction: it all goes, or nothing does. Search documents are removed afterwards by the
 * caller through the indexer (the engine may live outside PostgreSQL).
 *
 * The audit trail and contract documents refuse deletes by trigger. Those triggers are switched
 * off for this transaction only (ALTER TABLE takes an exclusive lock, so no other session writes
 * in between) and refused outright in production.
 */
export async function removeDemoWorld(
  dataSource: DataSource,
  production: boolean,
): Promise<DemoRemoval> {
  if (production) {
    throw new Error('Refusing to delete demo data in production (NODE_ENV=production).');
  }
  return dataSource.transaction(async (m) => {
    const users = await ids(m, `SELECT id FROM users WHERE email LIKE ANY($1::text[])`, [
      DEMO_EMAIL_PATTERNS,
    ]);
    const organisations = await ids(
      m,
      `SELECT id FROM organisations WHERE created_by = ANY($1::uuid[])`,
      [users],
    );
    const assignments = await ids(
      m,
      `SELECT id FROM assignments WHERE organisation_id = ANY($1::uuid[]) OR created_by = ANY($2::uuid[])`,
      [organisations, users],
    );
    const responses = await ids(
      m,
      `SELECT id FROM responses
        WHERE organisation_id = ANY($1::uuid[]) OR interim_id = ANY($2::uuid[])
           OR assignment_id = ANY($3::uuid[])`,
      [organisations, users, assignments],
    );
    const contracts = await ids(
      m,
      `SELECT id FROM contracts WHERE organisation_id = ANY($1::uuid[]) OR interim_id = ANY($2::uuid[])`,
      [organisations, users],
    );
    const otherInterims = await ids(
      m,
      `SELECT DISTINCT interim_id AS id FROM contracts
        WHERE id = ANY($1::uuid[]) AND NOT (interim_id = ANY($2::uuid[]))`,
      [contracts, users],
    );
    const aggregates = [...users, ...organisations, ...assignments, ...responses, ...contracts];
    const events = await ids(
      m,
      `SELECT id FROM outbox_events WHERE tenant_id = ANY($1::uuid[]) OR aggregate_id = ANY($2::uuid[])`,
      [organisations, aggregates],
    );

    for (const table of APPEND_ONLY) {
      await m.query(`ALTER TABLE ${table} DISABLE TRIGGER ${table}_append_only`);
    }
    await m.query(
      `DELETE FROM audit_events
        WHERE organisation_id = ANY($1::uuid[]) OR entity_id = ANY($2::uuid[])`,
      [organisations, contracts],
    );
    await m.query(`DELETE FROM contract_documents WHERE contract_id = ANY($1::uuid[])`, [
      contracts,
    ]);
    for (const table of APPEND_ONLY) {
      await m.query(`ALTER TABLE ${table} ENABLE TRIGGER ${table}_append_only`);
    }

    await m.query(`DELETE FROM reviews WHERE contract_id = ANY($1::uuid[])`, [contracts]);
    await m.query(`DELETE FROM contract_acceptances WHERE contract_id = ANY($1::uuid[])`, [
      contracts,
    ]);
    // Extensions point at the version they extend: delete from the newest version down.
    for (let round = 0; round < 100; round++) {
      const { count: deleted } = await modify(
        m,
        `DELETE FROM contracts c WHERE c.id = ANY($1::uuid[])
           AND NOT EXISTS (SELECT 1 FROM contracts n WHERE n.previous_version_id = c.id)`,
        [contracts],
      );
      if (!deleted) break;
    }

    await m.query(
      `DELETE FROM assignment_matches WHERE assignment_id = ANY($1::uuid[]) OR interim_id = ANY($2::uuid[])`,
      [assignments, users],
    );
    await m.query(`DELETE FROM assignment_match_weights WHERE assignment_id = ANY($1::uuid[])`, [
      assignments,
    ]);
    // Other people's notifications about demo objects (their own go with the users).
    await m.query(
      `DELETE FROM notifications WHERE subject_id = ANY($1::uuid[]) OR event_id = ANY($2::uuid[])`,
      [aggregates, events],
    );
    await m.query(`DELETE FROM mailbox_messages WHERE lower(to_address) LIKE ANY($1::text[])`, [
      DEMO_EMAIL_PATTERNS,
    ]);
    await m.query(`DELETE FROM notification_fan_outs WHERE event_id = ANY($1::uuid[])`, [events]);
    await m.query(`DELETE FROM processed_events WHERE event_id = ANY($1::uuid[])`, [events]);
    await m.query(`DELETE FROM outbox_events WHERE id = ANY($1::uuid[])`, [events]);

    // Cascades: memberships, organisation invitations, assignments (skills, invitations,
    // responses), contract details and rate cards.
    await m.query(`DELETE FROM organisations WHERE id = ANY($1::uuid[])`, [organisations]);
    await m.query(`DELETE FROM responses WHERE id = ANY($1::uuid[])`, [responses]);
    await m.query(
      `DELETE FROM assignment_invitations WHERE interim_id = ANY($1::uuid[]) OR invited_by = ANY($1::uuid[])`,
      [users],
    );
    await m.query(`DELETE FROM assignments WHERE id = ANY($1::uuid[])`, [assignments]);
    // Cascades: profiles (skills, credentials, availability), tokens, notifications and their
    // preferences and digests, track records, matches.
    await m.query(`DELETE FROM users WHERE id = ANY($1::uuid[])`, [users]);
    await m.query(`DELETE FROM processed_events WHERE event_id = $1 AND consumer = $2`, [
      DEMO_WORLD_MARKER.eventId,
      DEMO_WORLD_MARKER.consumer,
    ]);
    return { users, organisations, assignments, contracts, otherInterims };
  });
}
