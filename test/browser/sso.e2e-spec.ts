import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { PASSWORD, TestIdp, registerUser, startTestIdp } from '@gilde/testing';
import {
  BrowserHarness,
  axeViolations,
  screenshot,
  signIn,
  startBrowserHarness,
} from './support/browser-harness';
import { expectText } from './support/expect-ui';

jest.setTimeout(90_000);

const CLIENT_ID = 'gilde-web';
const CLIENT_SECRET = `secret-${randomUUID()}`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('web UI: organisation single sign-on through a real OpenID provider (Chromium)', () => {
  let h: BrowserHarness;
  let idp: TestIdp;
  const domain = `rijnland-${randomUUID().slice(0, 6)}.test`;
  const orgName = `Hoogheemraadschap ${domain.slice(8, 14)}`;

  beforeAll(async () => {
    // The provider sends the browser back to PUBLIC_URL: the API must listen exactly there.
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    process.env.PUBLIC_URL = publicUrl;
    process.env.WEB_ORIGIN = publicUrl;
    [h, idp] = await Promise.all([
      startBrowserHarness({ port }),
      startTestIdp([
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${publicUrl}/api/v1/auth/sso/callback`],
        },
      ]),
    ]);
  }, 240_000);
  afterAll(async () => {
    await idp?.close();
    await h?.close();
  });

  it('an admin switches single sign-on on from the team page, after a refused free-mail domain', async () => {
    const admin = await registerUser(h.http, 'client', 'admin', `beheer@${domain}`);
    const org = await h.http.post('/api/v1/organisations').set(admin.auth).send({ name: orgName });
    expect(org.status).toBe(201);

    const { page } = await h.newSession();
    await signIn(page, admin.email, PASSWORD);
    await page.goto('/organisation');
    await expectText(page.getByRole('heading', { name: 'Single sign-on (SSO)' }), 'SSO');
    await expectText(page.locator('form[aria-labelledby="sso-heading"] .badge'), 'Off');
    expect(await page.getByLabel('Redirect URI to register at your provider').inputValue()).toBe(
      `${h.baseUrl}/api/v1/auth/sso/callback`,
    );

    await page.getByLabel('Issuer URL').fill(idp.issuer);
    await page.getByLabel('Client ID').fill(CLIENT_ID);
    await page.getByLabel('Client secret').fill(CLIENT_SECRET);
    await page.getByLabel('E-mail domains').fill(`${domain}\ngmail.com`);
    await page.getByLabel('New members join as').selectOption('procurement');
    await page.getByRole('button', { name: 'Save and switch on' }).click();
    await expectText(
      page.getByRole('alert'),
      'gmail.com: A free e-mail domain (such as gmail.com) cannot be used.',
    );

    await page.getByLabel('E-mail domains').fill(domain);
    await page.getByRole('button', { name: 'Save and switch on' }).click();
    await expectText(page.locator('form[aria-labelledby="sso-heading"] .badge'), 'On');
    // The secret is never shown again; the rest is what was saved.
    expect(await page.getByLabel('Client secret').inputValue()).toBe('');
    expect(await page.getByLabel('E-mail domains').inputValue()).toBe(domain);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'organisation-sso', { fullPage: true });
  });

  it('a colleague signs in through the provider in Dutch and lands in the organisation', async () => {
    const { page, problems } = await h.newSession({ locale: 'nl' });
    await page.goto('/login');
    await page.getByRole('button', { name: 'Inloggen via je organisatie (SSO)' }).click();
    await expectText(page.locator('[data-field-error]'), 'Vul eerst je werk-e-mailadres in.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'login-sso-nl');

    const email = `sanne.devries@${domain}`;
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Inloggen via je organisatie (SSO)' }).click();
    // The provider's own login page, with the address as login hint.
    await page.waitForURL(`${idp.issuer}/**`, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('input[name="login"]').inputValue()).toBe(email);
    await page.locator('input[name="password"]').fill('anything');
    // The provider's page asks for web fonts it cannot reach here: only what follows is ours.
    const ours = problems.length;
    await page.getByRole('button', { name: 'Sign-in' }).click();

    await page.waitForURL((url) => url.origin === h.baseUrl && url.pathname === '/procurement');
    await expectText(page.locator('.org-name'), orgName);
    expect(problems.slice(ours)).toEqual([]);
    const me = await page.evaluate(
      `fetch('/api/v1/auth/refresh', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(document.cookie.match(/gilde_csrf=([^;]+)/)[1]) }, body: '{}' }).then((r) => r.json())`,
    );
    expect(me).toMatchObject({ user: { email, accountType: 'client', emailVerified: true } });
  });

  it('sends a refused sign-in back to the login page with the reason, in English', async () => {
    const { page } = await h.newSession();
    await page.goto('/login');
    await page
      .getByLabel('E-mail address')
      .fill(`someone@unclaimed-${randomUUID().slice(0, 6)}.test`);
    await page.getByRole('button', { name: 'Sign in with your organisation (SSO)' }).click();
    await page.waitForURL('**/login?sso=sso_not_configured');
    await expectText(
      page.getByRole('alert'),
      'Your organisation does not use single sign-on for this e-mail address.',
    );

    await page.getByLabel('E-mail address').fill(`unverified@${domain}`);
    await page.getByRole('button', { name: 'Sign in with your organisation (SSO)' }).click();
    await page.waitForURL(`${idp.issuer}/**`, { waitUntil: 'domcontentloaded' });
    await page.locator('input[name="password"]').fill('anything');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.waitForURL('**/login?sso=sso_email_unverified');
    await expectText(
      page.getByRole('alert'),
      'Your organisation’s sign-in service did not confirm your e-mail address.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'login-sso-refused');
  });
});
