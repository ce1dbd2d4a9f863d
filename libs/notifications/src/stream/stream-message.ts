/**
 * What a stream hears about one recipient: ids and counts, no content; and that a session of
 * theirs ended (familyId null: all of them), so streams opened under it close.
 */
export type StreamMessage =
  | { t: 'created'; id: string }
  | { t: 'read'; unread: number }
  | { t: 'revoked'; familyId: string | null }
  /** The recipient left an organisation (or was removed): what the stream carried may not hold. */
  | { t: 'membership_ended'; organisationId: string };

/**
 * What travels over Redis pub/sub: one message per written batch, naming recipients and
 * notification ids only. Every API process subscribed to the channel picks out the
 * recipients it has open streams for.
 */
export type StreamBroadcast =
  | { t: 'created'; items: [recipientId: string, notificationId: string][] }
  | { t: 'read'; recipientId: string; unread: number };

/** The deployment's channel, under its key prefix. */
export function streamChannel(prefix: string): string {
  return `${prefix}:notify:stream`;
}

const UUID = /^[0-9a-f-]{36}$/i;

/** The per-recipient messages a broadcast carries; nothing for anything malformed. */
export function unpackBroadcast(raw: string): [recipientId: string, message: StreamMessage][] {
  try {
    const value = JSON.parse(raw) as Partial<{
      t: string;
      items: unknown;
      recipientId: unknown;
      unread: unknown;
    }>;
    if (value.t === 'created' && Array.isArray(value.items)) {
      return value.items
        .filter(
          (i): i is [string, string] =>
            Array.isArray(i) && UUID.test(String(i[0])) && UUID.test(String(i[1])),
        )
        .map(([r, id]) => [r, { t: 'created', id }]);
    }
    if (
      value.t === 'read' &&
      typeof value.recipientId === 'string' &&
      typeof value.unread === 'number'
    ) {
      return [[value.recipientId, { t: 'read', unread: value.unread }]];
    }
  } catch {
    // Not ours: ignore.
  }
  return [];
}
