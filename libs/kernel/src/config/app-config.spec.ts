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
    [{ ...valid, TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY'],
    [{ ...valid, TRUST_PROXY: '10.0.0.1,proxy.local' }, 'TRUST_PROXY'],
    [{ ...valid, TRUST_PROXY: '11' }, 'TRUST_PROXY'],
    [{ ...valid, SECRETS_KEY: 'too-short' }, 'SECRETS_KEY'],
  ])('refuses %j and names the variable', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigValidationError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${variable}:`));
  });

  it('refuses TRUST_PROXY=true, saying why', () => {
    expect(() => loadConfig({ ...valid, TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY: "true" would trust an X-Forwarded-For the client can forge/,
    );
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    [' 10.0.0.0/8, loopback ,2001:db8::/32', ['10.0.0.0/8', 'loopback', '2001:db8::/32']],
  ])('reads TRUST_PROXY=%j as %j', (value, expected) => {
    expect(loadConfig({ ...valid, TRUST_PROXY: value }).http.trustProxy).toEqual(expected);
  });

  it.each([
    [undefined, false],
    ['production', false],
    ['development', true],
    ['test', true],
  ])('serves the development mailbox with NODE_ENV=%j: %j', (nodeEnv, served) => {
    const config = loadConfig({ ...valid, NODE_ENV: nodeEnv });
    expect(config.devMailbox).toBe(served);
    // Unset still behaves as development everywhere else.
    expect(config.env).toBe(nodeEnv ?? 'development');
  });

  it('refuses the development secret in production', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'dev-only-secret-change-me-0123456789' }),
    ).toThrow(/JWT_SECRET/);
  });

  it('takes SECRETS_KEY as the stored-secrets key, or derives one from JWT_SECRET', () => {
    const given = 'ab'.repeat(32);
    expect(loadConfig({ ...valid, SECRETS_KEY: given }).auth.secretsKey.toString('hex')).toBe(
      given,
    );
    const derived = loadConfig(valid).auth.secretsKey;
    expect(derived).toHaveLength(32);
    expect(derived.equals(Buffer.from(valid.JWT_SECRET))).toBe(false);
    expect(loadConfig(valid).auth.secretsKey.equals(derived)).toBe(true);
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(join(__dirname, '../../../../.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z_]+)=/gm)].map((m) => m[1]));
    expect(Object.keys(envSchema.shape).filter((k) => !documented.has(k))).toEqual([]);
  });
});
