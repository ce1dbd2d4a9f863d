import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestingModule } from '@nestjs/testing';
import { Queue } from 'bullmq';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import {
  EVENTS,
  INTERNAL_JOBS,
  MetricsRegistry,
  OutboxRelay,
  QUEUES,
  QueuesService,
  loadConfig,
} from '@gilde/kernel';
import { DigestSchedulesService, FanOutReconcilerService } from '@gilde/notifications';
import { OutboxMetrics } from '../../libs/kernel/src/outbox/outbox.metrics';
import {
  deliveriesOf,
  dumpRedis,
  seedAssignment,
  seedMatch,
  seedOrganisation,
  seedProfile,
  seedUser,
  SeededOrganisation,
  setPreference,
  startWorker,
  writeEvent,
} from './notifications.support';
import {
  createScratchDatabase,
  eventually,
  freePort,
  ScratchDatabase,
} from './support/scratch-database';

const MAX_INSTANT = 2;

describe('notification pipeline (outbox → fan-out → per-recipient jobs → in-app and mailbox)', () => {
  let scratch: ScratchDatabase;
  let pool: Pool;
  let worker: TestingModule;
  let notify: Queue;
  const saved = { ...process.env };
  const prefix = `${process.env.QUEUE_PREFIX}-notify`;
  let deadClosedAt = 0;

  async function mailTo(
    email: string,
  ): Promise<{ subject: string; text: string; html: string | null }[]> {
    const { rows } = await pool.query<{ subject: string; text: string; html: string | null }>(
      `SELECT subject, text, html FROM mailbox_messages WHERE to_address = $1 ORDER BY created_at`,
      [email],
    );
    return rows;
  }

  async function notificationsOf(
    userId: string,
  ): Promise<{ id: string; template: string; dedupe_key: string }[]> {
    const { rows } = await pool.query<{ id: string; template: string; dedupe_key: string }>(
      `SELECT id, template, dedupe_key FROM notifications WHERE recipient_id = $1 ORDER BY created_at`,
      [userId],
    );
    return rows;
  }

  /** Waits until the notifications queue acknowledged the event and the notify queue is idle. */
  async function settled(eventId: string): Promise<void> {
    await eventually(
      async () => {
        const { rows } = await pool.query(
          `SELECT 1 FROM processed_events WHERE event_id = $1 AND consumer = $2`,
          [eventId, QUEUES.notifications],
        );
        if (!rows.length) return false;
        // Delayed jobs are the schedulers' next runs; what matters is that nothing waits or runs.
        const counts = await notify.getJobCounts('waiting', 'active', 'prioritized');
        return Object.values(counts).every((n) => n === 0);
      },
      `event ${eventId} to be fanned out and delivered`,
      15_000,
    );
  }

  async function matchEvent(org: SeededOrganisation, assignmentId: string): Promise<string> {
    return writeEvent(pool, {
      eventType: EVENTS.matchesComputed,
      aggregateType: 'assignment',
      aggregateId: assignmentId,
      tenantId: org.id,
      payload: { assignmentId },
    });
  }

  beforeAll(async () => {
    scratch = await createScratchDatabase('notify');
    // The relay claims every pending event of its database: this file gets one of its own.
    process.env.DATABASE_URL = scratch.url;
    process.env.QUEUE_PREFIX = prefix;
    process.env.NOTIFY_MAX_INSTANT_MATCH_EMAILS_PER_DAY = String(MAX_INSTANT);
    pool = new Pool({ connectionString: scratch.url, max: 3 });
    worker = await startWorker();
    notify = worker.get(QueuesService).get(QUEUES.notify);
  });

  afterAll(async () => {
    await worker?.close();
    const cleanup = new QueuesService(loadConfig());
    for (const q of cleanup.all()) await q.obliterate({ force: true }).catch(() => undefined);
    await cleanup.onApplicationShutdown();
    process.env = saved;
    await pool?.end();
    await scratch?.drop();
    // ioredis lets a never-opened socket linger for its 2 s connect timeout.
    const linger = deadClosedAt + 2100 - Date.now();
    if (deadClosedAt && linger > 0) await new Promise((r) => setTimeout(r, linger));
  });

  describe('match alerts', () => {
    let org: SeededOrganisation;
    let assignment: { id: string; title: string };
    const people: Record<string, { id: string; email: string; displayName: string }> = {};
    let eventId: string;

    beforeAll(async () => {
      org = await seedOrganisation(pool);
      assignment = await seedAssignment(pool, org, { sector: 'government' });
      for (const name of [
        'instant',
        'daily',
        'oneWay',
        'profileOff',
        'otherSector',
        'prefOff',
        'erased',
      ]) {
        people[name] = await seedUser(pool, 'interim', {
          label: name,
          locale: name === 'instant' ? 'nl' : 'en',
        });
      }
      await setPreference(pool, people.instant.id, 'match', ['in_app', 'email'], 'instant');
      await seedProfile(pool, people.daily.id, { notify: 'daily' });
      await seedProfile(pool, people.profileOff.id, { notify: 'off' });
      await seedProfile(pool, people.otherSector.id, {
        notify: 'instant',
        notifySectors: ['healthcare'],
      });
      await setPreference(pool, people.prefOff.id, 'match', ['in_app', 'email'], 'off');
      await pool.query(`UPDATE users SET erased_at = now(), email = NULL WHERE id = $1`, [
        people.erased.id,
      ]);
      let rank = 1;
      for (const [name, person] of Object.entries(people)) {
        await seedMatch(pool, assignment.id, person.id, {
          score: 95 - rank * 5,
          rank: rank++,
          reciprocal: name !== 'oneWay',
          reasons: ['covers 5 of 5 must-have skills'],
        });
      }
      eventId = await matchEvent(org, assignment.id);
      await settled(eventId);
    });

    it('notifies each reciprocal match that wants it: in the app at once, by e-mail as they chose', async () => {
      const instant = await deliveriesOf(pool, people.instant.id);
      expect(instant.map((d) => [d.template, d.channel, d.state, d.mode])).toEqual([
        ['match', 'email', 'sent', 'instant'],
        ['match', 'in_app', 'sent', null],
      ]);
      const mail = await mailTo(people.instant.email);
      expect(mail).toHaveLength(1);
      // Dutch for a Dutch-speaking recipient, with a link into the web UI.
      expect(mail[0].subject).toBe(`Nieuwe opdracht die bij je past: ${assignment.title}`);
      expect(mail[0].text).toContain(`http://localhost:3000/assignments/${assignment.id}`);
      expect(mail[0].text).toContain('covers 5 of 5 must-have skills');
      expect(mail[0].html).toContain('<a href="http://localhost:3000/assignments/');
      expect(mail[0].text).toMatch(/\/api\/v1\/notifications\/unsubscribe\?token=/);

      const daily = await deliveriesOf(pool, people.daily.id);
      expect(daily.map((d) => [d.channel, d.state, d.mode, d.reason])).toEqual([
        ['email', 'pending', 'digest', 'daily_preference'],
        ['in_app', 'sent', null, null],
      ]);
      expect(await mailTo(people.daily.email)).toHaveLength(0);
    });

    it('leaves out one-way matches, alerts turned off in the profile or preferences, other sectors and erased people', async () => {
      for (const name of ['oneWay', 'profileOff', 'otherSector', 'prefOff', 'erased']) {
        expect({ name, rows: await notificationsOf(people[name].id) }).toEqual({ name, rows: [] });
      }
      const { rows } = await pool.query(
        `SELECT planned FROM notification_fan_outs WHERE event_id = $1`,
        [eventId],
      );
      expect(rows).toEqual([{ planned: 2 }]);
    });

    it('does nothing twice: a repeated event, a re-added job and a retried job leave one notification and one e-mail', async () => {
      // Matching runs again (the assignment was edited): a new event for the same assignment.
      const again = await matchEvent(org, assignment.id);
      await settled(again);
      // The same deliver job added again under another id, as a retry after a lost ack would.
      await notify.add(
        INTERNAL_JOBS.notificationDeliver,
        {
          template: 'match',
          recipientId: people.instant.id,
          subjectId: assignment.id,
          eventId,
          tenantId: org.id,
        },
        { jobId: `retry-${randomUUID()}` },
      );
      // And the original job id once more: BullMQ ignores it.
      await notify.add(
        INTERNAL_JOBS.notificationDeliver,
        {
          template: 'match',
          recipientId: people.instant.id,
          subjectId: assignment.id,
          eventId,
          tenantId: org.id,
        },
        { jobId: `match-${assignment.id}-${people.instant.id}` },
      );
      await settled(again);

      expect(await notificationsOf(people.instant.id)).toHaveLength(1);
      expect(await notificationsOf(people.daily.id)).toHaveLength(1);
      expect(await mailTo(people.instant.email)).toHaveLength(1);
      expect((await notificationsOf(people.instant.id))[0].dedupe_key).toBe(
        `match:${assignment.id}:${people.instant.id}`,
      );
    });

    it('keeps personal data out of Redis: job payloads and results carry ids only', async () => {
      const canary = await seedUser(pool, 'interim', {
        label: 'canary',
        displayName: 'Canary Annelies Zwart',
      });
      await seedProfile(pool, canary.id, { notify: 'instant', dayRate: 98765 });
      await setPreference(pool, canary.id, 'match', ['in_app', 'email'], 'instant');
      const a = await seedAssignment(pool, org, { title: 'Canary programme lead' });
      await seedMatch(pool, a.id, canary.id, { score: 88 });
      await settled(await matchEvent(org, a.id));
      expect(await mailTo(canary.email)).toHaveLength(1);

      const everything = await dumpRedis(process.env.REDIS_URL as string, prefix);
      expect(everything).toContain(`match-${a.id}-${canary.id}`);
      for (const secret of [
        canary.email,
        'Canary Annelies Zwart',
        '98765',
        people.instant.email,
        'Canary programme lead',
      ]) {
        expect({ secret, found: everything.includes(secret) }).toEqual({ secret, found: false });
      }
    });
  });

  describe('at send time', () => {
    it('checks consent again, skips what is no longer true, and records why', async () => {
      const org = await seedOrganisation(pool);
      const open = await seedAssignment(pool, org);
      const closing = await seedAssignment(pool, org);
      const optsOut = await seedUser(pool, 'interim', { label: 'optsout' });
      const erasedLater = await seedUser(pool, 'interim', { label: 'erasedlater' });
      const stays = await seedUser(pool, 'interim', { label: 'stays' });
      for (const u of [optsOut, erasedLater, stays]) {
        await setPreference(pool, u.id, 'match', ['in_app', 'email'], 'instant');
        await seedMatch(pool, open.id, u.id);
      }
      await seedMatch(pool, closing.id, stays.id);

      await notify.pause();
      try {
        const e1 = await matchEvent(org, open.id);
        const e2 = await matchEvent(org, closing.id);
        await eventually(async () => {
          const { rows } = await pool.query(
            `SELECT 1 FROM processed_events WHERE event_id = ANY($1::uuid[])`,
            [[e1, e2]],
          );
          return rows.length === 2;
        }, 'the fan-outs');
        expect(await notify.getJobCounts('waiting')).toEqual({ waiting: 4 });
        // Between the fan-out and the send: one opts out, one is erased, one assignment closes.
        await setPreference(pool, optsOut.id, 'match', ['in_app', 'email'], 'off');
        await pool.query(`UPDATE users SET erased_at = now(), email = NULL WHERE id = $1`, [
          erasedLater.id,
        ]);
        await pool.query(
          `UPDATE assignments SET status = 'closed', closed_at = now() WHERE id = $1`,
          [closing.id],
        );
      } finally {
        await notify.resume();
      }
      await eventually(
        async () => (await notificationsOf(stays.id)).length === 2,
        'the remaining notifications',
      );

      expect(
        (await deliveriesOf(pool, optsOut.id)).map((d) => [d.channel, d.state, d.reason]),
      ).toEqual([
        ['email', 'skipped', 'preference_off'],
        ['in_app', 'skipped', 'preference_off'],
      ]);
      // Nothing at all is stored about an erased person.
      expect(await notificationsOf(erasedLater.id)).toEqual([]);
      const stayed = await deliveriesOf(pool, stays.id);
      expect(stayed.filter((d) => d.state === 'skipped').map((d) => d.reason)).toEqual([
        'assignment_not_open',
        'assignment_not_open',
      ]);
      expect(await mailTo(optsOut.email)).toEqual([]);
      expect(await mailTo(stays.email)).toHaveLength(1);
    });
  });

  describe('erasure', () => {
    it('removes an erased person’s notifications, digests and preferences, and sends them nothing more', async () => {
      const org = await seedOrganisation(pool);
      const first = await seedAssignment(pool, org);
      const later = await seedAssignment(pool, org);
      const leaving = await seedUser(pool, 'interim', { label: 'leaving' });
      await setPreference(pool, leaving.id, 'match', ['in_app', 'email'], 'daily');
      await seedMatch(pool, first.id, leaving.id);
      await settled(await matchEvent(org, first.id));
      expect(await notificationsOf(leaving.id)).toHaveLength(1);

      // What the profiles library does on DELETE /interims/me, then its event.
      await pool.query(
        `UPDATE users SET erased_at = now(), email = NULL, display_name = 'Erased user' WHERE id = $1`,
        [leaving.id],
      );
      await settled(
        await writeEvent(pool, {
          eventType: EVENTS.profileErased,
          aggregateType: 'interim_profile',
          aggregateId: leaving.id,
          tenantId: leaving.id,
          payload: { interimId: leaving.id },
        }),
      );
      expect(await notificationsOf(leaving.id)).toEqual([]);
      const { rows } = await pool.query(
        `SELECT 1 FROM notification_preferences WHERE user_id = $1`,
        [leaving.id],
      );
      expect(rows).toEqual([]);

      // A match computed afterwards (stale data elsewhere) still reaches nobody.
      await seedMatch(pool, later.id, leaving.id);
      await settled(await matchEvent(org, later.id));
      expect(await notificationsOf(leaving.id)).toEqual([]);
    });
  });

  describe('the daily cap and the digest', () => {
    it(`sends at most ${MAX_INSTANT} instant match e-mails a day; the best go out, the rest wait for the digest`, async () => {
      const org = await seedOrganisation(pool);
      const busy = await seedUser(pool, 'interim', { label: 'busy' });
      await setPreference(pool, busy.id, 'match', ['in_app', 'email'], 'instant');
      const scores = [61, 93, 77, 85];
      const events: string[] = [];
      for (const score of scores) {
        const a = await seedAssignment(pool, org, { title: `Score ${score}` });
        await seedMatch(pool, a.id, busy.id, { score });
        events.push(await matchEvent(org, a.id));
      }
      for (const e of events) await settled(e);
      const mails = await mailTo(busy.email);
      expect(mails).toHaveLength(MAX_INSTANT);
      const email = (await deliveriesOf(pool, busy.id)).filter((d) => d.channel === 'email');
      expect(email.filter((d) => d.state === 'sent')).toHaveLength(MAX_INSTANT);
      expect(email.filter((d) => d.mode === 'digest').map((d) => d.reason)).toEqual([
        'rate_limited',
        'rate_limited',
      ]);
      // All four are in the app.
      expect(
        (await deliveriesOf(pool, busy.id)).filter(
          (d) => d.channel === 'in_app' && d.state === 'sent',
        ),
      ).toHaveLength(4);
    });

    it('bundles the waiting e-mails into one digest, best score first, once; nothing bundled was sent before', async () => {
      const org = await seedOrganisation(pool);
      const reader = await seedUser(pool, 'interim', {
        label: 'digest',
        timeZone: 'Europe/Amsterdam',
      });
      const titles: Record<number, string> = {};
      const events: string[] = [];
      for (const score of [60, 95, 75]) {
        const a = await seedAssignment(pool, org, { title: `Digest item scoring ${score}` });
        titles[score] = a.title;
        await seedMatch(pool, a.id, reader.id, { score });
        events.push(await matchEvent(org, a.id));
      }
      // One more whose assignment closes before the digest: it is left out, with its reason.
      const gone = await seedAssignment(pool, org, { title: 'Digest item that closed' });
      await seedMatch(pool, gone.id, reader.id, { score: 99 });
      events.push(await matchEvent(org, gone.id));
      for (const e of events) await settled(e);
      await pool.query(`UPDATE assignments SET status = 'closed' WHERE id = $1`, [gone.id]);
      expect(await mailTo(reader.email)).toEqual([]);

      await notify.add(INTERNAL_JOBS.notificationDigest, { timeZone: 'Europe/Amsterdam' });
      const mails = await eventually(async () => {
        const m = await mailTo(reader.email);
        return m.length ? m : null;
      }, 'the digest');
      expect(mails).toHaveLength(1);
      const digest = mails[0];
      expect(digest.subject).toBe('Your Gilde digest: 3 updates');
      const at = (title: string) => digest.text.indexOf(title);
      expect(at(titles[95])).toBeGreaterThan(-1);
      expect(at(titles[95])).toBeLessThan(at(titles[75]));
      expect(at(titles[75])).toBeLessThan(at(titles[60]));
      expect(digest.text).not.toContain('Digest item that closed');
      expect(digest.html).toContain('<ol');

      const email = (await deliveriesOf(pool, reader.id)).filter((d) => d.channel === 'email');
      expect(email.map((d) => d.state).sort()).toEqual(['sent', 'sent', 'sent', 'skipped']);
      expect(email.find((d) => d.state === 'skipped')?.reason).toBe('assignment_not_open');

      // The scheduler firing again the same day sends nothing more.
      await notify.add(INTERNAL_JOBS.notificationDigest, { timeZone: 'Europe/Amsterdam' });
      await new Promise((r) => setTimeout(r, 500));
      await eventually(
        async () => (await notify.getJobCounts('waiting', 'active')).active === 0,
        'idle',
      );
      expect(await mailTo(reader.email)).toHaveLength(1);
      const { rows } = await pool.query(
        `SELECT state, item_count FROM notification_digests WHERE recipient_id = $1`,
        [reader.id],
      );
      expect(rows).toEqual([{ state: 'sent', item_count: 3 }]);
    });

    it('keeps one digest scheduler per time zone in use, at the local digest hour', async () => {
      await seedUser(pool, 'interim', { label: 'newyork', timeZone: 'America/New_York' });
      const zones = await worker.get(DigestSchedulesService).sync();
      expect(zones).toEqual(expect.arrayContaining(['America/New_York', 'Europe/Amsterdam']));
      const schedulers = await notify.getJobSchedulers(0, -1);
      const byKey = new Map(schedulers.map((s) => [s.key, s]));
      expect(byKey.get('digest-America-New_York')).toMatchObject({
        pattern: '0 8 * * *',
        tz: 'America/New_York',
      });
      expect(byKey.get('digest-Europe-Amsterdam')).toMatchObject({
        pattern: '0 8 * * *',
        tz: 'Europe/Amsterdam',
      });
      expect(byKey.get('notification-reconcile')).toBeDefined();
    });
  });

  describe('responses, invitations and picks', () => {
    it('tells the hiring manager of a response, the interim of each decision with its reason, and procurement of a pick', async () => {
      const org = await seedOrganisation(pool);
      const a = await seedAssignment(pool, org, { title: 'Programmamanager energietransitie' });
      const rejected = await seedUser(pool, 'interim', { label: 'rejected' });
      const picked = await seedUser(pool, 'interim', { label: 'picked' });
      const responseIds: Record<string, string> = {};
      for (const [name, u] of [
        ['rejected', rejected],
        ['picked', picked],
      ] as const) {
        const { rows } = await pool.query<{ id: string }>(
          `INSERT INTO responses (assignment_id, organisation_id, interim_id, motivation, proposed_day_rate, available_from)
           VALUES ($1, $2, $3, 'Ik heb dit eerder gedaan.', 1100, current_date) RETURNING id`,
          [a.id, org.id, u.id],
        );
        responseIds[name] = rows[0].id;
      }
      const event = (type: string, responseId: string, interimId: string) =>
        writeEvent(pool, {
          eventType: type,
          aggregateType: 'response',
          aggregateId: responseId,
          tenantId: org.id,
          payload: { responseId, assignmentId: a.id, interimId },
        });
      await settled(await event(EVENTS.responseSubmitted, responseIds.rejected, rejected.id));
      await pool.query(
        `UPDATE responses SET status = 'rejected', rejection_reason = 'rate', rejection_note = 'Helaas boven budget.' WHERE id = $1`,
        [responseIds.rejected],
      );
      await settled(await event(EVENTS.responseRejected, responseIds.rejected, rejected.id));
      await pool.query(`UPDATE responses SET status = 'selected' WHERE id = $1`, [
        responseIds.picked,
      ]);
      await settled(await event(EVENTS.responseSelected, responseIds.picked, picked.id));

      expect((await notificationsOf(org.hiringManager.id)).map((n) => n.template)).toEqual([
        'response.submitted',
      ]);
      expect((await mailTo(org.hiringManager.email))[0].subject).toBe(
        'New response to Programmamanager energietransitie',
      );
      const rejection = (await mailTo(rejected.email))[0];
      expect(rejection.subject).toBe(
        'Your response to Programmamanager energietransitie was not selected',
      );
      expect(rejection.text).toContain('Reason: the rate.');
      expect(rejection.text).toContain('Note: Helaas boven budget.');
      expect((await notificationsOf(picked.id)).map((n) => n.template)).toEqual([
        'response.selected',
      ]);
      expect((await notificationsOf(org.procurement.id)).map((n) => n.template)).toEqual([
        'contract.to_draft',
      ]);
      expect((await mailTo(org.procurement.email))[0].text).toContain(
        `/contracts/new?responseId=${responseIds.picked}`,
      );
    });

    it('tells an invited interim manager', async () => {
      const org = await seedOrganisation(pool);
      const a = await seedAssignment(pool, org, { title: 'Interim directeur zorg' });
      const invited = await seedUser(pool, 'interim', { label: 'invited' });
      const { rows } = await pool.query<{ id: string }>(
        `INSERT INTO assignment_invitations (assignment_id, interim_id, invited_by) VALUES ($1, $2, $3) RETURNING id`,
        [a.id, invited.id, org.hiringManager.id],
      );
      await settled(
        await writeEvent(pool, {
          eventType: EVENTS.assignmentInvitationSent,
          aggregateType: 'assignment_invitation',
          aggregateId: rows[0].id,
          tenantId: org.id,
          payload: { invitationId: rows[0].id, assignmentId: a.id, interimId: invited.id },
        }),
      );
      expect((await mailTo(invited.email)).map((m) => m.subject)).toEqual([
        'Invitation to respond: Interim directeur zorg',
      ]);
    });
  });

  describe('contracts and reviews', () => {
    it('tells the interim of a contract to accept, procurement of an acceptance, both sides once of activation, and asks for reviews', async () => {
      const org = await seedOrganisation(pool);
      const a = await seedAssignment(pool, org, { title: 'Interim hoofd financiën' });
      const interim = await seedUser(pool, 'interim', { label: 'contracted' });
      const { rows: responses } = await pool.query<{ id: string }>(
        `INSERT INTO responses (assignment_id, organisation_id, interim_id, motivation, proposed_day_rate, available_from, status)
         VALUES ($1, $2, $3, 'Graag.', 1100, current_date, 'selected') RETURNING id`,
        [a.id, org.id, interim.id],
      );
      const contractId = randomUUID();
      await pool.query(
        `INSERT INTO contracts (id, series_id, organisation_id, interim_id, response_id, assignment_id, status,
                                day_rate, start_date, end_date, hours_per_week, revised_at, created_by)
         VALUES ($1, $1, $2, $3, $4, $5, 'sent', 1100, current_date, current_date + 90, 32, now(), $6)`,
        [contractId, org.id, interim.id, responses[0].id, a.id, org.procurement.id],
      );
      const contractEvent = (eventType: string, extra: Record<string, string> = {}) =>
        writeEvent(pool, {
          eventType,
          aggregateType: 'contract',
          aggregateId: contractId,
          tenantId: org.id,
          payload: {
            contractId,
            organisationId: org.id,
            interimId: interim.id,
            assignmentId: a.id,
            ...extra,
          },
        });
      await settled(await contractEvent(EVENTS.contractSent));
      await pool.query(`UPDATE contracts SET status = 'accepted' WHERE id = $1`, [contractId]);
      await settled(await contractEvent(EVENTS.contractAccepted));
      await pool.query(`UPDATE contracts SET status = 'active' WHERE id = $1`, [contractId]);
      const signed = [
        await contractEvent(EVENTS.contractCountersigned),
        await contractEvent(EVENTS.contractActivated),
      ];
      for (const e of signed) await settled(e);
      await pool.query(`UPDATE contracts SET status = 'completed' WHERE id = $1`, [contractId]);
      await settled(await contractEvent(EVENTS.reviewRequested, { reviewerSide: 'organisation' }));
      await settled(await contractEvent(EVENTS.reviewRequested, { reviewerSide: 'interim' }));

      const templates = async (userId: string) =>
        (await notificationsOf(userId)).map((n) => n.template).sort();
      expect(await templates(interim.id)).toEqual([
        'contract.active',
        'contract.sent',
        'review.requested',
      ]);
      expect(await templates(org.procurement.id)).toEqual(['contract.accepted']);
      expect(await templates(org.hiringManager.id)).toEqual([
        'contract.active',
        'review.requested',
      ]);
      expect((await mailTo(interim.email)).map((m) => m.subject)).toContain(
        'Contract ready to accept: Interim hoofd financiën',
      );
    });
  });

  describe('Redis trouble', () => {
    it('re-adds per-recipient jobs that Redis lost after the fan-out, and still notifies each person once', async () => {
      const org = await seedOrganisation(pool);
      const a = await seedAssignment(pool, org);
      const people = [];
      for (let i = 0; i < 3; i++) {
        const u = await seedUser(pool, 'interim', { label: `lost${i}` });
        await seedMatch(pool, a.id, u.id, { rank: i + 1 });
        people.push(u);
      }
      const reconciler = worker.get(FanOutReconcilerService);
      // Earlier scenarios' fan-outs are complete: settle them first.
      expect((await reconciler.reconcile(0)).redriven).toBe(0);
      await notify.pause();
      let eventId = '';
      try {
        eventId = await matchEvent(org, a.id);
        await eventually(
          async () => (await notify.getJobCounts('waiting')).waiting === 3,
          'three jobs',
        );
        // Redis loses the waiting jobs (a flush, a restart without persistence).
        await notify.drain();
        expect((await notify.getJobCounts('waiting')).waiting).toBe(0);
      } finally {
        await notify.resume();
      }
      expect(await reconciler.reconcile(0)).toEqual({ settled: 0, redriven: 1, abandoned: 0 });
      await settled(eventId);
      for (const p of people) expect(await notificationsOf(p.id)).toHaveLength(1);
      // Once everything is there the fan-out is settled and forgotten.
      expect(await reconciler.reconcile(0)).toEqual({ settled: 1, redriven: 0, abandoned: 0 });
      expect(await reconciler.reconcile(0)).toEqual({ settled: 0, redriven: 0, abandoned: 0 });
    });

    it('keeps events in the outbox while Redis is unreachable and delivers them once it is back', async () => {
      await worker.close();
      const org = await seedOrganisation(pool);
      const a = await seedAssignment(pool, org);
      const waiting = await seedUser(pool, 'interim', { label: 'waiting' });
      await setPreference(pool, waiting.id, 'match', ['in_app', 'email'], 'instant');
      await seedMatch(pool, a.id, waiting.id);
      const eventId = await matchEvent(org, a.id);

      const dataSource = new DataSource({ type: 'postgres', url: scratch.url });
      await dataSource.initialize();
      const dead = new QueuesService(
        loadConfig({ ...process.env, REDIS_URL: `redis://127.0.0.1:${await freePort()}` }),
      );
      try {
        const relay = new OutboxRelay(dataSource, dead, new OutboxMetrics(new MetricsRegistry()));
        expect(await relay.relayBatch()).toBe(0);
        expect(await relay.relayBatch()).toBe(0);
      } finally {
        await dead.onApplicationShutdown();
        deadClosedAt = Date.now();
        await dataSource.destroy();
      }
      const { rows } = await pool.query(
        `SELECT dispatched_at, attempts > 0 AS tried, last_error IS NOT NULL AS has_error FROM outbox_events WHERE id = $1`,
        [eventId],
      );
      expect(rows).toEqual([{ dispatched_at: null, tried: true, has_error: true }]);
      expect(await notificationsOf(waiting.id)).toEqual([]);

      // Redis is back (the real one): the worker's relay picks the event up after its back-off.
      worker = await startWorker();
      notify = worker.get(QueuesService).get(QUEUES.notify);
      await settled(eventId);
      expect(await notificationsOf(waiting.id)).toHaveLength(1);
      expect(await mailTo(waiting.email)).toHaveLength(1);
    });
  });
});
