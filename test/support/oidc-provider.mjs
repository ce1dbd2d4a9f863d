/**
 * A real OpenID provider (the certified oidc-provider package) for the single sign-on tests,
 * run as its own Node process because the package is ESM only. It listens on 127.0.0.1 on a free
 * port and prints one JSON line, `{"issuer": "http://127.0.0.1:PORT"}`, once it accepts requests.
 *
 * Configuration comes as JSON in the OIDC_TEST_CLIENTS environment variable:
 * `[{"client_id", "client_secret", "redirect_uris": [...]}]`.
 *
 * Signing in uses the package's own login form (devInteractions): any login is accepted and
 * becomes the account's e-mail address and subject; a login starting with "unverified" has
 * `email_verified: false`. Consent is granted without asking (first-party clients).
 *
 * `POST /__test/next-id-token` with `{"aud"?, "iss"?, "foreignKey"?}` makes the next token
 * response carry an ID token re-signed with that audience or issuer (with the provider's own
 * key), or signed with a key the provider never published: what a misconfigured or hostile
 * provider would send.
 */
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { createServer } from 'node:net';
import Provider from 'oidc-provider';

/** A port free right now: the issuer must be known before the provider is built. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const clients = JSON.parse(process.env.OIDC_TEST_CLIENTS ?? '[]');

function rsaKey(kid) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
}
const signingKey = rsaKey('test-idp-1');
const foreignKey = rsaKey('test-idp-1');

function b64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString(
    'base64url',
  );
}

function resign(idToken, changes) {
  const [header, payload] = idToken.split('.');
  const claims = { ...JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) };
  if (changes.aud) claims.aud = changes.aud;
  if (changes.iss) claims.iss = changes.iss;
  const input = `${header}.${b64url(claims)}`;
  const key = createPrivateKey({
    key: changes.foreignKey ? foreignKey : signingKey,
    format: 'jwk',
  });
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

let nextIdToken = null;
const port = await freePort();
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: clients.map((c) => ({
    ...c,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  })),
  jwks: { keys: [signingKey] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  cookies: { keys: ['test-idp-cookie-key'] },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({
      sub: id,
      email: id,
      email_verified: !id.startsWith('unverified'),
      name: id.split('@')[0],
    }),
  }),
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    grant.addOIDCClaims(['email', 'email_verified', 'name']);
    await grant.save();
    return grant;
  },
});

provider.use(async (ctx, next) => {
  if (ctx.method === 'POST' && ctx.path === '/__test/next-id-token') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    nextIdToken = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    ctx.status = 204;
    return;
  }
  await next();
  if (ctx.path === '/token' && ctx.status === 200 && nextIdToken && ctx.body?.id_token) {
    ctx.body = { ...ctx.body, id_token: resign(ctx.body.id_token, nextIdToken) };
    nextIdToken = null;
  }
});

provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ issuer })}\n`);
});

// The test is over: no need to wait for the relying party's keep-alive connections to drain.
process.on('SIGTERM', () => process.exit(0));
