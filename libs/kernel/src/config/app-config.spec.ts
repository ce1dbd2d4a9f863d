import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigValidationError, loadConfig } from './app-config';
import { envSchema } from './config.schema';

const valid = { JWT_SECRET: 'x'.repeat(32) };

describe('configuration', () => {
  it('builds a typed config with defaults', () => {
    const config = loadConfig(valid);
    expect(config.port).toBe(3000);
    expect(config.search.engine).toBe('postgres');
  });

  it.each([
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ ...valid, PORT: 'eighty' }, 'PORT'],
    [{ ...valid, DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ ...valid, SEARCH_ENGINE: 'meilisearch' }, 'MEILI_URL'],
    [{ ...valid, TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
  ])('refuses %j and names the variable', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigValidationError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${variable}:`));
  });

  it('refuses the development secret in production', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'dev-only-secret-change-me-0123456789' }),
    ).toThrow(/JWT_SECRET/);
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(join(__dirname, '../../../../.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z_]+)=/gm)].map((m) => m[1]));
    expect(Object.keys(envSchema.shape).filter((k) => !documented.has(k))).toEqual([]);
  });
});
