import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '@gilde/kernel';
import { StreamTokensService } from './stream-tokens.service';
import { UnsubscribeTokensService } from './unsubscribe-tokens.service';

const config = loadConfig({ JWT_SECRET: 'x'.repeat(40) });
const other = loadConfig({ JWT_SECRET: 'y'.repeat(40) });
const USER = '2f1c7d1e-8a5b-4c3d-9e2f-0a1b2c3d4e5f';

describe('unsubscribe tokens', () => {
  const tokens = new UnsubscribeTokensService(config);

  it('round-trips the user and the kind', () => {
    expect(tokens.verify(tokens.sign(USER, 'match'))).toEqual({ userId: USER, kind: 'match' });
  });

  it('refuses a token whose kind or user was changed, or that another secret signed', () => {
    const token = tokens.sign(USER, 'match');
    expect(tokens.verify(token.replace('.match.', '.contract.'))).toBeNull();
    expect(tokens.verify(token.replace(USER, USER.replace('2f', '3f')))).toBeNull();
    expect(tokens.verify(new UnsubscribeTokensService(other).sign(USER, 'match'))).toBeNull();
    expect(tokens.verify('garbage')).toBeNull();
    expect(tokens.verify(`${token}.extra`)).toBeNull();
  });
});

describe('stream tokens', () => {
  const tokens = new StreamTokensService(config);
  const session = { familyId: null, expiresAt: new Date(Date.now() + 900_000) };

  it('are valid for a minute, for their user only', () => {
    const now = Date.now();
    const { token } = tokens.issue(USER, session, now);
    expect(tokens.verify(token, now)?.sub).toBe(USER);
    expect(tokens.verify(token, now + 61_000)).toBeNull();
  });

  it('are not valid beyond the access token they were issued for', () => {
    const now = Date.now();
    const { token } = tokens.issue(
      USER,
      { familyId: null, expiresAt: new Date(now + 10_000) },
      now,
    );
    expect(tokens.verify(token, now + 9_000)?.sxp).toBe(Math.floor((now + 10_000) / 1000));
    expect(tokens.verify(token, now + 11_000)).toBeNull();
  });

  it('refuse tampering and other keys', () => {
    const { token } = tokens.issue(USER, session);
    const [body, sig] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ sub: USER, exp: 9_999_999_999, jti: 'x' }),
    ).toString('base64url');
    expect(tokens.verify(`${forged}.${sig}`)).toBeNull();
    expect(tokens.verify(`${body}.${sig}x`)).toBeNull();
    expect(new StreamTokensService(other).verify(token)).toBeNull();
    // An unsubscribe token is not a stream token.
    expect(tokens.verify(new UnsubscribeTokensService(config).sign(USER, 'match'))).toBeNull();
  });
});
