import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { envSchema } from '../../libs/kernel/src/config/config.schema';

const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it('documents every configuration variable in its table, and no variable that does not exist', () => {
    const documented = [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]*)` +\|/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual(Object.keys(envSchema.shape).sort());
  });

  it('keeps the two-command quick start and the ESCO credit', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
    expect(readme).toContain(
      'This service uses the ESCO classification of the European Commission.',
    );
  });
});
