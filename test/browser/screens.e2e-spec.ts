import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { PASSWORD } from '@gilde/testing';
import { BrowserHarness, screenshot, signIn, startBrowserHarness } from './support/browser-harness';
import { expectAccessible, expectAttr, expectNoText, expectText } from './support/expect-ui';
import {
  ClientOrganisation,
  Person,
  clientOrganisation,
  createAssignment,
  inDays,
  interimWithProfile,
  verifyCredentials,
} from './support/world';

jest.setTimeout(120_000);

/** Screens beyond the main journey: search, Dutch, a phone's width, preferences, privacy. */
describe('web UI: search, language, phone layout, preferences and privacy (Chromium)', () => {
  let h: BrowserHarness;
  let org: ClientOrganisation;
  let anna: Person;
  let assignmentId: string;

  beforeAll(async () => {
    h = await startBrowserHarness({ worker: true });
    org = await clientOrganisation(h.http, 'Gemeente Zeewolde', {
      hiringManager: 'Femke de Boer',
      procurement: 'Hans Smit',
    });
    anna = await interimWithProfile(h.http, {
      name: 'Anna Bakker',
      headline: 'Interim CFO for financial recovery in the public sector',
      summary:
        'Finance leadership in municipalities and care organisations; recovery plans that stick.',
      skills: [
        { name: 'financial management', level: 5, years: 18 },
        { name: 'manage budgets', level: 5, years: 15 },
        { name: 'apply change management', level: 4, years: 10 },
      ],
      sectors: ['government', 'healthcare'],
      assignmentKinds: ['interim_cfo', 'recovery'],
      city: 'Amersfoort',
      dayRate: { min: 1000, max: 1300 },
      credential: 'RQIM',
    });
    await verifyCredentials(h, anna);
    const published = await createAssignment(
      h.http,
      org,
      {
        title: 'Interim controller — financial recovery plan',
        description:
          'The municipality needs a recovery plan for its budget deficit and a controller to carry it through the council.',
        assignmentKind: 'interim_cfo',
        sector: 'government',
        requiredSkills: [
          { name: 'financial management', weight: 5, mustHave: true },
          { name: 'manage budgets', weight: 4, mustHave: true },
        ],
        city: 'Zeewolde',
        remoteShare: 30,
        startInDays: 21,
        weeks: 20,
        hoursPerWeek: 32,
        maxDayRate: 1250,
      },
      true,
    );
    assignmentId = published.id;
    await createAssignment(
      h.http,
      org,
      {
        title: 'Programme director housing',
        description: 'Lead the housing programme with the province and the housing associations.',
        assignmentKind: 'change_programme',
        sector: 'housing',
        requiredSkills: [{ name: 'project management', weight: 5, mustHave: true }],
        city: 'Zeewolde',
        remoteShare: 20,
        startInDays: 40,
        weeks: 30,
        hoursPerWeek: 28,
        maxDayRate: 1100,
      },
      true,
    );
    // Matching runs in the worker; wait (bounded) until Anna is ranked.
    for (let i = 0; i < 100; i++) {
      const res = await h.http
        .get(`/api/v1/assignments/${assignmentId}/matches`)
        .set(org.hiringManager.auth);
      if (Array.isArray(res.body) && res.body.length) break;
      await new Promise((r) => setTimeout(r, 300));
    }
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('finds assignments by typo-tolerant free text and filters', async () => {
    const { page } = await h.newSession();
    await signIn(page, anna.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Find assignments' }).click();
    await page.getByLabel('Search', { exact: true }).fill('financel recovry');
    await page.getByRole('button', { name: 'Search' }).click();
    await expectNoText(page.locator('main .list'), 'Programme director housing');
    await expectText(page.locator('main .list'), 'Interim controller — financial recovery plan');

    await page.getByLabel('Search', { exact: true }).fill('');
    await page.getByLabel('Sector').selectOption('housing');
    await page.getByRole('button', { name: 'Search' }).click();
    await expectText(page.locator('main .list'), 'Programme director housing');
    expect(new URL(page.url()).searchParams.get('sector')).toBe('housing');
    await expectAccessible(page);
    await screenshot(page, 'interim-search');
  });

  it('shows the hiring manager’s screens and the match explanations in Dutch', async () => {
    const { page } = await h.newSession();
    await signIn(page, org.hiringManager.email, PASSWORD);
    await page.getByRole('button', { name: 'NL', exact: true }).click();
    await expectText(page.locator('h1'), 'Opdrachten');
    await page.getByRole('link', { name: 'Interim controller — financial recovery plan' }).click();
    await page.getByRole('tab', { name: /Matches/ }).click();
    // The account's language changed too, so the API words the explanations in Dutch.
    await expectText(page.locator('ol'), 'IM-register', 20_000);
    await expectText(page.locator('.explanations').first(), /vereiste|vaardigheden/, 20_000);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expectAccessible(page);
    await screenshot(page, 'hiring-manager-matches-nl');

    // The choice is remembered on the account: another device without a choice follows it.
    const other = await h.newSession();
    await signIn(other.page, org.hiringManager.email, PASSWORD);
    await expectText(other.page.locator('main h1'), 'Opdrachten');
  });

  it('fits a phone’s width, with the navigation in a drawer that the keyboard can close', async () => {
    const { page } = await h.newSession({ width: 375, height: 812 });
    await signIn(page, anna.email, PASSWORD);
    await page.waitForURL('**/interim');
    await expectText(page.locator('main'), 'Interim controller — financial recovery plan', 20_000);
    const overflow = Number(
      await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await screenshot(page, 'mobile-interim-matches');

    const menu = page.getByRole('button', { name: 'Open menu' });
    await expectAttr(menu, 'aria-expanded', 'false');
    await menu.click();
    await expectAttr(menu, 'aria-expanded', 'true');
    await expect(page.getByRole('link', { name: 'Profile' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'mobile-navigation');
    await page.keyboard.press('Escape');
    await expectAttr(menu, 'aria-expanded', 'false');

    await page.goto(`/assignments/${assignmentId}`);
    await expectText(page.locator('h1'), 'Interim controller');
    expect(
      Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')),
    ).toBeLessThanOrEqual(0);
  });

  it('rejects a response with a reason that the interim manager then reads', async () => {
    const joris = await interimWithProfile(h.http, {
      name: 'Joris Hendriks',
      headline: 'Finance manager for municipalities',
      summary: 'Budget cycles and audits for small municipalities.',
      skills: [
        { name: 'financial management', level: 3, years: 6 },
        { name: 'manage budgets', level: 4, years: 8 },
      ],
      sectors: ['government'],
      assignmentKinds: ['interim_cfo'],
      city: 'Almere',
      dayRate: { min: 850, max: 1000 },
    });
    const submitted = await h.http
      .post(`/api/v1/assignments/${assignmentId}/responses`)
      .set(joris.auth)
      .send({
        motivation: 'I know the budget cycle of small municipalities inside out.',
        proposedDayRate: 950,
        availableFrom: inDays(30),
      });
    expect(submitted.status).toBe(201);

    const hm = await h.newSession();
    await signIn(hm.page, org.hiringManager.email, PASSWORD);
    await hm.page.goto(`/assignments/${assignmentId}?tab=responses`);
    const card = hm.page.locator('article', { hasText: 'Joris Hendriks' });
    await card.getByRole('button', { name: /Reject|Afwijzen/ }).click();
    const dialog = hm.page.getByRole('dialog');
    await dialog.getByLabel(/Reason|Reden/).selectOption('availability');
    await dialog
      .getByLabel(/Note|Toelichting/)
      .fill('We need someone who can start two weeks earlier.');
    await expectAccessible(hm.page);
    await dialog.getByRole('button', { name: /Reject|Afwijzen/ }).click();
    // A decided response leaves the "in play" list; "all" keeps it, with the reason.
    await expectNoText(hm.page.locator('main'), 'Joris Hendriks');
    await hm.page.getByRole('button', { name: /^(All|Alle)/ }).click();
    await expectText(card.locator('.badge').first(), /Not selected|Niet gekozen/);
    await expectText(card, /Availability|Beschikbaarheid/);

    const { page } = await h.newSession();
    await signIn(page, joris.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'My responses' }).click();
    await expectText(page.locator('.list'), 'Not selected');
    await expectText(page.locator('.list .alert'), 'Availability');
    await expectText(
      page.locator('.list .alert'),
      'We need someone who can start two weeks earlier.',
    );
  });

  it('saves notification preferences per kind of event', async () => {
    const { page } = await h.newSession();
    await signIn(page, anna.email, PASSWORD);
    await page.goto('/settings/notifications');
    const email = page.getByLabel('Matching assignments: E-mail');
    await email.waitFor();
    const before = await email.isChecked();
    await email.setChecked(!before);
    await page.getByLabel('Matching assignments: When').selectOption('daily');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expectText(page.locator('.toast'), 'Notification preferences saved');
    await page.reload();
    await page.getByLabel('Matching assignments: E-mail').waitFor();
    expect(await page.getByLabel('Matching assignments: E-mail').isChecked()).toBe(!before);
    expect(await page.getByLabel('Matching assignments: When').inputValue()).toBe('daily');
    await expectAccessible(page);
    await screenshot(page, 'settings');
  });

  it('shows an assignment’s publication errors next to their fields', async () => {
    const { page } = await h.newSession();
    await signIn(page, org.hiringManager.email, PASSWORD);
    await page.locator('main h1').waitFor();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('link', { name: 'New assignment' }).first().click();
    await page.getByLabel('Title', { exact: true }).fill('Interim HR director');
    await page.getByRole('button', { name: 'Save and publish' }).click();
    // The draft is saved (the editor moves to its own address and renders again, with new
    // element ids); publishing is refused with what is missing, each next to its field.
    await page.waitForURL(/\/assignments\/[0-9a-f-]{36}\/edit$/);
    const kind = page.getByLabel('Kind of assignment');
    await expectAttr(kind, 'aria-invalid', 'true');
    // The message is the element the field names as its description, read again until it shows.
    const deadline = Date.now() + 10_000;
    let described = '';
    while (!described.includes('Required.') && Date.now() < deadline) {
      const errorId = ((await kind.getAttribute('aria-describedby')) ?? '')
        .split(' ')
        .find((id) => id.endsWith('-error'));
      described = errorId
        ? ((await page
            .locator(`[id="${errorId}"]`)
            .textContent({ timeout: 500 })
            .catch(() => '')) ?? '')
        : '';
      if (!described.includes('Required.')) await page.waitForTimeout(100);
    }
    expect(described).toContain('Required.');
    await expectAttr(page.getByLabel('Start date'), 'aria-invalid', 'true');
    await expectAccessible(page);
  });

  it('lets an interim manager download their data and erase their account', async () => {
    const leaving = await interimWithProfile(h.http, {
      name: 'Willem Kok',
      headline: 'Interim COO for logistics',
      summary: 'Operations leadership in logistics and distribution.',
      skills: [{ name: 'lead a team', level: 4, years: 15 }],
      sectors: ['logistics'],
      assignmentKinds: ['interim_coo'],
      city: 'Tilburg',
      dayRate: { min: 900, max: 1100 },
    });
    const { page } = await h.newSession();
    await signIn(page, leaving.email, PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Privacy and data' }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    expect(readFileSync(await file.path(), 'utf8')).toContain('Interim COO for logistics');
    await expectAccessible(page);
    await screenshot(page, 'interim-privacy');

    const erase = page.getByRole('button', { name: 'Delete my account' });
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await erase.click();
    await page.waitForURL('**/login');
    const login = await h.http
      .post('/api/v1/auth/login')
      .send({ email: leaving.email, password: PASSWORD });
    expect(login.status).toBe(401);
  });
});
