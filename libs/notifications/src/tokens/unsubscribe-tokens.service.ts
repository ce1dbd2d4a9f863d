import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@gilde/kernel';
import { NOTIFICATION_KINDS, NotificationKind } from '../domain/notification-kinds';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Signed one-click unsubscribe tokens: `<userId>.<kind>.<signature>`. They do one harmless
 * thing (turn off e-mail of one kind for one person), so they do not expire: a link in an
 * old e-mail must keep working.
 */
@Injectable()
export class UnsubscribeTokensService {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    // A key of its own, so this signature can never pass as any other token.
    this.key = createHmac('sha256', config.auth.jwtSecret).update('gilde:unsubscribe').digest();
  }

  sign(userId: string, kind: NotificationKind): string {
    return `${userId}.${kind}.${this.signature(userId, kind)}`;
  }

  verify(token: string): { userId: string; kind: NotificationKind } | null {
    const [userId, kind, signature, ...rest] = token.split('.');
    if (rest.length || !userId || !kind || !signature || !UUID.test(userId)) return null;
    if (!NOTIFICATION_KINDS.includes(kind as NotificationKind)) return null;
    const expected = Buffer.from(this.signature(userId, kind));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return { userId, kind: kind as NotificationKind };
  }

  private signature(userId: string, kind: string): string {
    return createHmac('sha256', this.key).update(`${userId}.${kind}`).digest('base64url');
  }
}
