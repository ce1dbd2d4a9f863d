import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { OpenAPI3, astToString } from 'openapi-typescript';
import { createApiApp } from '../apps/api/src/bootstrap/create-api-app';

/** Where the web UI keeps its generated API types (committed; a test checks they are current). */
export const WEB_SCHEMA_PATH = join(__dirname, '..', 'apps/web/src/api/schema.d.ts');

/** Boots the API app without listening and asks it for its OpenAPI document. */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const app = await createApiApp({ webDist: '/nonexistent', bufferLogs: true });
  try {
    await app.init();
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.ready();
    const res = await fastify.inject({ method: 'GET', url: '/api/docs-json' });
    if (res.statusCode !== 200) throw new Error(`/api/docs-json answered ${res.statusCode}`);
    return JSON.parse(res.body) as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

const HEADER =
  "/**\n * Generated from the Gilde API's OpenAPI document by `npm run api:generate`.\n" +
  ' * Do not edit by hand: a test fails when this file and the API disagree.\n */\n\n';

/** Renders the document to TypeScript types for openapi-fetch. */
export async function renderSchemaTypes(document: Record<string, unknown>): Promise<string> {
  const nodes = await openapiTS(document as unknown as OpenAPI3, { alphabetize: true });
  return HEADER + astToString(nodes);
}

export async function generateSchemaTypes(): Promise<string> {
  return renderSchemaTypes(await buildOpenApiDocument());
}

// `--stdout` prints instead of writing: the drift test compares without touching the tree.
if (require.main === module) {
  generateSchemaTypes()
    .then((types) => {
      if (process.argv.includes('--stdout')) {
        process.stdout.write(types, () => process.exit(0));
        return;
      }
      writeFileSync(WEB_SCHEMA_PATH, types);
      console.log(`Wrote ${WEB_SCHEMA_PATH}`);
      process.exit(0);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}
