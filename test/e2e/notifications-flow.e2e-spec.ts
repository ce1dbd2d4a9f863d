import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import { ApiHarness, TestUser } from '@gilde/testing';
import { listen, SseClient } from '../integration/notifications.support';
import { eventually } from '../integration/support/scratch-database';
import {
  ScratchMarketplace,
  startScratchMarketplace,
} from '../integration/support/scratch-marketplace';
import { API, Tenant, createPublished, quickTenant, respond } from './assignments.fixtures';
import { quickUser, validProfile } from './profiles.fixtures';

interface Listed {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string;
  createdAt: string;
}

/**
 * The whole path a person notices: a hiring manager publishes, matching ranks, the right
 * interim managers hear about it once (in the app at once, live on their open tab, by e-mail
 * as they chose), and every step of a response reaches the person it concerns.
 */
describe('notifications, end to end from the API', () => {
  let marketplace: ScratchMarketplace;
  let api: ApiHarness;
  let pool: Pool;
  let baseUrl: string;
  let tenant: Tenant;
  const people: Record<string, TestUser> = {};
  let assignment: { id: string; title: string };
  let stream: SseClient;
  let publishedAt = 0;

  const strongSkills = [
    { name: 'manage budgets', level: 5, years: 18 },
    { name: 'lead a team', level: 5, years: 15 },
    { name: 'financial management', level: 5, years: 15 },
  ];

  async function interim(label: string, overrides: Record<string, unknown>): Promise<TestUser> {
    const user = await quickUser(api, pool, 'interim', label);
    const res = await api.http
      .put(`${API}/interims/me/profile`)
      .set(user.auth)
      .send(validProfile({ skills: strongSkills, ...overrides }));
    if (res.status !== 200)
      throw new Error(`profile ${label}: ${res.status} ${JSON.stringify(res.body)}`);
    people[label] = user;
    return user;
  }

  async function inbox(user: TestUser): Promise<{ items: Listed[]; unread: number }> {
    const res = await api.http.get(`${API}/notifications`).set(user.auth);
    expect(res.status).toBe(200);
    return res.body;
  }

  async function mailbox(user: TestUser): Promise<{ subject: string; text: string }[]> {
    const res = await api.http.get(`${API}/dev/mailbox`).set(user.auth);
    expect(res.status).toBe(200);
    return res.body.items;
  }

  beforeAll(async () => {
    marketplace = await startScratchMarketplace('notify_flow', { worker: true });
    ({ api, pool } = marketplace);
    baseUrl = await listen(api.app);

    tenant = await quickTenant(api, pool);
    await interim('instant', { preferences: { notify: 'instant', sectors: [] } });
    await interim('daily', { preferences: { notify: 'daily', sectors: ['healthcare'] } });
    await interim('off', { preferences: { notify: 'off', sectors: [] } });
    await interim('elsewhere', { preferences: { notify: 'instant', sectors: ['government'] } });
    await interim('partTime', {
      hoursPerWeek: { min: 8, max: 16 },
      preferences: { notify: 'instant', sectors: [] },
    });
    await eventually(
      async () => {
        const { rows } = await pool.query(`SELECT count(*)::int AS n FROM search_profiles`);
        return rows[0].n === 5;
      },
      'the profiles to be indexed',
      20_000,
    );

    // The instant interim has the app open: a live stream, authenticated the EventSource way.
    const token = await api.http.post(`${API}/notifications/stream-token`).set(people.instant.auth);
    stream = await SseClient.open(
      baseUrl,
      `${API}/notifications/stream?token=${encodeURIComponent(token.body.token)}`,
    );
    await stream.next((e) => e.event === 'ready');

    publishedAt = Date.now();
    const published = await createPublished(api, tenant.hiringManager, tenant.id, {
      title: 'Interim financieel directeur voor een zorggroep',
      requiredSkills: [
        { name: 'manage budgets', weight: 5, mustHave: true },
        { name: 'lead a team', weight: 3, mustHave: false },
      ],
      maxDayRate: 1300,
      hoursPerWeek: 32,
    });
    assignment = { id: published.id, title: published.title as string };
    await eventually(
      async () => (await inbox(people.daily)).items.length > 0,
      'the match notifications',
      20_000,
      20,
    );
  }, 120_000);

  afterAll(async () => {
    stream?.close();
    await marketplace?.close();
  });

  it('tells the matched interim managers who want it, once, in the app, live, and by e-mail as they chose', async () => {
    const event = await stream.next((e) => e.event === 'notification', 5000);
    const received = Date.now();
    console.log(`Publish → live notification on the open tab: ${received - publishedAt} ms`);
    const live = JSON.parse(event.data) as Listed;
    expect(live).toMatchObject({
      type: 'match',
      title: `New assignment that fits you: ${assignment.title}`,
      link: `/assignments/${assignment.id}`,
    });

    const instant = await inbox(people.instant);
    expect(instant.items.map((n) => n.id)).toEqual([live.id]);
    expect(instant.unread).toBe(1);
    expect((await mailbox(people.instant)).map((m) => m.subject)).toEqual([live.title]);

    // Daily e-mail: in the app now, the e-mail waits for tomorrow's digest.
    expect((await inbox(people.daily)).items.map((n) => n.type)).toEqual(['match']);
    expect(await mailbox(people.daily)).toEqual([]);

    // Alerts off, another sector, hours that do not fit: nothing.
    for (const label of ['off', 'elsewhere', 'partTime']) {
      expect({ label, items: (await inbox(people[label])).items }).toEqual({ label, items: [] });
    }
    expect(stream.events.filter((e) => e.event === 'notification')).toHaveLength(1);
  });

  it('brings each step of a response to the person it concerns', async () => {
    const first = await respond(api, people.instant, assignment.id);
    const second = await respond(api, people.daily, assignment.id);
    await eventually(
      async () => (await inbox(tenant.hiringManager)).items.length === 2,
      'two responses',
    );
    const hm = await inbox(tenant.hiringManager);
    expect(hm.items.map((n) => n.title)).toEqual([
      `New response to ${assignment.title}`,
      `New response to ${assignment.title}`,
    ]);

    const rejected = await api.http
      .post(`${API}/responses/${first.id}/reject`)
      .set(tenant.hiringManager.auth)
      .send({ reason: 'availability', note: 'We need someone from next month.' });
    expect(rejected.status).toBe(200);
    const shortlisted = await api.http
      .post(`${API}/responses/${second.id}/shortlist`)
      .set(tenant.hiringManager.auth)
      .send();
    expect(shortlisted.status).toBe(200);
    const selected = await api.http
      .post(`${API}/responses/${second.id}/select`)
      .set(tenant.hiringManager.auth)
      .send();
    expect(selected.status).toBe(200);

    await eventually(async () => (await inbox(people.instant)).items.length === 2, 'the rejection');
    const rejection = (await inbox(people.instant)).items[0];
    expect(rejection).toMatchObject({
      type: 'response.rejected',
      body: expect.stringContaining('Reason: availability.'),
    });
    expect(rejection.body).toContain('We need someone from next month.');
    await eventually(
      async () => (await inbox(people.daily)).items.length === 3,
      'the shortlist and the selection',
    );
    expect((await inbox(people.daily)).items.map((n) => n.type).sort()).toEqual([
      'match',
      'response.selected',
      'response.shortlisted',
    ]);
    await eventually(
      async () => (await inbox(tenant.procurement)).items.length === 1,
      'procurement',
    );
    expect((await inbox(tenant.procurement)).items[0]).toMatchObject({
      type: 'contract.to_draft',
      link: `/contracts/new?responseId=${second.id}`,
    });
    // Responses are instant by default: the hiring manager was e-mailed for each.
    expect(await mailbox(tenant.hiringManager)).toHaveLength(2);
  });
});
