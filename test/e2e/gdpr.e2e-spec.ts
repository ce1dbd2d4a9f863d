import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Pool } from 'pg';
import {
  ApiHarness,
  PASSWORD,
  TestOrganisation,
  TestUser,
  startApi,
  testPool,
} from '@gilde/testing';
import {
  futureDate,
  interimWithProfile,
  outboxFor,
  quickOrganisation,
  quickUser,
  seedResponse,
  validProfile,
} from './profiles.fixtures';

/** Counts, per table of the whole database, the rows whose text contains `needle`. */
async function grepDatabase(pool: Pool, needle: string): Promise<Record<string, number>> {
  const { rows: tables } = await pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const hits: Record<string, number> = {};
  for (const { table_name } of tables) {
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM "${table_name}" x WHERE strpos(lower(x::text), lower($1)) > 0`,
      [needle],
    );
    if (rows[0].n > 0) hits[table_name] = rows[0].n;
  }
  return hits;
}

async function login(api: ApiHarness, email: string) {
  return api.http.post('/api/v1/auth/login').send({ email, password: PASSWORD });
}

describe('GDPR export and erasure', () => {
  let api: ApiHarness;
  let pool: Pool;
  let org: TestOrganisation;

  beforeAll(async () => {
    api = await startApi();
    pool = testPool();
    org = await quickOrganisation(api, pool);
  });
  afterAll(async () => {
    await api.close();
    await pool.end();
  });

  describe('GET /interims/me/export', () => {
    it('logs every change of visibility and notify consent, and exports the log', async () => {
      const { user } = await interimWithProfile(api, pool); // clients, daily
      const put = (overrides: Record<string, unknown>) =>
        api.http.put('/api/v1/interims/me/profile').set(user.auth).send(validProfile(overrides));
      expect((await put({ visibility: 'hidden' })).status).toBe(200);
      expect((await put({ visibility: 'hidden', headline: 'Only the headline' })).status).toBe(200);
      expect(
        (await put({ visibility: 'public', preferences: { notify: 'off', sectors: [] } })).status,
      ).toBe(200);
      // A refused change leaves the log as it was.
      expect((await put({ visibility: 'everyone' })).status).toBe(400);

      const { rows } = await pool.query(
        `SELECT consent, old_value, new_value, source, changed_by FROM profile_consent_changes
          WHERE user_id = $1 ORDER BY created_at, consent`,
        [user.id],
      );
      const by = { source: 'profile', changed_by: user.id };
      expect(rows).toEqual([
        { consent: 'notify', old_value: null, new_value: 'daily', ...by },
        { consent: 'visibility', old_value: null, new_value: 'clients', ...by },
        { consent: 'visibility', old_value: 'clients', new_value: 'hidden', ...by },
        { consent: 'notify', old_value: 'daily', new_value: 'off', ...by },
        { consent: 'visibility', old_value: 'hidden', new_value: 'public', ...by },
      ]);
      const exported = await api.http.get('/api/v1/interims/me/export').set(user.auth);
      expect(exported.status).toBe(200);
      expect(exported.body.profileConsentLog).toHaveLength(rows.length);
      expect(exported.body.profileConsentLog).toEqual(
        expect.arrayContaining(
          rows.map((r) =>
            expect.objectContaining({
              consent: r.consent,
              oldValue: r.old_value,
              newValue: r.new_value,
              source: 'profile',
              createdAt: expect.any(String),
            }),
          ),
        ),
      );
    });

    it("returns everything stored about the caller and nothing of anyone else's", async () => {
      const { user, profile } = await interimWithProfile(api, pool, {
        headline: 'Export subject headline',
      });
      await api.http
        .put('/api/v1/interims/me/availability')
        .set(user.auth)
        .send({ periods: [{ from: futureDate(10), to: futureDate(40), hoursPerWeek: 24 }] });
      const { responseId, assignmentId } = await seedResponse(
        pool,
        org.id,
        org.admin.id,
        user.id,
        'My motivation for this assignment',
      );
      await pool.query(
        `UPDATE responses SET decided_by = $2, rejection_note = 'Not this time' WHERE id = $1`,
        [responseId, org.admin.id],
      );
      await pool.query(
        `INSERT INTO assignment_invitations (assignment_id, interim_id, invited_by, message)
         VALUES ($1, $2, $3, 'Please respond')`,
        [assignmentId, user.id, org.admin.id],
      );
      // Another interim responds to the same assignment: none of it may leak into the export.
      const otherCanary = `other-${randomUUID()}`;
      const { user: other } = await interimWithProfile(api, pool, { headline: otherCanary });
      const otherResponse = await pool.query(
        `INSERT INTO responses (assignment_id, organisation_id, interim_id, motivation, proposed_day_rate, available_from)
         VALUES ($1, $2, $3, $4, 900, current_date) RETURNING id`,
        [assignmentId, org.id, other.id, otherCanary],
      );

      const res = await api.http.get('/api/v1/interims/me/export').set(user.auth);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const doc = res.body;
      expect(doc).toMatchObject({
        format: 'gilde-personal-data-export/1',
        subjectId: user.id,
        account: { id: user.id, email: user.email, accountType: 'interim', erasedAt: null },
        profile: {
          userId: user.id,
          headline: 'Export subject headline',
          dayRateMin: 950,
          dayRateMax: 1250,
          kvkNumber: '12345678',
          visibility: 'clients',
        },
        availability: [{ fromDate: futureDate(10), toDate: futureDate(40), hoursPerWeek: 24 }],
        credentials: [
          {
            id: (profile.credentials as { id: string }[])[0].id,
            type: 'RQIM',
            status: 'unverified',
          },
        ],
        responses: [
          {
            id: responseId,
            motivation: 'My motivation for this assignment',
            rejectionNote: 'Not this time',
          },
        ],
        invitationsReceived: [{ assignmentId, message: 'Please respond' }],
      });
      expect(doc.skills.map((s: { name: string }) => s.name)).toEqual(
        (profile.skills as { name: string }[]).map((s) => s.name),
      );
      expect(doc.account).not.toHaveProperty('passwordHash');
      for (const session of doc.sessions) {
        expect(Object.keys(session)).not.toContain('tokenHash');
      }
      const text = JSON.stringify(doc);
      expect(text).not.toContain(otherCanary);
      expect(text).not.toContain(other.id);
      expect(text).not.toContain(otherResponse.rows[0].id);
      // The hiring manager's identity stays out (decided_by, invited_by are omitted).
      expect(text).not.toContain(org.admin.id);
      expect(text).not.toContain(org.admin.email);
    });

    it('exports an interim without a profile as an account with empty sections', async () => {
      const interim = await quickUser(api, pool, 'interim');
      const res = await api.http.get('/api/v1/interims/me/export').set(interim.auth);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        account: { id: interim.id },
        profile: null,
        skills: [],
        credentials: [],
        availability: [],
        responses: [],
      });
    });
  });

  describe('DELETE /interims/me', () => {
    let subject: TestUser;
    let canaries: Record<string, string>;
    let tokens: { accessToken: string; refreshToken: string };
    let responseId: string;

    beforeAll(async () => {
      const tag = randomUUID().slice(0, 12);
      canaries = {
        email: `canary-${tag}@example.test`,
        name: `Canary Person ${tag}`,
        headline: `canary-headline-${tag}`,
        summary: `canary-summary-${tag}`,
        credential: `CANARY-CRED-${tag}`,
        motivation: `canary-motivation-${tag}`,
        city: `Canarystad${tag}`,
      };
      subject = await quickUser(api, pool, 'interim', 'canary', {
        email: canaries.email,
        displayName: canaries.name,
        withPassword: true,
      });
      // A real sign-in, so a live refresh token exists to be revoked.
      const signedIn = await login(api, canaries.email);
      expect(signedIn.status).toBe(200);
      tokens = { accessToken: signedIn.body.accessToken, refreshToken: signedIn.body.refreshToken };
      subject = { ...subject, auth: { Authorization: `Bearer ${tokens.accessToken}` } };

      const put = await api.http
        .put('/api/v1/interims/me/profile')
        .set(subject.auth)
        .send(
          validProfile({
            headline: canaries.headline,
            summary: canaries.summary,
            location: { city: canaries.city, country: 'NL' },
            credentials: [
              { type: 'RQIM', number: canaries.credential, validUntil: futureDate(300) },
            ],
          }),
        );
      expect(put.status).toBe(200);
      await api.http
        .put('/api/v1/interims/me/availability')
        .set(subject.auth)
        .send({ periods: [{ from: futureDate(5), to: futureDate(60), hoursPerWeek: 32 }] });
      ({ responseId } = await seedResponse(
        pool,
        org.id,
        org.admin.id,
        subject.id,
        canaries.motivation,
      ));
      await pool.query(`UPDATE responses SET rejection_note = $2 WHERE id = $1`, [
        responseId,
        `note about ${canaries.name}`,
      ]);
      // Mail addressed to the person, and an organisation invitation to their address.
      await pool.query(
        `INSERT INTO mailbox_messages (to_address, subject, text, idempotency_key)
         VALUES ($1, 'Welcome', $2, $3)`,
        [canaries.email, `Dear ${canaries.name}`, `canary-${tag}`],
      );
      await pool.query(
        `INSERT INTO organisation_invitations (organisation_id, email, role, invited_by, expires_at)
         VALUES ($1, $2, 'procurement', $3, now() + interval '1 day')`,
        [org.id, canaries.email, org.admin.id],
      );
      // Every canary is in the database before the erasure: the grep below can find them.
      for (const canary of Object.values(canaries)) {
        expect(Object.keys(await grepDatabase(pool, canary)).length).toBeGreaterThan(0);
      }

      const erased = await api.http.delete('/api/v1/interims/me').set(subject.auth);
      expect(erased.status).toBe(204);
    });

    it('leaves no trace of any canary in any table of the database', async () => {
      for (const [label, canary] of Object.entries(canaries)) {
        expect({ label, hits: await grepDatabase(pool, canary) }).toEqual({ label, hits: {} });
      }
    });

    it('keeps the account row as a pseudonym and the response withdrawn, without its texts', async () => {
      const user = await pool.query(
        `SELECT email, password_hash, display_name, erased_at FROM users WHERE id = $1`,
        [subject.id],
      );
      expect(user.rows[0]).toMatchObject({
        email: null,
        password_hash: null,
        display_name: 'Erased user',
      });
      expect(user.rows[0].erased_at).toBeInstanceOf(Date);
      const response = await pool.query(
        `SELECT interim_id, motivation, rejection_note, status FROM responses WHERE id = $1`,
        [responseId],
      );
      expect(response.rows[0]).toEqual({
        interim_id: subject.id,
        motivation: '',
        rejection_note: null,
        status: 'withdrawn',
      });
      // Hiring managers are told through the usual event, which carries ids only.
      const events = await pool.query(
        `SELECT payload FROM outbox_events WHERE event_type = 'response.withdrawn' AND aggregate_id = $1`,
        [responseId],
      );
      expect(events.rows.map((r) => r.payload)).toEqual([
        // The erasure was the interim's own request: the audit trail names them.
        expect.objectContaining({ responseId, interimId: subject.id, actorId: subject.id }),
      ]);
      for (const table of [
        'interim_profiles',
        'profile_skills',
        'availability_periods',
        'credentials',
      ]) {
        const { rows } = await pool.query(
          `SELECT count(*)::int AS n FROM ${table} WHERE user_id = $1`,
          [subject.id],
        );
        expect({ table, n: rows[0].n }).toEqual({ table, n: 0 });
      }
    });

    it('signs the person out everywhere and refuses to sign them in again', async () => {
      expect((await api.http.get('/api/v1/me').set(subject.auth)).status).toBe(401);
      expect((await api.http.get('/api/v1/interims/me/export').set(subject.auth)).status).toBe(401);
      expect((await api.http.delete('/api/v1/interims/me').set(subject.auth)).status).toBe(401);
      const refresh = await api.http
        .post('/api/v1/auth/refresh')
        .send({ refreshToken: tokens.refreshToken });
      expect(refresh.status).toBe(401);
      expect((await login(api, canaries.email)).status).toBe(401);
      const { rows } = await pool.query(
        `SELECT count(*)::int AS live FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL`,
        [subject.id],
      );
      expect(rows[0].live).toBe(0);
    });

    it('hides the profile from clients', async () => {
      const res = await api.http.get(`/api/v1/interims/${subject.id}`).set(org.admin.auth);
      expect(res.status).toBe(404);
    });

    it('writes profile.erased with ids only', async () => {
      const events = await outboxFor(pool, subject.id);
      expect(events.at(-1)).toEqual({
        event_type: 'profile.erased',
        aggregate_type: 'interim_profile',
        aggregate_id: subject.id,
        tenant_id: subject.id,
        payload: { interimId: subject.id },
      });
    });

    it('lets the e-mail address be used for a new account', async () => {
      const again = await quickUser(api, pool, 'interim', 'again', { email: canaries.email });
      expect(again.id).not.toBe(subject.id);
      await pool.query(`DELETE FROM users WHERE id = $1`, [again.id]);
    });
  });
});
