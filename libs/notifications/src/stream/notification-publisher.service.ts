import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig, REDIS } from '@gilde/kernel';
import { StreamBroadcast, streamChannel } from './stream-message';

/** Ids per pub/sub message; a batch of notifications is one message. */
const PER_MESSAGE = 500;

/**
 * Tells every API process that recipients have something new, through Redis pub/sub.
 * Best effort: the notification is already committed, and a stream that misses the
 * message catches up on reconnect (Last-Event-ID) or on the next list request.
 */
@Injectable()
export class NotificationPublisherService {
  private readonly logger = new Logger(NotificationPublisherService.name);
  private readonly channel: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    config: AppConfig,
  ) {
    this.channel = streamChannel(config.redis.queuePrefix);
  }

  async created(items: { recipientId: string; notificationId: string }[]): Promise<void> {
    for (let i = 0; i < items.length; i += PER_MESSAGE) {
      const message: StreamBroadcast = {
        t: 'created',
        items: items.slice(i, i + PER_MESSAGE).map((x) => [x.recipientId, x.notificationId]),
      };
      await this.publish(message);
    }
  }

  async read(recipientId: string, unread: number): Promise<void> {
    await this.publish({ t: 'read', recipientId, unread });
  }

  private async publish(message: StreamBroadcast): Promise<void> {
    try {
      await this.redis.publish(this.channel, JSON.stringify(message));
    } catch (err) {
      this.logger.warn(`Could not publish to live streams: ${(err as Error).message}`);
    }
  }
}
