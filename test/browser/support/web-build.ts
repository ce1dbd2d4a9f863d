import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
export const WEB_DIST = join(ROOT, 'apps/web/dist');
const WEB_ROOT = join(ROOT, 'apps/web');
const LOCK = join(ROOT, '.tmp/web-build.lock');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (max, name) => Math.max(max, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

function isStale(): boolean {
  const built = join(WEB_DIST, 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'public', 'index.html', 'vite.config.mts'].map((p) => join(WEB_ROOT, p));
  const newest = Math.max(...sources.filter(existsSync).map(newestMtime));
  return newest > statSync(built).mtimeMs;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds the web UI when dist is missing or older than its sources. Browser test files run in
 * parallel workers, so the build is guarded by a lock directory (mkdir is atomic).
 */
export function ensureWebBuild(): void {
  if (!isStale()) return;
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another worker is building; a lock older than three minutes was left by a crash.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 180_000)
        rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('Timed out waiting for the web build lock');
      sleep(500);
    }
  }
  try {
    if (isStale()) {
      execFileSync('npm', ['run', '--silent', 'web:build'], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
