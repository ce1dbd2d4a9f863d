import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { openSecret, sealSecret } from './secret-box';

describe('secret box', () => {
  const key = randomBytes(32);

  it('opens what it sealed, and never stores the plaintext', () => {
    const sealed = sealSecret(key, 'client-secret-1234', 'org-1');
    expect(sealed).not.toContain('client-secret');
    expect(openSecret(key, sealed, 'org-1')).toBe('client-secret-1234');
    // A fresh IV each time: equal secrets do not look equal at rest.
    expect(sealSecret(key, 'client-secret-1234', 'org-1')).not.toBe(sealed);
  });

  it('refuses another key, another context and a tampered value', () => {
    const sealed = sealSecret(key, 'client-secret-1234', 'org-1');
    expect(() => openSecret(randomBytes(32), sealed, 'org-1')).toThrow();
    expect(() => openSecret(key, sealed, 'org-2')).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('something-else').toString('base64url');
    expect(() => openSecret(key, parts.join('.'), 'org-1')).toThrow();
    expect(() => openSecret(key, 'plain text', 'org-1')).toThrow();
  });
});
