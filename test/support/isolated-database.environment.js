/**
 * Each test file gets its own database, cloned from the migrated test template (taxonomy
 * included) and dropped afterwards. Files that run a worker relay and process only their
 * own outbox events, and "nothing changed" checks see only their own writes.
 */
const { TestEnvironment } = require('jest-environment-node');
const { Client } = require('pg');

const TEMPLATE_URL =
  process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/gilde_test';
/** The lock global-setup.ts holds exclusively while it migrates (or rebuilds) the template. */
const TEMPLATE_LOCK_KEY = 7351029115;
let counter = 0;

function adminUrl() {
  const url = new URL(TEMPLATE_URL);
  url.pathname = '/postgres';
  return url.toString();
}

async function withAdmin(fn) {
  const client = new Client({ connectionString: adminUrl(), application_name: 'gilde-test-env' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

class IsolatedDatabaseEnvironment extends TestEnvironment {
  async setup() {
    await super.setup();
    const template = new URL(TEMPLATE_URL).pathname.slice(1);
    this.databaseName = `${template}_f${process.pid}_${++counter}`;
    await withAdmin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${this.databaseName}" WITH (FORCE)`);
      // Another run may be preparing the template right now: copy it once that is done.
      await client.query(`SET lock_timeout = '180s'`);
      await client.query('SELECT pg_advisory_lock_shared($1)', [TEMPLATE_LOCK_KEY]);
      // The template must be idle while it is copied; another file may be cloning it right now.
      for (let attempt = 0; ; attempt++) {
        try {
          await client.query(`CREATE DATABASE "${this.databaseName}" TEMPLATE "${template}"`);
          break;
        } catch (err) {
          if (!/being accessed by other users/.test(err.message) || attempt >= 100) throw err;
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 100));
        }
      }
    });
    const url = new URL(TEMPLATE_URL);
    url.pathname = `/${this.databaseName}`;
    this.global.process.env.GILDE_TEST_DATABASE_URL = url.toString();
    // Jest runs setupFiles (test-env.ts) before this setup, so point DATABASE_URL here too.
    this.global.process.env.DATABASE_URL = url.toString();
  }

  async teardown() {
    if (this.databaseName) {
      await withAdmin((client) =>
        client.query(`DROP DATABASE IF EXISTS "${this.databaseName}" WITH (FORCE)`),
      ).catch((err) => console.warn(`Could not drop ${this.databaseName}: ${err.message}`));
    }
    await super.teardown();
  }
}

module.exports = IsolatedDatabaseEnvironment;
