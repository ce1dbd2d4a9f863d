import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { PASSWORD, registerUser, uniqueEmail } from '@gilde/testing';
import {
  BrowserHarness,
  axeViolations,
  describeViolations,
  screenshot,
  signIn,
  startBrowserHarness,
} from './support/browser-harness';
import { registerPerson } from './support/actors';
import { expectAttr, expectText } from './support/expect-ui';

jest.setTimeout(90_000);

describe('web UI: accounts, language and organisations (Chromium)', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
  }, 240_000);
  afterAll(async () => {
    await h?.close();
  });

  it('refuses a wrong password with a message and stays on the login page', async () => {
    const user = await registerUser(h.http, 'interim');
    const { page } = await h.newSession();
    await page.goto('/login');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'login');

    await page.getByLabel('E-mail address').fill(user.email);
    await page.getByLabel('Password').fill('not-the-right-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await expectText(page.getByRole('alert'), 'The e-mail address or password is not right.');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.evaluate("localStorage.getItem('gilde.refreshToken')")).toBeNull();
  });

  it('keeps the session across a reload by rotating the refresh cookie, and ends it on sign-out', async () => {
    const user = await registerPerson(h.http, 'client', 'Lotte Mulder');
    const { context, page } = await h.newSession();
    const refreshCookie = async () =>
      (await context.cookies()).find((c) => c.name === 'gilde_refresh');
    /** Everything script on the page can read: storage and the cookies it can see. */
    const readable = () =>
      page.evaluate(
        '[JSON.stringify(localStorage), JSON.stringify(sessionStorage), document.cookie].join()',
      );
    await signIn(page, user.email, PASSWORD);
    await page.waitForURL('**/organisations/new');
    const first = await refreshCookie();
    expect(first).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
    expect(await readable()).not.toContain(first!.value);
    expect(await page.evaluate("localStorage.getItem('gilde.refreshToken')")).toBeNull();

    // The access token lives in memory only: a reload signs in again through the cookie,
    // which rotates.
    await page.reload();
    await expectText(page.locator('main h1'), 'Set up your organisation');
    const second = await refreshCookie();
    expect(second?.value).toEqual(expect.any(String));
    expect(second!.value).not.toBe(first!.value);
    expect(await readable()).not.toContain(second!.value);
    const reused = await h.http.post('/api/v1/auth/refresh').send({ refreshToken: first!.value });
    expect(reused.status).toBe(401);
  });

  it('ends the session on sign-out and forgets the cookie', async () => {
    const user = await registerPerson(h.http, 'client', 'Sanne Bakker');
    const { context, page } = await h.newSession();
    await signIn(page, user.email, PASSWORD);
    await page.waitForURL('**/organisations/new');
    const cookie = (await context.cookies()).find((c) => c.name === 'gilde_refresh');
    expect(cookie).toBeDefined();

    await page.getByRole('button', { name: 'Sign out' }).click();
    // The route guard may get there first and add where the user was (?next=...).
    await page.waitForURL(/\/login(\?next=[^&]*)?$/);
    expect((await context.cookies()).find((c) => c.name === 'gilde_refresh')).toBeUndefined();
    const ended = await h.http.post('/api/v1/auth/refresh').send({ refreshToken: cookie!.value });
    expect(ended.status).toBe(401);
    await page.goto('/assignments');
    await page.waitForURL('**/login?next=%2Fassignments');
  });

  it('shows the API validation error next to the field it is about', async () => {
    const { page } = await h.newSession();
    await page.goto('/signup');
    await page.getByLabel('Full name').fill('Short Password');
    await page.getByLabel('E-mail address').fill(uniqueEmail('short'));
    await page.getByLabel('Password').fill('too-short');
    await page.getByRole('button', { name: 'Create account' }).click();

    const password = page.getByLabel('Password');
    await expectAttr(password, 'aria-invalid', 'true');
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    const errorId = describedBy.split(' ').find((id) => id.endsWith('-error'));
    expect(errorId).toBeDefined();
    await expectText(page.locator(`[id="${errorId}"]`), 'Must be at least 12 characters');
    // The other fields were fine and carry no error.
    expect(await page.getByLabel('Full name').getAttribute('aria-invalid')).toBeNull();
    expect(new URL(page.url()).pathname).toBe('/signup');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switches to Dutch and remembers the choice after a reload', async () => {
    const user = await registerUser(h.http, 'client');
    const { page } = await h.newSession();
    await page.goto('/login');
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Welkom terug');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');

    await page.reload();
    await expectText(page.getByRole('heading', { level: 1 }), 'Welkom terug');
    await page.getByLabel('E-mailadres').fill(user.email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    // A client without an organisation lands on the set-up screen, in Dutch.
    await expectText(page.getByRole('heading', { level: 1 }), 'Richt je organisatie in');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expectText(page.getByRole('heading', { level: 1 }), 'Set up your organisation');
  });

  it('lets a client create an organisation and a colleague join it through the invitation link', async () => {
    const admin = await registerPerson(h.http, 'client', 'Mirjam Smit');
    const colleague = await registerPerson(h.http, 'client', 'Ruben Bakker');
    const orgName = `Gemeente Noordwijk ${Date.now() % 100000}`;

    const { page } = await h.newSession();
    await signIn(page, admin.email, PASSWORD);
    await page.waitForURL('**/organisations/new');
    // A bad KvK number is refused by the API and shown next to its field.
    await page.getByLabel('Organisation name').fill(orgName);
    await page.getByLabel(/KvK number/).fill('12ab');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await expectText(page.locator('[data-field-error]'), 'Must be 8 digits');
    await page.getByLabel(/KvK number/).fill('12345678');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.waitForURL('**/assignments');

    await page.getByRole('link', { name: 'Team and invitations' }).click();
    await page.getByLabel('Colleague’s e-mail address').fill(colleague.email);
    await page.getByLabel('Role').selectOption('procurement');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const link = page.getByLabel('Invitation link');
    await expectAttr(link, 'value', /\/invitations\/.+/);
    const invitationUrl = new URL((await link.getAttribute('value'))!);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'organisation-team');

    // The colleague opens the link signed out, signs in and accepts.
    const other = await h.newSession();
    await other.page.goto(invitationUrl.pathname);
    await expectText(other.page.getByRole('heading', { level: 1 }), 'You have been invited');
    const violations = await axeViolations(other.page);
    expect(describeViolations(violations)).toBe('');
    await other.page.getByRole('link', { name: 'Sign in to accept' }).click();
    await other.page.getByLabel('E-mail address').fill(colleague.email);
    await other.page.getByLabel('Password').fill(PASSWORD);
    await other.page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await other.page.waitForURL(`**${invitationUrl.pathname}`);
    await other.page.getByRole('button', { name: 'Accept invitation' }).click();
    await other.page.waitForURL('**/procurement');
    await expectText(other.page.locator('.org-name'), orgName);
  });
});
