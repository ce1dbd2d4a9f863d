import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AppConfig } from '@gilde/kernel';
import { TrackRecordsService } from '@gilde/matching';
import { SearchIndexerService } from '@gilde/search';
import { DemoRemoval, removeDemoWorld } from './demo-removal';
import { demoWorldState, markDemoWorldComplete, withDemoLock } from './demo-state';
import { DemoSeedOptions, DemoSeedSummary, grantDemoAdmin, seedDemoWorld } from './demo-world';

export interface EnsureDemoOptions extends DemoSeedOptions {
  /** Delete the demo world first (`npm run seed -- --reset`). */
  reset?: boolean;
}

export interface EnsureDemoResult {
  /** present: it was already complete and nothing changed. */
  outcome: 'seeded' | 'present';
  removed: DemoRemoval | null;
  summary: DemoSeedSummary | null;
  durationMs: number;
}

/**
 * Seeds the demo world once: a complete world is left alone, a half-seeded one (an earlier run
 * that stopped) is removed and seeded again, and `reset` always starts from scratch.
 */
export async function ensureDemoWorld(
  app: NestFastifyApplication,
  options: EnsureDemoOptions = {},
): Promise<EnsureDemoResult> {
  const started = performance.now();
  const dataSource = app.get(DataSource, { strict: false });
  const config = app.get(AppConfig, { strict: false });
  const log = options.log ?? (() => undefined);
  if (config.isProduction) {
    throw new Error('Refusing to seed demo accounts in production (NODE_ENV=production).');
  }
  return withDemoLock(dataSource, async () => {
    const state = await demoWorldState(dataSource);
    if (state === 'complete' && !options.reset) {
      // A demo world seeded before admin grants existed gets its admin's grant now.
      await grantDemoAdmin(dataSource);
      return { outcome: 'present', removed: null, summary: null, durationMs: elapsed(started) };
    }
    let removed: DemoRemoval | null = null;
    if (state !== 'absent') {
      if (state === 'partial' && !options.reset)
        log('  An earlier seed stopped half way; starting over.');
      removed = await removeDemoWorld(dataSource, config.isProduction);
      await afterRemoval(app, removed);
      log(
        `  Removed the demo world: ${removed.users.length} users, ${removed.organisations.length} organisations, ` +
          `${removed.assignments.length} assignments, ${removed.contracts.length} contracts.`,
      );
    }
    const summary = await seedDemoWorld(app, options);
    await markDemoWorldComplete(dataSource);
    return { outcome: 'seeded', removed, summary, durationMs: elapsed(started) };
  });
}

/**
 * The indexer finds the removed profiles and assignments absent and deletes their documents;
 * interim managers outside the demo who worked for a demo organisation lose that track record.
 */
async function afterRemoval(app: NestFastifyApplication, removed: DemoRemoval): Promise<void> {
  const dataSource = app.get(DataSource, { strict: false });
  const trackRecords = app.get(TrackRecordsService, { strict: false });
  for (const id of removed.otherInterims) {
    await dataSource.transaction((m) => trackRecords.refresh(m, id));
  }
  const indexer = app.get(SearchIndexerService, { strict: false });
  for (let i = 0; i < removed.users.length; i += 200) {
    await indexer.syncProfiles(removed.users.slice(i, i + 200));
  }
  for (let i = 0; i < removed.assignments.length; i += 200) {
    await indexer.syncAssignments(removed.assignments.slice(i, i + 200));
  }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
