import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { createApiApp } from '../../../apps/api/src/bootstrap/create-api-app';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import { WEB_DIST, ensureWebBuild } from './web-build';

const ROOT = join(__dirname, '..', '..', '..');
export const SCREENSHOTS = join(ROOT, 'test/browser/screenshots');
const DOCS_SCREENSHOTS = join(ROOT, 'docs/screenshots');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserHarness {
  baseUrl: string;
  app: NestFastifyApplication;
  http: TestAgent;
  browser: Browser;
  /** A fresh, isolated browser session (own storage), English unless told otherwise. */
  newSession(options?: { locale?: 'en' | 'nl'; width?: number; height?: number }): Promise<Session>;
  close(): Promise<void>;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests the page produced, for assertions and debugging. */
  problems: string[];
}

/**
 * Boots the real API on a random port (or on `port`, when PUBLIC_URL was set to it beforehand)
 * serving the built web UI, optionally with the worker (outbox relay and job handlers) in the
 * same process, and launches Debian's Chromium.
 */
export async function startBrowserHarness(
  options: { worker?: boolean; port?: number } = {},
): Promise<BrowserHarness> {
  ensureWebBuild();
  const app: NestFastifyApplication = await createApiApp({ webDist: WEB_DIST });
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('API did not bind a port');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  let worker: INestApplicationContext | undefined;
  if (options.worker) {
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: false });
    await worker.init();
  }

  const userDataRoot = mkdtempSync(join(tmpdir(), 'gilde-chromium-'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, HOME: userDataRoot },
  });

  const contexts: BrowserContext[] = [];
  return {
    baseUrl,
    app,
    http: request(baseUrl),
    browser,
    async newSession({ locale = 'en', width = 1360, height = 860 } = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: locale === 'nl' ? 'nl-NL' : 'en-GB',
        viewport: { width, height },
        deviceScaleFactor: 1,
        timezoneId: 'Europe/Amsterdam',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      return { context, page, problems };
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close().catch(() => undefined);
      rmSync(userDataRoot, { recursive: true, force: true });
      await worker?.close();
      await app.close();
    },
  };
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.1 A/AA rules) on the page and returns serious and critical violations.
 * The source is evaluated through the DevTools protocol, so the app's CSP does not block it.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // Runs in the page; the root tsconfig has no DOM types, hence the narrow casts.
    const g = globalThis as unknown as {
      document: unknown;
      axe: { run(ctx: unknown, opts: object): Promise<{ violations: AxeViolation[] }> };
    };
    const result = await g.axe.run(g.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Formats violations so a failing assertion says what to fix. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}`,
    )
    .join('\n');
}

/** The screens the README shows (docs/screenshots): each role's main screen, Dutch and a phone. */
const README_SCREENSHOTS = new Set([
  'login',
  'hiring-manager-dashboard',
  'assignment-matches',
  'candidate-comparison',
  'interim-matched-for-you',
  'interim-profile',
  'procurement-desk',
  'procurement-contract',
  'notifications',
  'hiring-manager-matches-nl',
  'mobile-interim-matches',
]);

/**
 * Saves a screenshot under test/browser/screenshots. The README's copies in docs/screenshots are
 * refreshed when GILDE_DOCS_SCREENSHOTS=1 (npm run docs:screenshots) or when missing.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  // Let fonts settle, and hide passing toasts (CSS only: React owns those nodes).
  const toasts = (hidden: boolean) =>
    page.evaluate(
      `document.querySelectorAll('.toasts').forEach((t) => { t.style.visibility = '${hidden ? 'hidden' : ''}'; })`,
    );
  await page.evaluate('document.fonts && document.fonts.ready');
  await page.evaluate('window.scrollTo(0, 0)');
  await toasts(true);
  await page.waitForTimeout(150);
  if (options.fullPage) {
    // Grow the viewport to the page instead of stitching, so the sticky sidebar spans it all.
    const size = page.viewportSize() ?? { width: 1360, height: 860 };
    const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
    await page.setViewportSize({
      width: size.width,
      height: Math.min(Math.max(height, size.height), 4000),
    });
    await page.waitForTimeout(100);
    await page.screenshot({ path: file, animations: 'disabled' });
    await page.setViewportSize(size);
  } else {
    await page.screenshot({ path: file, animations: 'disabled' });
  }
  await toasts(false);
  const docsCopy = join(DOCS_SCREENSHOTS, `${name}.png`);
  if (
    README_SCREENSHOTS.has(name) &&
    (process.env.GILDE_DOCS_SCREENSHOTS === '1' || !existsSync(docsCopy))
  ) {
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    copyFileSync(file, docsCopy);
  }
  return file;
}

/** Signs in through the login form and waits for the role's start page. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/password|wachtwoord/i).fill(password);
  await page.getByRole('button', { name: /^(sign in|inloggen)$/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
