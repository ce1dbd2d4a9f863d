import { isIP } from 'node:net';
import { z } from 'zod';

const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((v) => protocols.some((p) => v.startsWith(`${p}://`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

/** Names Fastify's proxy-addr understands for the private ranges a proxy usually sits in. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrCidr(entry: string): boolean {
  if (PROXY_RANGE_NAMES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which X-Forwarded-For hops to believe. `true` (believe every hop) is refused: the left-most
 * address is whatever the client wrote, and it would become the IP sign-in limits and contract
 * acceptance evidence record. A hop count or the proxies' addresses make the proxy-appended
 * address the client IP.
 */
const trustProxy = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (/^true$/i.test(v)) {
      ctx.addIssue({
        code: 'custom',
        message:
          '"true" would trust an X-Forwarded-For the client can forge; give the number of proxies in front of the API (e.g. 1) or their addresses/CIDRs (e.g. 10.0.0.0/8,loopback), or false',
      });
    } else if (/^\d+$/.test(v)) {
      // A count past the real proxies reaches back into client-written entries.
      if (Number(v) > 10) ctx.addIssue({ code: 'custom', message: 'at most 10 proxy hops' });
    } else if (!/^false$/i.test(v)) {
      const bad = v
        .split(',')
        .map((s) => s.trim())
        .filter((s) => !isAddressOrCidr(s));
      if (bad.length) {
        ctx.addIssue({
          code: 'custom',
          message: `false, a number of proxy hops, or a comma list of IP addresses/CIDRs; not ${bad.map((b) => JSON.stringify(b)).join(', ')}`,
        });
      }
    }
  })
  .transform((v): false | number | string[] => {
    if (/^false$/i.test(v)) return false;
    if (/^\d+$/.test(v)) return Number(v) || false;
    return v.split(',').map((s) => s.trim());
  });

/**
 * Every environment variable the apps read, validated once at boot.
 * `.env.example` documents the same list; a test keeps the two in step.
 */
export const envSchema = z.object({
  // No default here: AppConfig treats unset as development, but development-only routes need
  // it set explicitly (an unset NODE_ENV on a server must not expose them).
  NODE_ENV: z.enum(['development', 'test', 'production']).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  API_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(3002),
  // API processes sharing PORT (node:cluster); 0: one per core.
  API_PROCESSES: z.coerce.number().int().min(0).max(64).default(0),
  WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  PUBLIC_URL: url(['http', 'https']).default('http://localhost:3000'),
  WEB_ORIGIN: url(['http', 'https']).default('http://localhost:3000'),
  DATABASE_URL: url(['postgres', 'postgresql']).default('postgres://postgres@127.0.0.1:5432/gilde'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  REDIS_URL: url(['redis', 'rediss']).default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9{}_-]+$/i, 'letters, digits, _ - and {} only')
    .default('gilde'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  // 32 bytes as 64 hex characters: the AES-256-GCM key for secrets kept in the database.
  SECRETS_KEY: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, 'must be 64 hexadecimal characters (32 bytes)')
    .optional(),
  JWT_ACCESS_TTL_SECONDS: z.coerce.number().int().min(2).max(86400).default(900),
  REFRESH_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  INVITATION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(168),
  PLATFORM_ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  SEARCH_ENGINE: z.enum(['postgres', 'meilisearch']).default('postgres'),
  MEILI_URL: url(['http', 'https']).optional(),
  MEILI_API_KEY: z.string().optional(),
  SMTP_URL: url(['smtp', 'smtps']).optional(),
  MAIL_FROM: z.string().default('Gilde <no-reply@gilde.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(100_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  IP_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  CLIENT_PROFILE_VIEWS_PER_DAY: z.coerce.number().int().min(1).default(300),
  CLIENT_SEARCHES_PER_HOUR: z.coerce.number().int().min(1).default(120),
  CLIENT_SEARCHES_PER_DAY: z.coerce.number().int().min(1).default(600),
  TRUST_PROXY: trustProxy.default('false'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60000).default(250),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  MATCH_LIST_SIZE: z.coerce.number().int().min(10).max(10_000).default(50),
  NOTIFY_MAX_INSTANT_MATCH_EMAILS_PER_DAY: z.coerce.number().int().min(0).max(1000).default(3),
  NOTIFY_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(8),
  NOTIFY_SSE_HEARTBEAT_MS: z.coerce.number().int().min(1000).max(120_000).default(15_000),
});

export type Env = z.input<typeof envSchema>;
