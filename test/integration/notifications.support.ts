import { randomUUID } from 'node:crypto';
import { request as httpRequest, IncomingMessage } from 'node:http';
import { AddressInfo } from 'node:net';
import { Test, TestingModule } from '@nestjs/testing';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { SMTPServer, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import { WorkerModule } from '../../apps/worker/src/worker.module';

/** The real worker (relay, every queue's handlers) against whatever process.env names now. */
export async function startWorker(): Promise<TestingModule> {
  const worker = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
  await worker.init();
  return worker;
}

// ---------------------------------------------------------------------------------------
// Fixtures written with SQL, in the shape of the agreed data model.

export interface SeededUser {
  id: string;
  email: string;
  displayName: string;
}

export async function seedUser(
  pool: Pool,
  accountType: 'interim' | 'client',
  options: { label?: string; locale?: 'en' | 'nl'; timeZone?: string; displayName?: string } = {},
): Promise<SeededUser> {
  const tag = randomUUID().slice(0, 8);
  const email = `${options.label ?? accountType}-${tag}@example.test`;
  const displayName = options.displayName ?? `${options.label ?? accountType} ${tag}`;
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO users (email, display_name, account_type, locale, time_zone, email_verified_at)
     VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
    [
      email,
      displayName,
      accountType,
      options.locale ?? 'en',
      options.timeZone ?? 'Europe/Amsterdam',
    ],
  );
  return { id: rows[0].id, email, displayName };
}

export interface SeededOrganisation {
  id: string;
  name: string;
  hiringManager: SeededUser;
  procurement: SeededUser;
}

export async function seedOrganisation(
  pool: Pool,
  name = `Gemeente ${randomUUID().slice(0, 6)}`,
): Promise<SeededOrganisation> {
  const hiringManager = await seedUser(pool, 'client', { label: 'hm' });
  const procurement = await seedUser(pool, 'client', { label: 'inkoop' });
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO organisations (name, created_by) VALUES ($1, $2) RETURNING id`,
    [name, hiringManager.id],
  );
  const id = rows[0].id;
  await pool.query(
    `INSERT INTO memberships (organisation_id, user_id, roles) VALUES
       ($1, $2, ARRAY['admin', 'hiring_manager']), ($1, $3, ARRAY['procurement'])`,
    [id, hiringManager.id, procurement.id],
  );
  return { id, name, hiringManager, procurement };
}

export async function seedAssignment(
  pool: Pool,
  org: SeededOrganisation,
  options: { title?: string; status?: string; sector?: string } = {},
): Promise<{ id: string; title: string }> {
  const title = options.title ?? `Interim CFO ${randomUUID().slice(0, 6)}`;
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO assignments (organisation_id, created_by, title, status, sector, published_at)
     VALUES ($1, $2, $3, $4, $5, now()) RETURNING id`,
    [
      org.id,
      org.hiringManager.id,
      title,
      options.status ?? 'published',
      options.sector ?? 'government',
    ],
  );
  return { id: rows[0].id, title };
}

export async function seedProfile(
  pool: Pool,
  userId: string,
  options: {
    notify?: 'instant' | 'daily' | 'off';
    notifySectors?: string[];
    dayRate?: number;
  } = {},
): Promise<void> {
  await pool.query(
    `INSERT INTO interim_profiles (user_id, headline, city, country, remote_preference, day_rate_min, day_rate_max,
                                   hours_min, hours_max, notify, notify_sectors, visibility)
     VALUES ($1, 'Interim finance lead', 'Utrecht', 'NL', 'hybrid', $2, $2 + 200, 24, 40, $3, $4, 'public')`,
    [userId, options.dayRate ?? 1150, options.notify ?? 'daily', options.notifySectors ?? []],
  );
}

export async function seedMatch(
  pool: Pool,
  assignmentId: string,
  interimId: string,
  options: { score?: number; rank?: number; reciprocal?: boolean; reasons?: string[] } = {},
): Promise<void> {
  const reasons = options.reasons ?? ['covers 5 of 5 must-have skills'];
  await pool.query(
    `INSERT INTO assignment_matches (assignment_id, interim_id, rank, score, breakdown, explanation,
                                     rate_within_budget, reciprocal, assignment_version, computed_at)
     VALUES ($1, $2, $3, $4, '{}'::jsonb, $5::jsonb, true, $6, 1, now())`,
    [
      assignmentId,
      interimId,
      options.rank ?? 1,
      options.score ?? 80,
      JSON.stringify({ en: reasons, nl: reasons }),
      options.reciprocal ?? true,
    ],
  );
}

export async function setPreference(
  pool: Pool,
  userId: string,
  kind: string,
  channels: string[],
  frequency: 'instant' | 'daily' | 'off',
): Promise<void> {
  await pool.query(
    `INSERT INTO notification_preferences (user_id, kind, channels, frequency) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, kind) DO UPDATE SET channels = EXCLUDED.channels, frequency = EXCLUDED.frequency`,
    [userId, kind, channels, frequency],
  );
}

/** An outbox row exactly as appendToOutbox writes it (committed, waiting for the relay). */
export async function writeEvent(
  pool: Pool,
  event: {
    eventType: string;
    aggregateType: string;
    aggregateId: string;
    tenantId?: string | null;
    payload?: Record<string, string | number | boolean | null>;
  },
): Promise<string> {
  const id = randomUUID();
  await pool.query(
    `INSERT INTO outbox_events (id, tenant_id, aggregate_type, aggregate_id, event_type, payload)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
    [
      id,
      event.tenantId ?? null,
      event.aggregateType,
      event.aggregateId,
      event.eventType,
      JSON.stringify(event.payload ?? {}),
    ],
  );
  return id;
}

export interface DeliveryState {
  notification_id: string;
  template: string;
  channel: string;
  state: string;
  mode: string | null;
  reason: string | null;
  attempts: number;
}

export async function deliveriesOf(pool: Pool, recipientId: string): Promise<DeliveryState[]> {
  const { rows } = await pool.query<DeliveryState>(
    `SELECT d.notification_id, n.template, d.channel, d.state, d.mode, d.reason, d.attempts
       FROM notifications n JOIN notification_deliveries d ON d.notification_id = n.id
      WHERE n.recipient_id = $1 ORDER BY n.created_at, d.channel`,
    [recipientId],
  );
  return rows;
}

/** Every value stored under a key prefix, as text: what Redis would hand to anyone reading it. */
export async function dumpRedis(url: string, prefix: string): Promise<string> {
  const redis = new Redis(url);
  try {
    const parts: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) {
        const type = await redis.type(key);
        parts.push(key);
        if (type === 'string') parts.push((await redis.get(key)) ?? '');
        else if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
        else if (type === 'list') parts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
        else if (type === 'set') parts.push(JSON.stringify(await redis.smembers(key)));
        else if (type === 'zset') parts.push(JSON.stringify(await redis.zrange(key, 0, -1)));
        else if (type === 'stream') parts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
      }
    } while (cursor !== '0');
    return parts.join('\n');
  } finally {
    await redis.quit();
  }
}

// ---------------------------------------------------------------------------------------
// A real SMTP server, started in the test.

export interface ReceivedMail {
  from: string;
  to: string[];
  headers: Record<string, string>;
  subject: string;
  text: string;
  html: string;
  raw: string;
}

/** What the server answers to a message: accept it, or refuse with an SMTP code. */
export type SmtpVerdict =
  | { accept: true; delayMs?: number }
  | { accept: false; code: number; message: string; delayMs?: number };

export class SmtpTestServer {
  readonly received: ReceivedMail[] = [];
  attempts = 0;
  private server?: SMTPServer;
  private port = 0;

  constructor(private verdict: (attempt: number) => SmtpVerdict = () => ({ accept: true })) {}

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  answer(verdict: (attempt: number) => SmtpVerdict): void {
    this.verdict = verdict;
  }

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (
        stream: SMTPServerDataStream,
        session: SMTPServerSession,
        callback: (err?: Error | null) => void,
      ) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          this.attempts++;
          const verdict = this.verdict(this.attempts);
          const finish = () => {
            if (!verdict.accept) {
              callback(Object.assign(new Error(verdict.message), { responseCode: verdict.code }));
              return;
            }
            const raw = Buffer.concat(chunks).toString('utf8');
            this.received.push(parseMail(raw, session));
            callback();
          };
          if (verdict.delayMs) setTimeout(finish, verdict.delayMs);
          else finish();
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (
      this.server as unknown as { server: { address(): AddressInfo } }
    ).server.address().port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.to.includes(address));
  }
}

function decode(body: string, encoding: string | undefined): string {
  const enc = (encoding ?? '').toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

function splitHeaders(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at < 0 ? raw : raw.slice(0, at);
  const body = at < 0 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return { headers, body };
}

function decodeWords(value: string): string {
  return value
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decode(text.replace(/_/g, ' '), 'quoted-printable'),
    )
    .replace(/\?=\s+=\?/g, '');
}

function parseMail(raw: string, session: SMTPServerSession): ReceivedMail {
  const { headers, body } = splitHeaders(raw);
  let text = '';
  let html = '';
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  for (const part of parts) {
    const p = boundary ? splitHeaders(part.replace(/^\r?\n/, '')) : { headers, body };
    const type = (p.headers['content-type'] ?? 'text/plain').toLowerCase();
    const content = decode(p.body, p.headers['content-transfer-encoding']);
    if (type.startsWith('text/html')) html = content;
    else if (type.startsWith('text/plain')) text = content;
  }
  return {
    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
    to: session.envelope.rcptTo.map((r) => r.address),
    headers,
    subject: decodeWords(headers.subject ?? ''),
    text,
    html,
    raw,
  };
}

// ---------------------------------------------------------------------------------------
// A server-sent events client, reading the stream as a browser's EventSource would.

export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

export class SseClient {
  readonly events: SseEvent[] = [];
  comments = 0;
  status = 0;
  headers: IncomingMessage['headers'] = {};
  closed = false;
  private response?: IncomingMessage;
  private abort?: () => void;
  private waiters: (() => void)[] = [];

  static async open(
    baseUrl: string,
    path: string,
    headers: Record<string, string> = {},
  ): Promise<SseClient> {
    const client = new SseClient();
    await client.connect(baseUrl, path, headers);
    return client;
  }

  private connect(baseUrl: string, path: string, headers: Record<string, string>): Promise<void> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        `${baseUrl}${path}`,
        { headers: { accept: 'text/event-stream', ...headers } },
        (res) => {
          this.response = res;
          this.status = res.statusCode ?? 0;
          this.headers = res.headers;
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            let at: number;
            while ((at = buffer.indexOf('\n\n')) >= 0) {
              const block = buffer.slice(0, at);
              buffer = buffer.slice(at + 2);
              this.take(block);
            }
            if (this.status !== 200) this.take(`event: error\ndata: ${buffer}`);
          });
          res.on('close', () => {
            this.closed = true;
            this.notify();
          });
          resolve();
        },
      );
      req.on('error', (err) => (this.response ? undefined : reject(err)));
      this.abort = () => req.destroy();
      req.end();
    });
  }

  private take(block: string): void {
    const event: SseEvent = { event: 'message', data: '' };
    let isComment = true;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      isComment = false;
      const i = line.indexOf(':');
      const field = i < 0 ? line : line.slice(0, i);
      const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
      if (field === 'event') event.event = value;
      else if (field === 'data') event.data += value;
      else if (field === 'id') event.id = value;
    }
    if (isComment) this.comments++;
    else if (event.data || event.event !== 'message') this.events.push(event);
    this.notify();
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves with the first event (already received or arriving) that matches. */
  async next(predicate: (e: SseEvent) => boolean, timeoutMs = 5000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0 || this.closed)
        throw new Error(
          `No matching event within ${timeoutMs} ms (got ${JSON.stringify(this.events)})`,
        );
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.abort?.();
  }
}

/** Listens on a real port (EventSource needs one) and returns its base URL. */
export async function listen(app: {
  listen(port: number, host: string): Promise<unknown>;
  getHttpServer(): { address(): AddressInfo | string | null };
}): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/** A notification as the pipeline records it, for API tests that need one without a worker. */
export async function seedNotification(
  pool: Pool,
  recipientId: string,
  options: {
    template?: string;
    kind?: string;
    params?: Record<string, unknown>;
    inApp?: 'sent' | 'skipped';
    createdAt?: Date;
    subjectId?: string;
  } = {},
): Promise<string> {
  const id = randomUUID();
  const subjectId = options.subjectId ?? randomUUID();
  const template = options.template ?? 'match';
  await pool.query(
    `INSERT INTO notifications (id, recipient_id, kind, template, dedupe_key, subject_type, subject_id, params, link, score, created_at)
     VALUES ($1, $2, $3, $4, $5, 'assignment', $6, $7::jsonb, $8, $9, $10)`,
    [
      id,
      recipientId,
      options.kind ?? 'match',
      template,
      `${template}:${subjectId}:${recipientId}`,
      subjectId,
      JSON.stringify(
        options.params ?? {
          assignmentTitle: 'Interim CFO',
          organisationName: 'Gemeente Utrecht',
          score: 87,
        },
      ),
      `/assignments/${subjectId}`,
      87,
      options.createdAt ?? new Date(),
    ],
  );
  await pool.query(
    `INSERT INTO notification_deliveries (notification_id, channel, state, reason) VALUES ($1, 'in_app', $2, $3)`,
    [id, options.inApp ?? 'sent', options.inApp === 'skipped' ? 'preference_off' : null],
  );
  return id;
}
