import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import {
  NON_SELECTED_RESPONSE_POLICY,
  NON_SELECTED_RESPONSE_RETENTION_DAYS,
  ResponseRetentionService,
} from '@gilde/assignments';
import { ClientReputationReader } from '@gilde/contracts';
import { ApiHarness, TestUser } from '@gilde/testing';
import { eventually } from '../integration/support/scratch-database';
import {
  ScratchMarketplace,
  startScratchMarketplace,
} from '../integration/support/scratch-marketplace';
import {
  API,
  Tenant,
  createPublished,
  quickTenant,
  quickUser,
  respond,
  transition,
} from './assignments.fixtures';

const DAY = 24 * 3600 * 1000;

/**
 * A response that was not selected is deleted four weeks after its assignment
 * closed, with what was written about it; the organisation's statistics keep its outcome. The
 * clock is the purge's `now`, so the test stands on either side of the boundary. The worker runs:
 * it writes the notifications about the responses, and deletes them after the purge.
 */
describe('retention of responses that were not selected', () => {
  let marketplace: ScratchMarketplace;
  let api: ApiHarness;
  let pool: Pool;
  let tenant: Tenant;
  let retention: ResponseRetentionService;
  let assignmentId: string;
  let closedAt: Date;
  const responses: Record<'selected' | 'rejected' | 'withdrawn' | 'submitted', string> = {
    selected: '',
    rejected: '',
    withdrawn: '',
    submitted: '',
  };
  const interims: TestUser[] = [];

  const remaining = async (ids: string[]) =>
    (
      await pool.query<{ id: string }>(`SELECT id FROM responses WHERE id = ANY($1) ORDER BY id`, [
        ids,
      ])
    ).rows.map((r) => r.id);
  const notificationsAbout = async (ids: string[]) =>
    (
      await pool.query<{ subject_id: string }>(
        `SELECT DISTINCT subject_id FROM notifications
          WHERE subject_type = 'response' AND subject_id = ANY($1)`,
        [ids],
      )
    ).rows
      .map((r) => r.subject_id)
      .sort();
  const afterClosing = (days: number) => new Date(closedAt.getTime() + days * DAY);

  beforeAll(async () => {
    marketplace = await startScratchMarketplace('responses_retention', { worker: true });
    ({ api, pool } = marketplace);
    retention = api.app.get(ResponseRetentionService);
    tenant = await quickTenant(api, pool);
    const assignment = await createPublished(api, tenant.hiringManager, tenant.id);
    assignmentId = assignment.id;
    for (const kind of Object.keys(responses) as (keyof typeof responses)[]) {
      const interim = await quickUser(api, pool, 'interim', `retention-${kind}`);
      interims.push(interim);
      const { id } = await respond(api, interim, assignmentId);
      responses[kind] = id;
      if (kind === 'selected') {
        await transition(api, tenant.hiringManager, `/responses/${id}/shortlist`);
        await transition(api, tenant.hiringManager, `/responses/${id}/select`);
      }
      if (kind === 'withdrawn') await transition(api, interim, `/responses/${id}/withdraw`);
      if (kind === 'rejected') {
        const res = await api.http
          .post(`${API}/responses/${id}/reject`)
          .set(tenant.hiringManager.auth)
          .send({ reason: 'experience_mismatch', note: 'We need hospital experience.' });
        expect(res.status).toBe(200);
      }
    }
    await transition(api, tenant.hiringManager, `/assignments/${assignmentId}/close`);
    const { rows } = await pool.query<{ closed_at: Date }>(
      `SELECT closed_at FROM assignments WHERE id = $1`,
      [assignmentId],
    );
    closedAt = rows[0].closed_at;
    // The hiring managers heard of every response, the rejected interim of the rejection.
    await eventually(
      async () => (await notificationsAbout(Object.values(responses))).length === 4,
      'the notifications about the responses',
      20_000,
    );
  }, 120_000);

  afterAll(async () => {
    await marketplace?.close();
  });

  it('keeps every response on day 27 after closing', async () => {
    expect(NON_SELECTED_RESPONSE_RETENTION_DAYS).toBe(28);
    expect(await retention.purge(afterClosing(27))).toEqual({ purged: 0 });
    expect(await remaining(Object.values(responses))).toHaveLength(4);
  });

  it('deletes the responses not selected on day 29, keeps the selected one and the statistics', async () => {
    const reputation = api.app.get(ClientReputationReader);
    const before = await reputation.forOrganisation(tenant.id);
    const purgedAt = afterClosing(29);
    expect(await retention.purge(purgedAt)).toEqual({ purged: 3 });
    expect(await remaining(Object.values(responses))).toEqual([responses.selected]);

    const outcomes = await pool.query(
      `SELECT response_id, assignment_id, status, purged_at, policy FROM response_outcomes
        ORDER BY response_id`,
    );
    expect(outcomes.rows).toEqual(
      [
        { id: responses.rejected, status: 'rejected' },
        { id: responses.withdrawn, status: 'withdrawn' },
        { id: responses.submitted, status: 'submitted' },
      ]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map(({ id, status }) => ({
          response_id: id,
          assignment_id: assignmentId,
          status,
          purged_at: purgedAt,
          policy: NON_SELECTED_RESPONSE_POLICY,
        })),
    );
    // Nothing of the person stays: no column of the outcome record can point at a user.
    const columns = await pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'response_outcomes'`,
    );
    expect(columns.rows.map((c) => c.column_name).sort()).toEqual(
      [
        'assignment_id',
        'decided_at',
        'organisation_id',
        'policy',
        'purged_at',
        'responded_at',
        'response_id',
        'status',
      ].sort(),
    );
    const events = await pool.query<{ aggregate_id: string; payload: unknown }>(
      `SELECT aggregate_id, payload FROM outbox_events WHERE event_type = 'response.purged'
        ORDER BY aggregate_id`,
    );
    expect(events.rows).toEqual(
      [responses.rejected, responses.withdrawn, responses.submitted].sort().map((id) => ({
        aggregate_id: id,
        payload: { responseId: id, policy: NON_SELECTED_RESPONSE_POLICY },
      })),
    );
    // The organisation's response rate and decision time are what they were.
    expect(await reputation.forOrganisation(tenant.id)).toEqual(before);
    // The selected interim still sees their response; the others no longer have one.
    const own = await api.http.get(`${API}/interims/me/responses`).set(interims[0].auth);
    expect(own.status).toBe(200);
    const rejected = await api.http.get(`${API}/interims/me/responses`).set(interims[1].auth);
    expect(JSON.stringify(rejected.body)).not.toContain(responses.rejected);
  });

  it('takes the notifications about a deleted response with it', async () => {
    await eventually(
      async () =>
        (await notificationsAbout(Object.values(responses))).join() === responses.selected,
      'the notifications about deleted responses to go',
      20_000,
    );
  });

  it('takes the purged interims out of the audit trail, keeping what happened', async () => {
    // interims[1..3] responded with the rejected, withdrawn and submitted responses.
    const purgedInterims = interims.slice(1).map((i) => i.id);
    const naming = async () =>
      (
        await pool.query<{ entity_id: string; action: string }>(
          `SELECT entity_id, action FROM audit_events e
            WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) AS p(id) WHERE strpos(e::text, p.id) > 0)`,
          [purgedInterims],
        )
      ).rows;
    await eventually(
      async () => (await naming()).length === 0,
      'the audit rows of purged responses to lose the interim',
      20_000,
    );
    const purged = [responses.rejected, responses.withdrawn, responses.submitted];
    const { rows } = await pool.query<{ entity_id: string; action: string; actor_id: string }>(
      `SELECT entity_id, action, actor_id FROM audit_events
        WHERE entity_type = 'response' AND entity_id = ANY($1) ORDER BY id`,
      [purged],
    );
    // The history stays: each response's submission, the decision, and the retention record.
    expect(rows.filter((r) => r.action === 'submitted')).toHaveLength(3);
    expect(rows.filter((r) => r.action === 'retention_applied')).toHaveLength(3);
    expect(rows.find((r) => r.action === 'rejected')?.actor_id).toBe(tenant.hiringManager.id);
    // The selected interim, whose response stays, is still named.
    const kept = await pool.query(
      `SELECT 1 FROM audit_events WHERE entity_id = $1 AND actor_id = $2`,
      [responses.selected, interims[0].id],
    );
    expect(kept.rowCount).toBeGreaterThan(0);
    // Nothing else may rewrite the trail.
    await expect(
      pool.query(`UPDATE audit_events SET action = 'x' WHERE entity_id = $1`, [responses.selected]),
    ).rejects.toThrow(/append-only/);
  });

  it('finds nothing more to do on the next run', async () => {
    expect(await retention.purge(afterClosing(30))).toEqual({ purged: 0 });
  });

  it('keeps the responses of an assignment that is still open, however old', async () => {
    const open = await createPublished(api, tenant.hiringManager, tenant.id);
    const interim = await quickUser(api, pool, 'interim', 'retention-open');
    const { id } = await respond(api, interim, open.id);
    await pool.query(`UPDATE responses SET created_at = now() - interval '2 years' WHERE id = $1`, [
      id,
    ]);
    expect(await retention.purge(new Date(Date.now() + 365 * DAY))).toEqual({ purged: 0 });
    expect(await remaining([id])).toEqual([id]);
  });
});
