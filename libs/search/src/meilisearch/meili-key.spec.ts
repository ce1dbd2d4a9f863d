import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { MeiliSearch } from 'meilisearch';
import { SearchEnginePreparer } from '../search-engine.factory';
import {
  MeiliKeyRefusedError,
  SCOPED_KEY_UID,
  ensureScopedKey,
  meiliKeyCapability,
  meiliKeyVerdict,
} from './meili-key';
import { MeilisearchEngine } from './meilisearch.engine';

interface Seen {
  method: string;
  url: string;
  body: unknown;
}

/**
 * No Meilisearch server can run here: a local HTTP server answers the few key endpoints the way
 * Meilisearch documents them, so the real client's requests and error handling are exercised.
 */
async function fakeMeili(
  answer: (req: Seen) => [number, unknown],
): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const entry = {
        method: req.method ?? '',
        url: req.url ?? '',
        body: raw ? JSON.parse(raw) : undefined,
      };
      seen.push(entry);
      const [status, body] = answer(entry);
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

const KEY_LIST = { results: [], offset: 0, limit: 1, total: 2 };
const FORBIDDEN = {
  message: 'The provided API key is invalid.',
  code: 'invalid_api_key',
  type: 'auth',
  link: 'https://docs.meilisearch.com/errors#invalid_api_key',
};

function engine(url: string, production: boolean): MeilisearchEngine {
  return new MeilisearchEngine({
    url,
    apiKey: 'some-key',
    indexPrefix: 'gilde',
    production,
    loadSynonyms: async () => [],
  });
}

describe('the Meilisearch key check', () => {
  it.each([
    ['scoped', false, 'ok'],
    ['scoped', true, 'ok'],
    ['manages-keys', false, 'warn'],
    ['manages-keys', true, 'refuse'],
  ] as const)('a %s key with production=%s: %s', (capability, production, verdict) => {
    expect(meiliKeyVerdict(capability, production)).toBe(verdict);
  });

  it('reads a key that may list keys as managing keys, a refused one as scoped', async () => {
    const admin = await fakeMeili(() => [200, KEY_LIST]);
    expect(await meiliKeyCapability(new MeiliSearch({ host: admin.url, apiKey: 'k' }))).toBe(
      'manages-keys',
    );
    const scoped = await fakeMeili(() => [403, FORBIDDEN]);
    expect(await meiliKeyCapability(new MeiliSearch({ host: scoped.url, apiKey: 'k' }))).toBe(
      'scoped',
    );
    expect(admin.seen[0]).toMatchObject({ method: 'GET', url: '/keys?limit=1' });
  });

  it('stops the start in production when the key can manage keys', async () => {
    const admin = await fakeMeili(() => [200, KEY_LIST]);
    const start = new SearchEnginePreparer(engine(admin.url, true)).onApplicationBootstrap();
    await expect(start).rejects.toBeInstanceOf(MeiliKeyRefusedError);
    await expect(start).rejects.toThrow(/MEILI_API_KEY can manage Meilisearch keys/);
  });

  it('starts with a scoped key in production, and with an admin key outside it', async () => {
    const scoped = await fakeMeili((r) =>
      r.url.startsWith('/keys') ? [403, FORBIDDEN] : [503, {}],
    );
    await expect(
      new SearchEnginePreparer(engine(scoped.url, true)).onApplicationBootstrap(),
    ).resolves.toBeUndefined();
    const admin = await fakeMeili((r) => (r.url.startsWith('/keys') ? [200, KEY_LIST] : [503, {}]));
    await expect(
      new SearchEnginePreparer(engine(admin.url, false)).onApplicationBootstrap(),
    ).resolves.toBeUndefined();
  });
});

describe('creating the scoped key', () => {
  const created = {
    uid: SCOPED_KEY_UID,
    key: 'scoped-key-value',
    name: 'gilde-app',
    description: '',
    actions: [],
    indexes: [],
    expiresAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };

  it('asks for the gilde_* indexes only, with no key actions, under a fixed uid', async () => {
    const meili = await fakeMeili(() => [201, created]);
    const key = await ensureScopedKey(
      new MeiliSearch({ host: meili.url, apiKey: 'master' }),
      'gilde',
    );
    expect(key.key).toBe('scoped-key-value');
    expect(meili.seen).toEqual([
      {
        method: 'POST',
        url: '/keys',
        body: {
          uid: SCOPED_KEY_UID,
          name: 'gilde-app',
          description: 'Gilde API and worker: the gilde_* indexes only',
          actions: ['search', 'documents.*', 'indexes.*', 'settings.*', 'tasks.get'],
          indexes: ['gilde_*'],
          expiresAt: null,
        },
      },
    ]);
  });

  it('returns the key created on an earlier run', async () => {
    const meili = await fakeMeili((r) =>
      r.method === 'POST'
        ? [
            409,
            {
              message: 'exists',
              code: 'api_key_already_exists',
              type: 'invalid_request',
              link: '',
            },
          ]
        : [200, created],
    );
    const key = await ensureScopedKey(
      new MeiliSearch({ host: meili.url, apiKey: 'master' }),
      'gilde',
    );
    expect(key.key).toBe('scoped-key-value');
    expect(meili.seen.map((s) => `${s.method} ${s.url}`)).toEqual([
      'POST /keys',
      `GET /keys/${SCOPED_KEY_UID}`,
    ]);
  });
});
