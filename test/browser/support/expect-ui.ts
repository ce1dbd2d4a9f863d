import { expect } from '@jest/globals';
import { Locator, Page } from 'playwright-core';
import { axeViolations, describeViolations } from './browser-harness';

/** Waits (bounded) until the first match's text contains the expected text. */
export async function expectText(
  locator: Locator,
  text: string | RegExp,
  timeoutMs = 10_000,
): Promise<void> {
  await locator.first().waitFor({ timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.first().textContent()) ?? '';
    if (typeof text === 'string' ? last.includes(text) : text.test(last)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Expected "${String(text)}", got "${last}"`);
}

/** Waits (bounded) until the first match's attribute has the expected value. */
export async function expectAttr(
  locator: Locator,
  name: string,
  value: string | RegExp,
): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await locator.first().getAttribute(name);
    if (last !== null && (typeof value === 'string' ? last === value : value.test(last))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Expected ${name}=${String(value)}, got ${String(last)}`);
}

/** Waits (bounded) until the first match's text no longer contains the text. */
export async function expectNoText(
  locator: Locator,
  text: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.first().textContent()) ?? '';
    if (!last.includes(text)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Expected no "${text}", got "${last}"`);
}

/** No serious or critical axe-core violations on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(describeViolations(await axeViolations(page))).toBe('');
}
