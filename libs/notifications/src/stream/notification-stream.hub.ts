import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import {
  membershipEndedChannel,
  parseMembershipEnded,
  parseSessionRevoked,
  sessionRevokedChannel,
} from '@gilde/identity';
import { AppConfig, createRedis } from '@gilde/kernel';
import { StreamMessage, streamChannel, unpackBroadcast } from './stream-message';

const SUBSCRIBE_WAIT_MS = 2_000;

export type StreamListener = (message: StreamMessage) => void;

/**
 * The API process's side of live notifications: one dedicated Redis subscriber connection,
 * subscribed while at least one stream is open here, handing each message to the streams
 * (tabs) of the recipients it names. It also hears which sessions and memberships ended
 * (identity's channels), so streams of a signed-out session or a removed member close. The subscription ends when the last stream closes.
 */
@Injectable()
export class NotificationStreamHub implements BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationStreamHub.name);
  private readonly channel: string;
  private readonly revokedChannel: string;
  private readonly membershipChannel: string;
  private subscriber: Redis | null = null;
  private subscribed: Promise<void> | null = null;
  private readonly listeners = new Map<string, Set<StreamListener>>();
  private readonly closers = new Set<() => void>();

  constructor(private readonly config: AppConfig) {
    this.channel = streamChannel(config.redis.queuePrefix);
    this.revokedChannel = sessionRevokedChannel(config.redis.queuePrefix);
    this.membershipChannel = membershipEndedChannel(config.redis.queuePrefix);
  }

  /** Starts listening for one person; returns the function that stops it. */
  async subscribe(userId: string, listener: StreamListener): Promise<() => Promise<void>> {
    let set = this.listeners.get(userId);
    if (!set) {
      set = new Set();
      this.listeners.set(userId, set);
    }
    set.add(listener);
    if (!this.subscribed) {
      this.subscribed = this.connection()
        .subscribe(this.channel, this.revokedChannel, this.membershipChannel)
        .then(() => undefined)
        .catch((err: Error) => this.logger.warn(`Could not subscribe: ${err.message}`));
    }
    // While Redis is away the subscription completes when it returns (ioredis resubscribes);
    // the stream opens anyway and the client catches up through Last-Event-ID.
    await Promise.race([
      this.subscribed,
      new Promise((r) => setTimeout(r, SUBSCRIBE_WAIT_MS).unref()),
    ]);
    return async () => {
      const current = this.listeners.get(userId);
      if (!current) return;
      current.delete(listener);
      if (current.size) return;
      this.listeners.delete(userId);
      if (this.listeners.size === 0 && this.subscribed) {
        this.subscribed = null;
        await this.subscriber
          ?.unsubscribe(this.channel, this.revokedChannel, this.membershipChannel)
          .catch(() => undefined);
      }
    };
  }

  /** Open streams of one person in this process. */
  listenerCount(userId: string): number {
    return this.listeners.get(userId)?.size ?? 0;
  }

  /** Streams register how to end themselves, so shutdown does not wait for clients to hang up. */
  onShutdown(close: () => void): () => void {
    this.closers.add(close);
    return () => this.closers.delete(close);
  }

  private connection(): Redis {
    if (!this.subscriber) {
      // A subscribed connection can do nothing else, hence its own; it waits for Redis to come back.
      this.subscriber = createRedis(this.config.redis.url, 'subscriber', 'notify-subscriber');
      this.subscriber.on('message', (channel: string, raw: string) => {
        if (channel === this.revokedChannel) {
          const ended = parseSessionRevoked(raw);
          if (ended) this.deliver(ended.userId, { t: 'revoked', familyId: ended.familyId });
          return;
        }
        if (channel === this.membershipChannel) {
          const ended = parseMembershipEnded(raw);
          if (ended) {
            this.deliver(ended.userId, {
              t: 'membership_ended',
              organisationId: ended.organisationId,
            });
          }
          return;
        }
        if (channel !== this.channel) return;
        for (const [recipientId, message] of unpackBroadcast(raw)) {
          this.deliver(recipientId, message);
        }
      });
    }
    return this.subscriber;
  }

  private deliver(recipientId: string, message: StreamMessage): void {
    for (const listener of [...(this.listeners.get(recipientId) ?? [])]) {
      try {
        listener(message);
      } catch (err) {
        this.logger.warn(`A stream listener failed: ${(err as Error).message}`);
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const close of [...this.closers]) close();
    this.closers.clear();
    this.listeners.clear();
    this.subscribed = null;
    const sub = this.subscriber;
    this.subscriber = null;
    await sub?.quit().catch(() => sub.disconnect());
  }
}
