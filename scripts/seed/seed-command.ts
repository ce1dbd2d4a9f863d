import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { loadConfig } from '@gilde/kernel';
import { ensureTaxonomyImported } from '@gilde/taxonomy';
import { createApiApp } from '../../apps/api/src/bootstrap/create-api-app';
import { DEMO_PASSWORD, demoAccountsToPrint } from './demo-accounts';
import { EnsureDemoResult, ensureDemoWorld } from './demo-seed';

export interface SeedCommandOptions {
  reset: boolean;
  interims?: number;
  /** prepare-demo (npm start): in production, say so and carry on instead of failing. */
  quietInProduction?: boolean;
}

/**
 * Boots the API in-process (no port), makes sure the ESCO taxonomy is there, seeds the demo
 * world (once, or again with reset) and prints where to go and how to log in.
 */
export async function runSeedCommand(options: SeedCommandOptions): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  if (config.isProduction) {
    // Demo accounts share a published password: they must never exist in production.
    const message = 'NODE_ENV=production: the demo world is not seeded.';
    if (options.quietInProduction) {
      console.log(message);
      return;
    }
    throw new Error(message);
  }
  // No web UI: the seed only talks to the API.
  const app: NestFastifyApplication = await createApiApp({ webDist: '/nonexistent' });
  await app.init();
  let result: EnsureDemoResult;
  try {
    const dataSource = app.get(DataSource, { strict: false });
    const taxonomy = await ensureTaxonomyImported(dataSource);
    if (taxonomy) {
      console.log(
        `ESCO taxonomy imported: ${taxonomy.skills} skills in ${taxonomy.durationMs} ms.`,
      );
    }
    console.log(options.reset ? 'Recreating the demo world…' : 'Checking the demo world…');
    result = await ensureDemoWorld(app, {
      reset: options.reset,
      interims: options.interims,
      log: (line) => console.log(line),
    });
  } finally {
    await app.close();
  }
  printResult(result, config.publicUrl, Math.round(performance.now() - started));
}

function printResult(result: EnsureDemoResult, url: string, totalMs: number): void {
  const s = result.summary;
  if (result.outcome === 'present') {
    console.log(
      'The demo world is already there; nothing changed (npm run seed -- --reset recreates it).',
    );
  } else if (s) {
    const list = (counts: Record<string, number>): string =>
      Object.entries(counts)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
    console.log(
      `Demo world seeded in ${(result.durationMs / 1000).toFixed(1)} s (${s.requests} API requests):\n` +
        `  ${s.organisations} organisations, ${s.interims} interim managers, ${s.matches} stored matches, ${s.reviews} reviews\n` +
        `  assignments: ${list(s.assignments)}\n` +
        `  responses:   ${list(s.responses)}\n` +
        `  contracts:   ${list(s.contracts)}`,
    );
  }
  const accounts = demoAccountsToPrint();
  const width = Math.max(...accounts.map((a) => a.role.length));
  console.log(
    `\n  Gilde: ${url}\n\n` +
      accounts.map((a) => `  ${a.role.padEnd(width)}  ${a.email}`).join('\n') +
      `\n  ${'Password (every account)'.padEnd(width)}  ${DEMO_PASSWORD}\n` +
      `\n  (${(totalMs / 1000).toFixed(1)} s in total)\n`,
  );
}

export function parseInterims(args: string[]): number | undefined {
  const raw = args.find((a) => a.startsWith('--interims='))?.split('=')[1];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 10 || n > 5000) {
    throw new Error('--interims must be a whole number between 10 and 5000');
  }
  return n;
}
