import { hkdfSync } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { envSchema } from './config.schema';

type ParsedEnv = z.output<typeof envSchema>;

/** The typed configuration every module receives. Nothing else reads process.env. */
export class AppConfig {
  readonly env: NonNullable<ParsedEnv['NODE_ENV']>;
  /** The development mailbox: only when NODE_ENV says development or test, never by default. */
  readonly devMailbox: boolean;
  readonly port: number;
  /** API processes sharing the port (API_PROCESSES; unset or 0: one per core). */
  readonly apiProcesses: number;
  /** Port of the API's /metrics on 127.0.0.1 (0: off); never the public port. */
  readonly apiMetricsPort: number;
  readonly workerMetricsPort: number;
  readonly publicUrl: string;
  readonly webOrigin: string;
  readonly database: {
    url: string;
    poolMax: number;
    statementTimeoutMs: number;
  };
  readonly redis: { url: string; queuePrefix: string };
  readonly auth: {
    jwtSecret: string;
    /**
     * AES-256-GCM key for secrets stored in the database (SSO client secrets). Unset, it is
     * derived from JWT_SECRET, so rotating that secret would make the stored secrets unreadable:
     * production sets its own.
     */
    secretsKey: Buffer;
    accessTtlSeconds: number;
    refreshTtlDays: number;
    invitationTtlHours: number;
    platformAdminEmails: string[];
    loginMaxFailures: number;
    loginFailureWindowSeconds: number;
  };
  readonly search: { engine: 'postgres' | 'meilisearch'; meiliUrl?: string; meiliApiKey?: string };
  readonly mail: { smtpUrl?: string; from: string };
  readonly http: {
    bodyLimitBytes: number;
    /** Per user when the request carries a valid access token, per IP otherwise. */
    rateLimitPerMinute: number;
    /** Every request from one IP, signed in or not: a ceiling above the per-user limit. */
    ipRateLimitPerMinute: number;
    authRateLimitPerMinute: number;
    /** Fastify's trustProxy: false, a hop count, or the proxies' addresses/CIDRs. */
    trustProxy: false | number | string[];
  };
  /** Per client user, against paging through every profile (shared by every API process). */
  readonly quotas: {
    /** Distinct profiles a client user may open per calendar day (Europe/Amsterdam). */
    profileViewsPerDay: number;
    searchesPerHour: number;
    searchesPerDay: number;
  };
  readonly logLevel: ParsedEnv['LOG_LEVEL'];
  readonly outboxPollMs: number;
  readonly shutdownTimeoutMs: number;
  readonly matching: {
    /** Ranked matches stored per assignment: what hiring managers see and who can be notified. */
    listSize: number;
  };
  readonly notifications: {
    /** Instant match e-mails per interim per local day; the rest go into the daily digest. */
    maxInstantMatchEmailsPerDay: number;
    /** Local hour at which the daily digest is sent, in each recipient's time zone. */
    digestHour: number;
    sseHeartbeatMs: number;
  };

  constructor(e: ParsedEnv) {
    this.env = e.NODE_ENV ?? 'development';
    this.devMailbox = e.NODE_ENV === 'development' || e.NODE_ENV === 'test';
    this.port = e.PORT;
    this.apiProcesses = e.API_PROCESSES || availableParallelism();
    this.apiMetricsPort = e.API_METRICS_PORT;
    this.workerMetricsPort = e.WORKER_METRICS_PORT;
    this.publicUrl = e.PUBLIC_URL.replace(/\/$/, '');
    this.webOrigin = e.WEB_ORIGIN.replace(/\/$/, '');
    this.database = {
      url: e.DATABASE_URL,
      poolMax: e.DATABASE_POOL_MAX,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    };
    this.redis = { url: e.REDIS_URL, queuePrefix: e.QUEUE_PREFIX };
    this.auth = {
      jwtSecret: e.JWT_SECRET,
      secretsKey: e.SECRETS_KEY
        ? Buffer.from(e.SECRETS_KEY, 'hex')
        : Buffer.from(hkdfSync('sha256', e.JWT_SECRET, '', 'gilde:secrets-key', 32)),
      accessTtlSeconds: e.JWT_ACCESS_TTL_SECONDS,
      refreshTtlDays: e.REFRESH_TTL_DAYS,
      invitationTtlHours: e.INVITATION_TTL_HOURS,
      platformAdminEmails: e.PLATFORM_ADMIN_EMAILS,
      loginMaxFailures: e.LOGIN_MAX_FAILURES,
      loginFailureWindowSeconds: e.LOGIN_FAILURE_WINDOW_SECONDS,
    };
    this.search = { engine: e.SEARCH_ENGINE, meiliUrl: e.MEILI_URL, meiliApiKey: e.MEILI_API_KEY };
    this.mail = { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM };
    this.http = {
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      ipRateLimitPerMinute: e.IP_RATE_LIMIT_PER_MINUTE,
      authRateLimitPerMinute: e.AUTH_RATE_LIMIT_PER_MINUTE,
      trustProxy: e.TRUST_PROXY,
    };
    this.quotas = {
      profileViewsPerDay: e.CLIENT_PROFILE_VIEWS_PER_DAY,
      searchesPerHour: e.CLIENT_SEARCHES_PER_HOUR,
      searchesPerDay: e.CLIENT_SEARCHES_PER_DAY,
    };
    this.logLevel = e.LOG_LEVEL;
    this.outboxPollMs = e.OUTBOX_POLL_MS;
    this.shutdownTimeoutMs = e.SHUTDOWN_TIMEOUT_MS;
    this.matching = { listSize: e.MATCH_LIST_SIZE };
    this.notifications = {
      maxInstantMatchEmailsPerDay: e.NOTIFY_MAX_INSTANT_MATCH_EMAILS_PER_DAY,
      digestHour: e.NOTIFY_DIGEST_HOUR,
      sseHeartbeatMs: e.NOTIFY_SSE_HEARTBEAT_MS,
    };
  }

  get isProduction(): boolean {
    return this.env === 'production';
  }
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Parses an environment into AppConfig, or throws naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  // Empty strings mean "unset", as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigValidationError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  const data = parsed.data;
  const problems: string[] = [];
  if (data.SEARCH_ENGINE === 'meilisearch' && !data.MEILI_URL) {
    problems.push('MEILI_URL: required when SEARCH_ENGINE=meilisearch');
  }
  if (data.NODE_ENV === 'production' && data.JWT_SECRET.startsWith('dev-only')) {
    problems.push('JWT_SECRET: the development default must not be used in production');
  }
  if (problems.length) throw new ConfigValidationError(problems);
  return new AppConfig(data);
}
