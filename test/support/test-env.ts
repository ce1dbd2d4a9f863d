/**
 * Environment for every test process: its own database (never the demo one), quiet logs,
 * and a Redis key prefix per test file so files never share queues or limits.
 */
process.env.NODE_ENV = 'test';
// The per-file clone made by isolated-database.environment.js; the template otherwise (global setup).
process.env.DATABASE_URL =
  process.env.GILDE_TEST_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/gilde_test';
process.env.REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
process.env.JWT_SECRET = process.env.JWT_SECRET ?? 'test-secret-0123456789abcdef0123456789';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
// Per test file, not per jest worker: a worker runs files one after another, and Redis state one
// file leaves (failed sign-ins counted per IP, rate-limit buckets) must not reach the next.
process.env.QUEUE_PREFIX = `gilde-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
process.env.WORKER_METRICS_PORT = '0';
process.env.API_METRICS_PORT = '0';
process.env.PLATFORM_ADMIN_EMAILS = 'platform-admin@gilde.test';
process.env.OUTBOX_POLL_MS = '20';
// Tests create many accounts from one IP; the auth throttle has its own test.
process.env.AUTH_RATE_LIMIT_PER_MINUTE ??= '100000';
process.env.RATE_LIMIT_PER_MINUTE ??= '100000';
process.env.IP_RATE_LIMIT_PER_MINUTE ??= '100000';
delete process.env.SMTP_URL;
if (process.env.SEARCH_ENGINE !== 'meilisearch') process.env.SEARCH_ENGINE = 'postgres';
