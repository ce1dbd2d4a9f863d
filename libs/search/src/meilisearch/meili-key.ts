import { Key, MeiliSearch, MeiliSearchApiError } from 'meilisearch';
import { StartupRefusedError } from '@gilde/kernel';

/**
 * What the application may do in Meilisearch: its own indexes (`<prefix>_*`, rebuild copies
 * included), their documents and settings, and reading tasks. Nothing about keys: a key that can
 * list keys can read the admin key, so it is as good as the master key.
 */
export const SCOPED_KEY_ACTIONS = [
  'search',
  'documents.*',
  'indexes.*',
  'settings.*',
  'tasks.get',
] as const;

/** A fixed uid: Meilisearch derives the key from the uid and the master key, so it is stable. */
export const SCOPED_KEY_UID = '6f0d6c1e-3b7a-4d4e-9a63-1c2f8e5b7a90';

export type MeiliKeyCapability = 'manages-keys' | 'scoped';

export class MeiliKeyRefusedError extends StartupRefusedError {
  constructor() {
    super(
      'MEILI_API_KEY can manage Meilisearch keys (it is the master key or an admin key). In production ' +
        'the API and the worker refuse to start with it: create a key limited to the gilde_* indexes ' +
        `(actions ${SCOPED_KEY_ACTIONS.join(', ')}), e.g. with dist/scripts/meili-scoped-key.js, and use that.`,
    );
    this.name = 'MeiliKeyRefusedError';
  }
}

/** Asks Meilisearch whether the client's key can list keys; a refusal means it is scoped. */
export async function meiliKeyCapability(client: MeiliSearch): Promise<MeiliKeyCapability> {
  try {
    await client.getKeys({ limit: 1 });
    return 'manages-keys';
  } catch (err) {
    if (err instanceof MeiliSearchApiError) return 'scoped';
    throw err;
  }
}

/** Production refuses a key that manages keys; elsewhere a warning will do (local stacks). */
export function meiliKeyVerdict(
  capability: MeiliKeyCapability,
  production: boolean,
): 'ok' | 'warn' | 'refuse' {
  if (capability === 'scoped') return 'ok';
  return production ? 'refuse' : 'warn';
}

export function scopedKeyRequest(indexPrefix: string) {
  return {
    uid: SCOPED_KEY_UID,
    name: `${indexPrefix}-app`,
    description: `Gilde API and worker: the ${indexPrefix}_* indexes only`,
    actions: [...SCOPED_KEY_ACTIONS],
    indexes: [`${indexPrefix}_*`],
    expiresAt: null,
  };
}

/**
 * Creates the application's scoped key with a client holding the master key, or returns the one
 * created earlier (same uid): safe to run on every deployment.
 */
export async function ensureScopedKey(master: MeiliSearch, indexPrefix: string): Promise<Key> {
  try {
    return await master.createKey(scopedKeyRequest(indexPrefix));
  } catch (err) {
    if (err instanceof MeiliSearchApiError && err.cause?.code === 'api_key_already_exists') {
      return master.getKey(SCOPED_KEY_UID);
    }
    throw err;
  }
}
