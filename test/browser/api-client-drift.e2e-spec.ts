import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';

const ROOT = join(__dirname, '..', '..');

/**
 * Regenerates the API types exactly as `npm run api:generate` does (in a child process:
 * openapi-typescript loads ES modules jest cannot), against this file's database.
 */
async function generateFresh(): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      'scripts/openapi-client.ts',
      '--stdout',
    ],
    { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'silent' }, maxBuffer: 32 * 1024 * 1024 },
  );
  return stdout;
}

/**
 * The web UI's API types are generated from the OpenAPI document and committed. When a DTO or
 * route changes without `npm run api:generate`, the web client would compile against a contract
 * the API no longer keeps; this test catches that.
 */
describe('web API client', () => {
  it('is generated from the current OpenAPI document (run `npm run api:generate` when this fails)', async () => {
    const fresh = await generateFresh();
    const committed = readFileSync(join(ROOT, 'apps/web/src/api/schema.d.ts'), 'utf8');
    if (fresh !== committed) {
      const a = committed.split('\n');
      const b = fresh.split('\n');
      const line = b.findIndex((l, i) => l !== a[i]);
      throw new Error(
        `apps/web/src/api/schema.d.ts is out of date: first difference at line ${line + 1}\n` +
          `  committed: ${a[line] ?? '(end of file)'}\n  generated: ${b[line] ?? '(end of file)'}\n` +
          'Run `npm run api:generate` and commit the result.',
      );
    }
    expect(fresh).toContain('"/api/v1/assignments/{id}/matches"');
  }, 120_000);
});
