import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { PASSWORD } from '@gilde/testing';
import {
  BrowserHarness,
  axeViolations,
  describeViolations,
  screenshot,
  signIn,
  startBrowserHarness,
} from './support/browser-harness';
import { registerPerson } from './support/actors';
import { expectNoText, expectText } from './support/expect-ui';
import { clientOrganisation } from './support/world';

jest.setTimeout(120_000);

describe('web UI: organisation members and client users’ own data (Chromium)', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
  }, 240_000);
  afterAll(async () => {
    await h?.close();
  });

  it('an admin changes roles, revokes an invitation and removes a member, whose next request answers 404', async () => {
    const org = await clientOrganisation(h.http, `Gemeente Leiden ${Date.now() % 100000}`, {
      hiringManager: 'Mirjam Smit',
      procurement: 'Joost de Vries',
    });
    const colleague = await registerPerson(h.http, 'client', 'Fatima el Amrani');
    for (const [email, role] of [
      [colleague.email, 'hiring_manager'],
      ['pieter.jansen@example.test', 'procurement'],
    ]) {
      const res = await h.http
        .post(`/api/v1/organisations/${org.id}/invitations`)
        .set(org.hiringManager.auth)
        .send({ email, role });
      expect(res.status).toBe(201);
      if (email === colleague.email) {
        const accepted = await h.http
          .post(`/api/v1/invitations/${res.body.token}/accept`)
          .set(colleague.auth)
          .send();
        expect(accepted.status).toBe(200);
      }
    }

    const { page, problems } = await h.newSession();
    await signIn(page, org.hiringManager.email, PASSWORD);
    await page.getByRole('link', { name: 'Team and invitations' }).click();
    const members = page.getByRole('list', { name: 'Members' });
    const row = (email: string) => members.locator(`[data-member="${email}"]`);
    await expectText(row(org.procurement.email), 'Joost de Vries');
    await expectText(row(org.hiringManager.email), '(you)');
    const pending = page.getByRole('list', { name: 'Pending invitations' });
    await expectText(pending, 'pieter.jansen@example.test');
    await expectText(pending, 'Invited by Mirjam Smit');
    expect(describeViolations(await axeViolations(page))).toBe('');
    await screenshot(page, 'organisation-members', { fullPage: true });

    // Joost also becomes a hiring manager.
    await row(org.procurement.email).getByRole('button', { name: 'Change roles' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Hiring manager').check();
    expect(describeViolations(await axeViolations(page))).toBe('');
    await dialog.getByRole('button', { name: 'Save roles' }).click();
    await expectText(row(org.procurement.email), 'Hiring manager');

    // The only admin cannot step down: the API's refusal is shown in words.
    await row(org.hiringManager.email).getByRole('button', { name: 'Change roles' }).click();
    await dialog.getByLabel('Organisation admin').uncheck();
    await dialog.getByRole('button', { name: 'Save roles' }).click();
    await expectText(
      dialog.getByRole('alert'),
      'The organisation needs at least one admin. Make another member admin first.',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await pending.getByRole('button', { name: 'Revoke' }).click();
    await expectText(page.locator('main'), 'No invitations are waiting to be accepted.');

    await row(colleague.email).getByRole('button', { name: 'Remove' }).click();
    await expectText(dialog, 'Remove Fatima el Amrani?');
    await dialog.getByRole('button', { name: 'Yes, remove' }).click();
    await expectNoText(members, 'Fatima el Amrani');

    // Her access token is still valid, but the organisation is gone for her.
    const next = await h.http.get(`/api/v1/organisations/${org.id}/members`).set(colleague.auth);
    expect({ status: next.status, code: next.body.code }).toEqual({
      status: 404,
      code: 'not_found',
    });
    expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
  });

  it('in Dutch, a member leaves, downloads their data and deletes their account; the only admin is refused', async () => {
    const org = await clientOrganisation(h.http, `Waterschap Rijnland ${Date.now() % 100000}`, {
      hiringManager: 'Anouk Visser',
      procurement: 'Bram Peters',
    });

    for (const person of [org.hiringManager, org.procurement]) {
      const res = await h.http.patch('/api/v1/me').set(person.auth).send({ locale: 'nl' });
      expect(res.status).toBe(200);
    }
    // The only admin is told why the account cannot go yet.
    const admin = await h.newSession({ locale: 'nl' });
    await signIn(admin.page, org.hiringManager.email, PASSWORD);
    await admin.page.goto('/settings');
    await admin.page.getByLabel('Typ VERWIJDER om te bevestigen').fill('VERWIJDER');
    await admin.page.getByRole('button', { name: 'Mijn account verwijderen' }).click();
    await expectText(
      admin.page.getByRole('alert'),
      'De organisatie heeft minstens één beheerder nodig. Maak eerst een ander lid beheerder.',
    );

    const { page } = await h.newSession({ locale: 'nl' });
    await signIn(page, org.procurement.email, PASSWORD);
    await page.getByRole('link', { name: 'Team en uitnodigingen' }).click();
    await expectText(page.locator('main h1'), 'Team en uitnodigingen');
    // A member who is no admin sees the team, not the invitations.
    await expectText(page.getByRole('list', { name: 'Leden' }), 'Bram Peters');
    await expectNoText(page.locator('main'), 'Openstaande uitnodigingen');
    expect(describeViolations(await axeViolations(page))).toBe('');
    await screenshot(page, 'organisation-members-nl');
    await page
      .locator(`[data-member="${org.procurement.email}"]`)
      .getByRole('button', { name: 'Organisatie verlaten' })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, verlaten' }).click();
    // Without an organisation, the client is offered to set one up.
    await expectText(page.locator('main h1'), 'Richt je organisatie in');

    await page.goto('/settings');
    await expectText(page.locator('main'), 'Je gegevens downloaden');
    expect(describeViolations(await axeViolations(page))).toBe('');
    await screenshot(page, 'client-settings-privacy-nl', { fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Mijn gegevens downloaden' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(exported).toMatchObject({
      subjectId: org.procurement.id,
      account: { email: org.procurement.email, displayName: 'Bram Peters' },
      memberships: [],
    });

    await page.getByLabel('Typ VERWIJDER om te bevestigen').fill('VERWIJDER');
    await page.getByRole('button', { name: 'Mijn account verwijderen' }).click();
    await page.waitForURL(/\/login/);
    const login = await h.http
      .post('/api/v1/auth/login')
      .send({ email: org.procurement.email, password: PASSWORD });
    expect(login.status).toBe(401);
  });
});
