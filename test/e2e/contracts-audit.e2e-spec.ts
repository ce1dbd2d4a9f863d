import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Job } from 'bullmq';
import { parse } from 'csv-parse/sync';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AssignmentSummaries } from '@gilde/assignments';
import { AUDITED_EVENTS, Contract, DomainEventAuditHandler } from '@gilde/contracts';
import { UserDirectory } from '@gilde/identity';
import { EVENT_ROUTES, EventJobData, QUEUES, QUEUE_JOBS } from '@gilde/kernel';
import { ApiHarness, startApi, testPool } from '@gilde/testing';
import { ContractDocumentRenderer } from '../../libs/contracts/src/documents/contract-document.renderer';
import { InterimErasureHandler } from '../../libs/contracts/src/audit/interim-erasure.handler';
import { ensureTaxonomy, quickTenant } from './assignments.fixtures';
import { API, activeContract, binary, call, draftContract } from './contracts.fixtures';

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** The outbox rows about the given aggregates, as the relay would put them on the audit queue. */
async function eventJobs(pool: Pool, aggregateIds: string[]): Promise<Job<EventJobData>[]> {
  const { rows } = await pool.query(
    `SELECT id, event_type, tenant_id, aggregate_type, aggregate_id, payload, created_at
       FROM outbox_events WHERE aggregate_id = ANY($1::uuid[]) ORDER BY created_at, id`,
    [aggregateIds],
  );
  return rows
    .filter((r) => QUEUE_JOBS[QUEUES.audit].includes(r.event_type))
    .map(
      (r) =>
        ({
          name: r.event_type,
          data: {
            eventId: r.id,
            eventType: r.event_type,
            tenantId: r.tenant_id,
            aggregateType: r.aggregate_type,
            aggregateId: r.aggregate_id,
            payload: r.payload,
            occurredAt: new Date(r.created_at).toISOString(),
          },
        }) as Job<EventJobData>,
    );
}

describe('contracts: the audit trail, the export and erasure', () => {
  let api: ApiHarness;
  let pool: Pool;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    await ensureTaxonomy(api);
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE of audit rows and stored documents fail', async () => {
    const { contract } = await activeContract(api, pool);
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1`,
      [contract.id],
    );
    expect(rows[0].n).toBeGreaterThan(0);
    await expect(
      pool.query(`UPDATE audit_events SET action = 'rewritten' WHERE entity_id = $1`, [
        contract.id,
      ]),
    ).rejects.toThrow('audit_events is append-only: UPDATE refused');
    await expect(
      pool.query(`DELETE FROM audit_events WHERE entity_id = $1`, [contract.id]),
    ).rejects.toThrow('audit_events is append-only: DELETE refused');
    await expect(pool.query(`TRUNCATE audit_events`)).rejects.toThrow('TRUNCATE refused');
    await expect(
      pool.query(`UPDATE contract_documents SET sha256 = 'x' WHERE contract_id = $1`, [
        contract.id,
      ]),
    ).rejects.toThrow('contract_documents is append-only: UPDATE refused');
    const { rows: after } = await pool.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'rewritten'`,
      [contract.id],
    );
    expect(after[0].n).toBe(0);
  });

  it("records the assignment's and response's state changes from their events, once, with the actors", async () => {
    const { tenant, interim, contract, assignmentId, responseId } = await activeContract(api, pool);
    for (const event of AUDITED_EVENTS) expect(EVENT_ROUTES[event]).toContain(QUEUES.audit);

    const handler = new DomainEventAuditHandler(
      api.app.get(DataSource),
      new AssignmentSummaries(api.app.get(DataSource)),
    );
    const jobs = await eventJobs(pool, [assignmentId, responseId]);
    expect(jobs.map((j) => j.name)).toEqual(
      expect.arrayContaining([
        'assignment.published',
        'response.submitted',
        'response.shortlisted',
        'response.selected',
        'assignment.filled',
      ]),
    );
    // Each event names who caused it.
    const actors = Object.fromEntries(
      jobs.map((j) => [j.name, 'actorId' in j.data.payload ? j.data.payload.actorId : undefined]),
    );
    expect(actors).toMatchObject({
      'assignment.published': tenant.hiringManager.id,
      'response.submitted': interim.id,
      'response.shortlisted': tenant.hiringManager.id,
      'response.selected': tenant.hiringManager.id,
      'assignment.filled': tenant.procurement.id,
    });
    // An event queued before events named their actor is still attributed from the rows.
    const legacy = jobs.map((j) => {
      if (j.name !== 'response.submitted') return j;
      const payload: Record<string, unknown> = { ...j.data.payload };
      delete payload.actorId;
      return { ...j, data: { ...j.data, payload } } as Job<EventJobData>;
    });
    // Delivered twice (a retried job): recorded once.
    for (const job of [...legacy, ...legacy]) {
      await handler.handle(job as Parameters<typeof handler.handle>[0]);
    }

    const audit = await call(api, tenant.procurement, 'get', `/contracts/${contract.id}/audit`);
    const trail = audit.items.map(
      (e: { entityType: string; action: string; actorId: string | null }) => [
        e.entityType,
        e.action,
        e.actorId,
      ],
    );
    expect(trail).toEqual(
      expect.arrayContaining([
        ['assignment', 'published', tenant.hiringManager.id],
        ['response', 'submitted', interim.id],
        ['response', 'shortlisted', tenant.hiringManager.id],
        ['response', 'selected', tenant.hiringManager.id],
        ['assignment', 'filled', tenant.procurement.id],
        ['contract', 'countersigned', tenant.procurement.id],
      ]),
    );
    // The actor is a column of its own, not part of the recorded state.
    for (const item of audit.items) expect(item.after ?? {}).not.toHaveProperty('actorId');
    const published = trail.filter((t: string[]) => t[1] === 'published');
    expect(published).toHaveLength(1);
    // Oldest first, at the time of the change itself.
    const times = audit.items.map((e: { at: string }) => e.at);
    expect([...times].sort()).toEqual(times);
    expect(audit.items[0]).toMatchObject({ entityType: 'assignment', action: 'published' });
  });

  it('exports the organisation contracts as formula-safe CSV for procurement only', async () => {
    const { tenant, contract } = await draftContract(api, pool, {
      placeOfWork: '=HYPERLINK("http://evil.example","x")',
    });
    const res = await api.http
      .get(`${API}/contracts/export.csv?organisationId=${tenant.id}`)
      .set(tenant.procurement.auth);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const rows: string[][] = parse(res.text);
    expect(rows[0]).toEqual(
      expect.arrayContaining(['contractId', 'dayRate', 'placeOfWork', 'documentSha256']),
    );
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(rows[0].map((h, i) => [h, rows[1][i]]));
    expect(row).toMatchObject({
      contractId: contract.id,
      status: 'draft',
      dayRate: '1100',
      placeOfWork: `'=HYPERLINK("http://evil.example","x")`,
    });

    const hm = await api.http
      .get(`${API}/contracts/export.csv?organisationId=${tenant.id}`)
      .set(tenant.hiringManager.auth);
    expect(hm.status).toBe(403);
    const other = await quickTenant(api, pool);
    const foreign = await api.http
      .get(`${API}/contracts/export.csv?organisationId=${tenant.id}`)
      .set(other.procurement.auth);
    expect(foreign.status).toBe(404);
    const { rows: logged } = await pool.query(
      `SELECT actor_id FROM audit_events WHERE entity_id = $1 AND action = 'contracts_exported'`,
      [tenant.id],
    );
    expect(logged).toEqual([{ actor_id: tenant.procurement.id }]);
  });

  it('quotes every exported field and leaves no cell that a ; , or tab importer reads as a formula', async () => {
    const tenant = await quickTenant(api, pool);
    const hostileNames = ['Jan;=2+3;', '=HYPERLINK("http://evil.example","x")'];
    for (const name of hostileNames) {
      const { interim, contract } = await draftContract(api, pool, {}, { tenant });
      // The display name chosen at registration ends up in the parties snapshotted on sending.
      await pool.query(`UPDATE users SET display_name = $1 WHERE id = $2`, [name, interim.id]);
      await call(api, tenant.procurement, 'post', `/contracts/${contract.id}/send`);
    }
    const res = await api.http
      .get(`${API}/contracts/export.csv?organisationId=${tenant.id}`)
      .set(tenant.procurement.auth);
    expect(res.status).toBe(200);

    // Every field, empty ones too, is quoted: the text is quoted fields only.
    expect(res.text).toMatch(/^(?:"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*\n)+$/u);
    // An importer splitting on any separator (Excel with Dutch settings splits on ;) never
    // meets a segment that starts a formula.
    for (const segment of res.text.split(/[;,\t\r\n]/u)) {
      expect(segment.replace(/^[\p{Zs}"]*/u, '')).not.toMatch(/^[=+\-@\t\r＝＋－＠]/u);
    }
    const rows: string[][] = parse(res.text);
    const names = rows.slice(1).map((r) => r[rows[0].indexOf('interimName')]);
    expect(names.sort()).toEqual([`'=HYPERLINK("http://evil.example","x")`, `Jan;'=2+3;`]);
  });

  it('after the interim erases the account the contract, its parties and its PDF hash stay', async () => {
    const { tenant, interim, contract } = await activeContract(api, pool);
    const download = async () =>
      (
        await api.http
          .get(`${API}/contracts/${contract.id}/document`)
          .set(tenant.procurement.auth)
          .buffer(true)
          .parse(binary)
      ).body as Buffer;
    const before = await download();

    const erased = await api.http.delete(`${API}/interims/me`).set(interim.auth);
    expect(erased.status).toBe(204);
    const { rows: profile } = await pool.query(
      `SELECT count(*)::int AS n FROM interim_profiles WHERE user_id = $1`,
      [interim.id],
    );
    expect(profile[0].n).toBe(0);

    const after = await download();
    expect(sha256(after)).toBe(sha256(before));
    expect(sha256(after)).toBe(contract.documentSha256);
    const view = await call(api, tenant.procurement, 'get', `/contracts/${contract.id}`);
    expect(view.parties.interim).toMatchObject({ kvkNumber: '12345678', vatId: 'NL123456789B01' });

    // Rendering again from what the contract kept gives the same bytes: nothing depends on the
    // erased profile.
    const c = await api.app
      .get(DataSource)
      .getRepository(Contract)
      .findOneByOrFail({ id: contract.id as string });
    const rendered = await api.app.get(ContractDocumentRenderer).render({
      contractId: c.id,
      version: c.version,
      revision: c.revision,
      revisedAt: c.revisedAt,
      draft: false,
      form: c.form,
      modelAgreementRef: c.modelAgreementRef,
      modelAgreementTitle: c.modelAgreementTitle,
      dayRate: c.dayRate,
      startDate: c.startDate,
      endDate: c.endDate,
      extensionFrom: c.extensionFrom,
      hoursPerWeek: c.hoursPerWeek,
      placeOfWork: c.placeOfWork,
      noticePeriodDays: c.noticePeriodDays,
      terms: c.terms,
      parties: c.parties!,
      dbaAnswers: c.dbaAnswers,
      dbaAssessment: c.dbaAssessment,
    });
    expect(sha256(rendered)).toBe(sha256(before));

    // The erasure event: what no law requires goes, the audit trail says what was kept.
    const handler = new InterimErasureHandler(
      api.app.get(DataSource),
      new UserDirectory(api.app.get(DataSource)),
    );
    const jobs = await eventJobs(pool, [interim.id]);
    const erasure = jobs.filter((j) => j.name === 'profile.erased');
    expect(erasure).toHaveLength(1);
    await handler.handle(erasure[0] as Job<EventJobData<'profile.erased'>>);
    await handler.handle(erasure[0] as Job<EventJobData<'profile.erased'>>);
    const { rows: applied } = await pool.query(
      `SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'erasure_applied'`,
      [interim.id],
    );
    expect(applied).toEqual([{ after: { reviewCommentsRemoved: 0, contractsRetained: 1 } }]);
    const { rows: ua } = await pool.query(
      `SELECT count(*)::int AS n FROM contract_acceptances WHERE user_id = $1 AND user_agent IS NOT NULL`,
      [interim.id],
    );
    expect(ua[0].n).toBe(0);
  });

  it('a revision re-sent after the erasure keeps the interim details of the earlier snapshot', async () => {
    const { tenant, interim, contract } = await draftContract(api, pool);
    const id = contract.id as string;
    const sent = await call(api, tenant.procurement, 'post', `/contracts/${id}/send`);
    expect((await api.http.delete(`${API}/interims/me`).set(interim.auth)).status).toBe(204);
    await call(api, tenant.procurement, 'patch', `/contracts/${id}`, { hoursPerWeek: 24 });
    const resent = await call(api, tenant.procurement, 'post', `/contracts/${id}/send`);
    expect(resent.parties.interim).toEqual(sent.parties.interim);
    expect(resent.parties.interim.kvkNumber).toBe('12345678');
  });
});
