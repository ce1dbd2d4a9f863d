import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Page } from 'playwright-core';
import { PASSWORD } from '@gilde/testing';
import { BrowserHarness, signIn, startBrowserHarness } from './support/browser-harness';
import { emailFor } from './support/actors';
import { expectNoText, expectText } from './support/expect-ui';
import { inDays } from './support/world';

jest.setTimeout(120_000);

/** Opens the newest mail to `to` in the dev mailbox and returns the first link in it to `path`. */
async function linkFromMailbox(page: Page, to: string, path: string): Promise<string> {
  const mail = page.getByRole('listitem').filter({ hasText: to }).first();
  // The worker sends it through the outbox: reload until it has arrived.
  for (let attempt = 0; ; attempt++) {
    await page.goto('/dev/mailbox');
    await page.getByRole('heading', { name: 'Dev mailbox' }).waitFor();
    if ((await mail.count()) > 0) break;
    if (attempt === 40) throw new Error(`no mail to ${to} arrived`);
    await page.waitForTimeout(250);
  }
  await mail.getByRole('button').first().click();
  const text = (await mail.locator('pre').textContent()) ?? '';
  const link = text.match(new RegExp(`https?://\\S*${path}\\S*`))?.[0];
  if (!link) throw new Error(`no ${path} link in the mail to ${to}:\n${text}`);
  const url = new URL(link);
  return url.pathname + url.search;
}

describe('web UI: verified e-mail and password reset (Chromium)', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness({ worker: true });
  }, 240_000);
  afterAll(async () => {
    await h?.close();
  });

  it('a new hiring manager signs up, is held back until verified from the mailbox, then publishes', async () => {
    const email = emailFor('Sanne Visser');
    const { page } = await h.newSession();
    await page.goto('/signup');
    await page.getByText('Hiring for an organisation').click();
    await page.getByLabel('Full name').fill('Sanne Visser');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signup'));
    await expectText(page.locator('body'), 'Confirm your e-mail address');

    // Before the address is confirmed, setting up an organisation is refused, with the reason.
    await page.goto('/organisations/new');
    await page.getByLabel('Organisation name').fill('Gemeente Harderwijk');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await expectText(page.locator('body'), 'Verify your e-mail address first');

    await page.goto(await linkFromMailbox(page, email, 'verify-email'));
    await expectText(page.locator('body'), 'Your e-mail address is confirmed.');
    await page.goto('/assignments');
    await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 30_000 });
    await expectNoText(page.locator('body'), 'Confirm your e-mail address');

    // The same account now sets up its organisation and publishes an assignment.
    const login = await h.http.post('/api/v1/auth/login').send({ email, password: PASSWORD });
    expect(login.status).toBe(200);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const org = await h.http
      .post('/api/v1/organisations')
      .set(auth)
      .send({
        name: 'Gemeente Harderwijk',
        kvkNumber: String(10_000_000 + Math.floor(Math.random() * 89_999_999)),
      });
    expect(org.status).toBe(201);
    const me = await h.http.get('/api/v1/me').set(auth);
    expect(me.body.emailVerified).toBe(true);
    const draft = await h.http
      .post('/api/v1/assignments')
      .set(auth)
      .send({
        organisationId: me.body.memberships[0].organisationId,
        title: 'Interim programmamanager omgevingswet',
        description: 'Leidt de invoering van de omgevingswet in de gemeentelijke organisatie.',
        assignmentKind: 'change_programme',
        sector: 'government',
        requiredSkills: [{ name: 'project management', weight: 5, mustHave: true }],
        languages: ['nl'],
        location: { city: 'Harderwijk', country: 'NL' },
        remoteShare: 20,
        startDate: inDays(30),
        endDate: inDays(30 + 26 * 7),
        hoursPerWeek: 32,
        maxDayRate: 1100,
      });
    expect(draft.status).toBe(201);
    const published = await h.http
      .post(`/api/v1/assignments/${draft.body.id}/publish`)
      .set(auth)
      .send();
    expect(published.status).toBe(200);
  });

  it('forgot password: the link from the mailbox sets a new one and signs out every other session', async () => {
    const email = emailFor('Daan Mulder');
    const registered = await h.http.post('/api/v1/auth/register').send({
      email,
      password: PASSWORD,
      displayName: 'Daan Mulder',
      accountType: 'interim',
    });
    expect(registered.status).toBe(201);
    const elsewhere = await h.newSession();
    await signIn(elsewhere.page, email, PASSWORD);

    const { page } = await h.newSession();
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('E-mail address').fill(email);
    await page.getByRole('button', { name: 'Send link' }).click();
    await expectText(page.locator('body'), 'If an account uses this address');

    // The mailbox is read in the session that is signed in; the reset itself needs none.
    const resetPath = await linkFromMailbox(elsewhere.page, email, 'reset-password');
    const newPassword = 'een geheel nieuw wachtwoord 2026';
    await page.goto(resetPath);
    await page.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Set password' }).click();
    await expectText(page.locator('body'), 'Your password is set.');

    // The other browser's session is over: its next page load lands on the login page.
    await elsewhere.page.goto('/interim/profile');
    await elsewhere.page.waitForURL((url) => url.pathname.startsWith('/login'));
    // The old password no longer works; the new one does.
    const old = await h.http.post('/api/v1/auth/login').send({ email, password: PASSWORD });
    expect(old.status).toBe(401);
    await signIn(page, email, newPassword);
    // The link was for one use.
    await page.goto(resetPath);
    await page.getByLabel('New password').fill('nog een ander wachtwoord 2026');
    await page.getByRole('button', { name: 'Set password' }).click();
    await expectText(page.locator('body'), 'This link is not valid or was already used.');
  });
});
