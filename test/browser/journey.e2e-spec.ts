import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { PASSWORD } from '@gilde/testing';
import {
  BrowserHarness,
  Session,
  screenshot,
  signIn,
  startBrowserHarness,
} from './support/browser-harness';
import { expectAccessible, expectText } from './support/expect-ui';
import {
  ClientOrganisation,
  Person,
  clientOrganisation,
  createAssignment,
  inDays,
  interimWithProfile,
  verifyCredentials,
} from './support/world';

jest.setTimeout(240_000);

/**
 * The marketplace journey in a real browser, each role in its own session: a hiring manager
 * publishes, the matched interim manager is notified live and responds, the hiring manager
 * shortlists and selects, procurement drafts and sends the contract, the interim manager accepts
 * and procurement countersigns.
 */
describe('web UI: the hiring journey (Chromium)', () => {
  let h: BrowserHarness;
  let org: ClientOrganisation;
  let anna: Person;
  let hm: Session;
  let interim: Session;
  let proc: Session;
  let assignmentPath = '';
  let contractPath = '';

  beforeAll(async () => {
    h = await startBrowserHarness({ worker: true });
    org = await clientOrganisation(h.http, `Zorggroep Rijnland ${Date.now() % 10000}`, {
      hiringManager: 'Mirjam de Vries',
      procurement: 'Pieter Jansen',
    });
    anna = await interimWithProfile(h.http, {
      name: 'Anna Bakker',
      headline: 'Interim CFO for financial recovery in healthcare',
      summary:
        'Twenty years of finance leadership in hospitals and care groups. I steer recoveries with the board and the works council, and leave a finance team that can carry on.',
      skills: [
        { name: 'financial management', level: 5, years: 18 },
        { name: 'manage budgets', level: 5, years: 15 },
        { name: 'lead healthcare services changes', level: 4, years: 8 },
        { name: 'apply change management', level: 4, years: 10 },
        { name: 'enterprise risk management', level: 3, years: 6 },
      ],
      sectors: ['healthcare', 'government'],
      assignmentKinds: ['interim_cfo', 'recovery', 'turnaround'],
      city: 'Leiden',
      dayRate: { min: 1100, max: 1350 },
      credential: 'RQIM',
      notifySectors: ['healthcare'],
    });
    await verifyCredentials(h, anna);
    await interimWithProfile(h.http, {
      name: 'Joost van Dijk',
      headline: 'Finance director for turnarounds and restructurings',
      summary: 'CFO roles in manufacturing and logistics; known for fast cash-flow control.',
      skills: [
        { name: 'financial management', level: 4, years: 12 },
        { name: 'manage budgets', level: 4, years: 12 },
        { name: 'apply change management', level: 3, years: 5 },
      ],
      sectors: ['manufacturing', 'logistics'],
      assignmentKinds: ['interim_cfo', 'turnaround'],
      city: 'Utrecht',
      dayRate: { min: 950, max: 1200 },
    });
    await interimWithProfile(h.http, {
      name: 'Sanne Visser',
      headline: 'Healthcare finance director and controller',
      summary:
        'Finance director at two regional hospitals; strong on planning & control and insurer negotiations.',
      skills: [
        { name: 'financial management', level: 4, years: 11 },
        { name: 'manage budgets', level: 5, years: 12 },
        { name: 'lead healthcare services changes', level: 3, years: 4 },
      ],
      sectors: ['healthcare'],
      assignmentKinds: ['interim_cfo', 'bridging_vacancy'],
      city: 'Den Haag',
      dayRate: { min: 1000, max: 1200 },
      credential: 'CEIM',
    });
    await interimWithProfile(h.http, {
      name: 'Ricardo Mendes',
      headline: 'Turnaround CFO, public and semi-public sector',
      summary:
        'Restructurings at municipalities and housing associations; cost reduction with a human face.',
      skills: [
        { name: 'financial management', level: 5, years: 20 },
        { name: 'manage budgets', level: 4, years: 20 },
        { name: 'apply change management', level: 4, years: 12 },
      ],
      sectors: ['government', 'housing'],
      assignmentKinds: ['interim_cfo', 'restructuring'],
      city: 'Rotterdam',
      dayRate: { min: 1150, max: 1450 },
    });
    // Earlier work of the organisation, so the dashboard shows every state.
    await createAssignment(
      h.http,
      org,
      {
        title: 'Programme manager electronic patient record',
        description: 'Lead the migration to a new EPR across three hospital sites.',
        assignmentKind: 'project_programme_management',
        sector: 'healthcare',
        requiredSkills: [{ name: 'project management', weight: 5, mustHave: true }],
        city: 'Leiden',
        remoteShare: 40,
        startInDays: 45,
        weeks: 40,
        hoursPerWeek: 32,
        maxDayRate: 1050,
      },
      true,
    );
    await createAssignment(
      h.http,
      org,
      {
        title: 'Interim HR director',
        description: 'Bridge the vacancy and prepare the reorganisation of support services.',
        assignmentKind: 'interim_hr',
        sector: 'healthcare',
        requiredSkills: [{ name: 'lead a team', weight: 4, mustHave: true }],
        city: 'Leiden',
        remoteShare: 20,
        startInDays: 60,
        weeks: 26,
        hoursPerWeek: 28,
        maxDayRate: 1000,
      },
      false,
    );
  }, 300_000);

  afterAll(async () => {
    await h?.close();
  });

  it('a hiring manager drafts and publishes an assignment with taxonomy skills', async () => {
    // The interim manager is online before publication, to receive the match live.
    interim = await h.newSession();
    await signIn(interim.page, anna.email, PASSWORD);
    await interim.page.waitForURL('**/interim');
    await expectText(interim.page.locator('h1'), 'Welcome, Anna');

    hm = await h.newSession();
    const page = hm.page;
    await signIn(page, org.hiringManager.email, PASSWORD);
    await page.waitForURL('**/assignments');
    await expectText(page.locator('table'), 'Programme manager electronic patient record');
    await expectAccessible(page);
    await screenshot(page, 'hiring-manager-dashboard');

    await page.getByRole('link', { name: 'New assignment' }).first().click();
    await page.getByLabel('Title', { exact: true }).fill('Interim CFO — financial recovery');
    await page
      .getByLabel('Description', { exact: true })
      .fill(
        'Zorggroep Rijnland (4,200 staff, three hospitals) closed last year with a loss. The board asks an interim CFO to lead a recovery plan with the health insurers, restore monthly forecasting and prepare the finance team for a permanent successor.',
      );
    await page.getByLabel('Kind of assignment').selectOption('interim_cfo');
    await page.getByLabel('Sector').selectOption('healthcare');

    const skill = page.getByRole('combobox', { name: 'Add a skill' });
    for (const [typed, label] of [
      ['financial manag', 'financial management'],
      ['manage budg', 'manage budgets'],
      ['healthcare services chan', 'lead healthcare services changes'],
    ] as const) {
      await skill.fill(typed);
      await page
        .getByRole('option', { name: new RegExp(`^${label}`) })
        .first()
        .click();
    }
    await expectText(page.locator('table'), 'lead healthcare services changes');
    // The first skill is a must-have by default; budgets becomes one too.
    await page.getByLabel('manage budgets is a must-have').check();
    await page.getByLabel('Weight of financial management').fill('5');
    await page.getByLabel('Start date').fill(inDays(30));
    await page.getByLabel('End date').fill(inDays(30 + 26 * 7));
    await page.getByLabel('Hours per week').fill('36');
    await page.getByLabel('City').fill('Leiden');
    await page.getByLabel('Maximum day rate').fill('1400');
    await expectAccessible(page);
    await screenshot(page, 'assignment-editor', { fullPage: true });

    await page.getByRole('button', { name: 'Save and publish' }).click();
    await page.waitForURL(/\/assignments\/[0-9a-f-]{36}(\?.*)?$/);
    assignmentPath = new URL(page.url()).pathname;
    await expectText(page.locator('h1'), 'Published');
  });

  it('the matched interim manager receives the match live and the hiring manager sees it ranked', async () => {
    // Outbox → search index → matching → notification → server-sent event, without a reload.
    await expectText(
      interim.page.locator('.toast', { hasText: org.name }),
      'Interim CFO — financial recovery',
      60_000,
    );
    await expectText(interim.page.getByTestId('unread-badge'), /[1-9]/);

    const page = hm.page;
    await page.getByRole('tab', { name: /Matches/ }).click();
    await expectText(
      page.locator('ol'),
      'Interim CFO for financial recovery in healthcare',
      60_000,
    );
    await expectText(page.locator('ol li').first(), 'IM-register');
    await expectAccessible(page);
    await screenshot(page, 'assignment-matches');
    // Invite the runner-up to respond as well.
    await page.getByRole('button', { name: 'Invite to respond' }).nth(1).click();
    await page
      .getByLabel(/Personal message/)
      .fill('Your turnaround experience caught our eye. Would you consider this assignment?');
    await page.getByRole('dialog').getByRole('button', { name: 'Send invitation' }).click();
    await expectText(page.locator('ol'), 'Invited');
  });

  it('the interim manager opens the notification and responds', async () => {
    const page = interim.page;
    await page
      .getByRole('link', { name: /Notifications/ })
      .first()
      .click();
    const ours = page.locator('.list-item', { hasText: org.name });
    await expectText(ours, 'Interim CFO — financial recovery');
    await expectAccessible(page);
    await screenshot(page, 'notifications');
    await ours.locator('.link-button').first().click();
    await page.waitForURL(`**${assignmentPath}`);
    await expectText(page.getByRole('heading', { name: 'Why you match' }), 'Why you match');
    await page
      .getByLabel('Motivation')
      .fill(
        'I led the financial recovery of two care groups of similar size, both back in the black within eighteen months. I would start with a thirty-day diagnosis with the controllers and the insurers.',
      );
    await page.getByLabel('Proposed day rate').fill('1250');
    await expectAccessible(page);
    await screenshot(page, 'interim-assignment');
    await page.getByRole('button', { name: 'Send response' }).click();
    await expectText(page.getByRole('heading', { name: 'Your response' }), 'Your response');

    await page.getByRole('link', { name: 'Matched for you' }).click();
    await expectText(page.locator('main'), 'Interim CFO — financial recovery');
    await expectAccessible(page);
    await screenshot(page, 'interim-matched-for-you');
  });

  it('the hiring manager shortlists, compares and selects the candidate', async () => {
    const page = hm.page;
    await page.goto(`${assignmentPath}?tab=responses`);
    await expectText(page.locator('article'), 'Anna Bakker');
    await page.getByRole('button', { name: 'Shortlist' }).click();
    await expectText(page.locator('article .badge').first(), 'Shortlisted');
    await expectAccessible(page);
    await screenshot(page, 'assignment-responses');

    await page.getByLabel('Compare').first().check();
    await page.getByRole('tab', { name: /Matches/ }).click();
    await page.getByLabel('Compare').nth(1).check();
    await page.getByRole('tab', { name: /Compare/ }).click();
    await expectText(page.locator('table thead'), 'Anna Bakker');
    await expectText(page.locator('table'), 'financial management');
    expect(await page.locator('table thead th').count()).toBe(2);
    await expectAccessible(page);
    await screenshot(page, 'candidate-comparison');

    await page.getByRole('tab', { name: /Responses/ }).click();
    await page.getByRole('button', { name: 'Select' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Select' }).click();
    await expectText(page.locator('article .badge').first(), 'Selected');
  });

  it('procurement sets the rate card, drafts the contract with the DBA check and sends it', async () => {
    proc = await h.newSession();
    const page = proc.page;
    await signIn(page, org.procurement.email, PASSWORD);
    await page.waitForURL('**/procurement');

    await page.getByRole('link', { name: 'Rate card' }).first().click();
    await page.getByRole('button', { name: 'Add line' }).click();
    await page.getByLabel('Kind of assignment 1').selectOption('interim_cfo');
    await page.getByLabel('Maximum day rate 1').fill('1200');
    await page.getByRole('button', { name: 'Add line' }).click();
    await page.getByLabel('Kind of assignment 2').selectOption('project_programme_management');
    await page.getByLabel('Maximum day rate 2').fill('1000');
    await page.getByRole('button', { name: 'Save rate card' }).click();
    await expectText(page.locator('.card').first(), 'Last changed');
    await expectAccessible(page);
    await screenshot(page, 'rate-card');

    await page.getByRole('navigation').getByRole('link', { name: 'Procurement desk' }).click();
    await expectText(page.locator('#waiting-heading').locator('xpath=../..'), 'Anna Bakker');
    await expectAccessible(page);
    await screenshot(page, 'procurement-desk');
    await page.getByRole('link', { name: 'Draft contract' }).first().click();
    await expectText(page.locator('h1'), 'Contract for Anna Bakker');
    // 1,250 is above the card's 1,200: the form asks for a justification.
    await expectText(page.locator('.alert'), 'above the rate card maximum');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expectText(page.locator('[data-field-error]'), /justif/i);
    await page
      .getByLabel('Justification for the rate')
      .fill('Scarce healthcare recovery experience; the board approved the rate on 3 March.');
    await page.getByLabel('Notice period').fill('30');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/contracts\/[0-9a-f-]{36}$/);
    contractPath = new URL(page.url()).pathname;
    await expectText(page.locator('#dba-heading').locator('xpath=..'), 'Low risk');
    await page.getByRole('button', { name: 'Send to interim' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send' }).click();
    await expectText(page.locator('h1'), 'Sent');
  });

  it('the interim manager accepts the contract they were sent', async () => {
    const page = interim.page;
    await expectText(page.locator('.toast', { hasText: /contract/i }), /contract/i, 60_000);
    await page.getByRole('link', { name: 'Contracts' }).click();
    await expectText(page.locator('table'), 'Awaits your acceptance');
    await page.getByRole('link', { name: 'Interim CFO — financial recovery' }).click();
    await expectText(page.locator('.alert'), 'awaits your acceptance');
    await expectAccessible(page);
    await screenshot(page, 'interim-contract');
    await page.getByRole('button', { name: 'Accept contract' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Accept' }).click();
    await expectText(page.locator('h1'), 'Accepted');
  });

  it('procurement countersigns and keeps the audit trail, PDF and CSV', async () => {
    const page = proc.page;
    await page.goto(contractPath);
    await expectText(page.locator('h1'), 'Accepted');
    await page.getByRole('button', { name: 'Countersign' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Countersign' }).click();
    await expectText(page.locator('h1'), /Active|Accepted/);
    await page.reload();
    await expectText(page.locator('h1'), 'Active', 30_000);
    await expectText(page.locator('.timeline'), 'Countersigned');
    await expectAccessible(page);
    await screenshot(page, 'procurement-contract', { fullPage: true });

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PDF' }).click(),
    ]);
    const pdfHead = readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString();
    expect(pdfHead).toBe('%PDF-');

    await page.getByRole('navigation').getByRole('link', { name: 'Procurement desk' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(readFileSync(await csv.path(), 'utf8')).toContain('Anna Bakker');
  });

  it('the interim manager keeps a complete profile with verified credentials', async () => {
    const page = interim.page;
    await page.getByRole('link', { name: 'My responses' }).click();
    await expectText(page.locator('.list'), 'Selected');
    await expectAccessible(page);
    await screenshot(page, 'interim-responses');
    await page.getByRole('link', { name: 'Profile' }).click();
    await expectText(page.locator('h1'), 'Your profile');
    await expectText(page.locator('#p-credentials').locator('xpath=../..'), 'Verified');
    await expectAccessible(page);
    await screenshot(page, 'interim-profile');
  });

  it('the dev mailbox shows the e-mail that went out', async () => {
    const page = proc.page;
    await page.getByRole('link', { name: 'Dev mailbox' }).click();
    await expectText(page.locator('.list'), org.procurement.email);
    await expectAccessible(page);
  });
});
