import { Controller, Get, HttpStatus, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { OutgoingHttpHeaders } from 'node:http';
import { Public } from '@gilde/identity';
import { AppConfig, apiError } from '@gilde/kernel';
import { NotificationErrors } from '../notifications.errors';
import { NotificationStreamHub } from '../stream/notification-stream.hub';
import { StreamMessage } from '../stream/stream-message';
import { RequestAuthenticatorService, StreamCaller } from '../stream/request-authenticator.service';
import { NotificationsService } from './notifications.service';

/** Open streams one person may have in one API process (one per tab). */
const MAX_STREAMS_PER_USER = 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class StreamQuery {
  @ApiPropertyOptional({ description: 'One-time token from POST /notifications/stream-token' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  token?: string;
}

@ApiTags('notifications')
@Controller('notifications')
export class NotificationStreamController {
  constructor(
    private readonly auth: RequestAuthenticatorService,
    private readonly hub: NotificationStreamHub,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Public in the guard's sense only: it authenticates itself, with the Bearer header or,
   * for EventSource, a one-time ?token=. Events: `notification` (one per new notification,
   * id = notification id), `unread` (the count changed elsewhere), `ready`, and `end` (the
   * session was signed out or revoked, or the access token expired: get a new token, or sign
   * in again; or the person left an organisation: reload what is shown and reconnect);
   * comments as heartbeats. A reconnect with Last-Event-ID gets what it missed.
   */
  @Get('stream')
  @Public()
  @ApiProduces('text/event-stream')
  @ApiOperation({ summary: 'Live notifications as server-sent events (Bearer header or ?token=)' })
  async stream(
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query() query: StreamQuery,
  ): Promise<void> {
    const caller = query.token
      ? await this.auth.fromStreamToken(query.token)
      : await this.auth.fromBearer(req.headers.authorization);
    if (this.hub.listenerCount(caller.user.id) >= MAX_STREAMS_PER_USER) {
      throw apiError(
        HttpStatus.TOO_MANY_REQUESTS,
        NotificationErrors.too_many_streams,
        `At most ${MAX_STREAMS_PER_USER} live streams at once; close a tab.`,
        { retryAfter: 30 },
      );
    }
    await this.open(caller, req, reply);
  }

  private async open(
    { user, session }: StreamCaller,
    req: FastifyRequest,
    reply: FastifyReply,
  ): Promise<void> {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...(reply.getHeaders() as OutgoingHttpHeaders),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    // The heartbeat keeps the connection alive; no idle timeout on this socket.
    req.raw.socket?.setTimeout(0);

    let closed = false;
    let chain: Promise<void> = Promise.resolve();
    const write = (chunk: string) => {
      if (!closed) raw.write(chunk);
    };
    const send = (event: string, data: unknown, id?: string) =>
      write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    const onMessage = (message: StreamMessage) => {
      if (message.t === 'revoked') {
        if (message.familyId === null || message.familyId === session.familyId) end('revoked');
        return;
      }
      if (message.t === 'membership_ended') return end('membership_ended');
      // In order, one at a time: the view is read from the database.
      chain = chain
        .then(async () => {
          if (closed) return;
          if (message.t === 'read') return send('unread', { unread: message.unread });
          const view = await this.notifications.view(user.id, message.id, user.locale);
          if (view) send('notification', view, view.id);
        })
        .catch(() => undefined);
    };

    write(`retry: 3000\n\n`);
    const unsubscribe = await this.hub.subscribe(user.id, onMessage);
    const heartbeat = setInterval(
      () => write(`: heartbeat\n\n`),
      this.config.notifications.sseHeartbeatMs,
    );
    // The stream is as good as the access token it was opened with, and no longer.
    const expiry = setTimeout(
      () => end('expired'),
      Math.max(0, session.expiresAt.getTime() - Date.now()),
    ).unref();
    const cleanup = () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      clearTimeout(expiry);
      stopOnShutdown();
      void unsubscribe();
    };
    /** Tells the client why (it signs in again or fetches a new token), then hangs up. */
    function end(reason: 'revoked' | 'expired' | 'membership_ended'): void {
      send('end', { reason });
      cleanup();
      raw.end();
    }
    const stopOnShutdown = this.hub.onShutdown(() => {
      cleanup();
      raw.end();
    });
    req.raw.on('close', cleanup);
    raw.on('close', cleanup);
    raw.on('error', cleanup);

    try {
      // A sign-out between the check at open and the subscription above was not heard: look again.
      if (!(await this.auth.stillActive(session))) return end('revoked');
      const lastEventId = req.headers['last-event-id'];
      if (typeof lastEventId === 'string' && UUID.test(lastEventId)) {
        for (const view of await this.notifications.since(user.id, lastEventId, user.locale)) {
          send('notification', view, view.id);
        }
      }
      send('ready', { unread: await this.notifications.unreadCount(user.id) });
    } catch {
      // The response is already streaming: end it; the browser reconnects by itself.
      cleanup();
      raw.end();
    }
  }
}
