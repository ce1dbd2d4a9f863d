import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiHarness, startApi } from '@gilde/testing';

const ROOT = join(__dirname, '..', '..');
/** The HTTP contract, kept beside the repository with the other product documents. */
const API_MD = join(ROOT, '..', 'shared', 'API.md');
const PREFIX = '/api/v1';

type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
};
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
  components: { schemas: Record<string, Schema> };
}

/** Every non-test TypeScript file of the API: the libraries and the app. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(e2e-)?spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Class name → the files declaring a class of that name. */
function classDeclarations(files: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:export\s+)?(?:abstract\s+)?class\s+(\w+)/gm)) {
      out.set(m[1], [...(out.get(m[1]) ?? []), relative(ROOT, file)]);
    }
  }
  return out;
}

interface DocumentedRoute {
  method: string;
  /** As in the OpenAPI document: `/api/v1/assignments/{id}/publish`. */
  path: string;
  /** The API.md text it came from, for the failure message. */
  source: string;
}

const METHOD = /^(GET|POST|PUT|PATCH|DELETE)(?:\s+(\/\S*))?$/;

function openApiPath(route: string): string {
  const path = route.split('?')[0].replace(/:(\w+)/g, '{$1}');
  return path === '/metrics' ? path : `${PREFIX}${path}`;
}

/**
 * The routes named in one cell of API.md. Alternatives are separated by `·`: a bare suffix
 * (`/close`) replaces the last segment of the route before it and keeps its method; a bare
 * method (`GET` · `PUT /me/...`) takes the path that follows. Backticked bodies (`{...}`) are
 * skipped.
 */
function routesIn(text: string): DocumentedRoute[] {
  const out: DocumentedRoute[] = [];
  let method: string | null = null;
  let path: string | null = null;
  let pending: string[] = [];
  for (const [, token] of text.matchAll(/`([^`]+)`/g)) {
    const m = METHOD.exec(token.trim());
    if (m && m[2]) {
      method = m[1];
      path = m[2];
      for (const p of [...pending, method]) out.push({ method: p, path, source: text });
      pending = [];
    } else if (m) {
      pending.push(m[1]);
    } else if (token.startsWith('/') && method && path) {
      const base: string = path.split('?')[0].replace(/\/[^/]+$/, '');
      path = `${base}${token.trim()}`;
      out.push({ method, path, source: text });
    }
  }
  return out.map((r) => ({ ...r, path: openApiPath(r.path) }));
}

/** The routes of API.md's tables (first cell of each row) and of its Operations section. */
/**
 * API.md's "Next capabilities" part is the contract of work still to come; a section of it is
 * held to the document once it is built and named here.
 */
const BUILT_NEXT_SECTIONS: string[] = ['Accounts'];

function documentedRoutes(markdown: string): DocumentedRoute[] {
  const lines = markdown.split('\n');
  const routes: DocumentedRoute[] = [];
  let operations = false;
  let next = false;
  let skipped = false;
  for (const line of lines) {
    if (line.startsWith('# ')) next = /next capabilities/i.test(line);
    if (line.startsWith('## ')) {
      operations = /operations/i.test(line);
      skipped = next && !BUILT_NEXT_SECTIONS.includes(line.slice(3).trim());
    }
    if (skipped) continue;
    if (line.startsWith('|')) {
      // The first cell; `\|` inside it is an escaped pipe, not a cell border.
      const cell = line.slice(1).split(/(?<!\\)\|/)[0];
      routes.push(...routesIn(cell));
    } else if (operations) {
      routes.push(...line.split(',').flatMap((part) => routesIn(part)));
    }
  }
  return routes;
}

/** Every schema the responses of the document can contain, with a path naming where. */
function responseSchemas(doc: OpenApiDocument): { where: string; schema: Schema }[] {
  const out: { where: string; schema: Schema }[] = [];
  const seen = new Set<string>();
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const schema = node as Schema;
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.split('/').pop() as string;
      if (seen.has(name)) return;
      seen.add(name);
      return visit(doc.components.schemas[name], name);
    }
    out.push({ where, schema });
    for (const [key, child] of Object.entries(schema)) {
      visit(child, key === 'properties' || key === 'items' ? where : `${where}.${key}`);
    }
  };
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      visit(operation.responses ?? {}, `${method.toUpperCase()} ${path}`);
    }
  }
  return out;
}

/**
 * `*Id` fields that name something other than one of our objects. vatId is the VAT
 * identification number (NL123456789B01) printed on invoices and contracts.
 */
const NOT_OBJECT_IDS = new Set(['vatId', 'clientId']);

describe('the OpenAPI document', () => {
  let api: ApiHarness;
  let doc: OpenApiDocument;

  beforeAll(async () => {
    api = await startApi();
    const res = await api.http.get('/api/docs-json');
    expect(res.status).toBe(200);
    doc = res.body as OpenApiDocument;
  });
  afterAll(async () => {
    await api.close();
  });

  it('gives every DTO and view class its own name, so each schema describes one class', () => {
    // The generator keys schemas by class name: two classes of one name share one schema, and
    // the document (and the web client generated from it) describes one of them wrongly.
    const files = [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps/api/src'))];
    const swaggerFiles = files.filter((f) => readFileSync(f, 'utf8').includes("'@nestjs/swagger'"));
    const duplicates = [...classDeclarations(swaggerFiles)].filter(([, where]) => where.length > 1);
    expect(duplicates).toEqual([]);

    const everywhere = classDeclarations(files);
    const schemas = Object.keys(doc.components.schemas);
    expect(schemas.length).toBeGreaterThan(50);
    const ambiguous = schemas
      .map((name) => ({ name, declaredIn: everywhere.get(name) ?? [] }))
      .filter((s) => s.declaredIn.length !== 1);
    expect(ambiguous).toEqual([]);
  });

  it('lists every error code and answers the errors of every operation with the error body', () => {
    const code = (doc.components.schemas.ErrorBody.properties as Record<string, Schema>).code;
    expect(code.enum).toEqual(
      expect.arrayContaining(['validation_failed', 'not_found', 'forbidden', 'unauthenticated']),
    );
    expect(code.enum).toEqual([...(code.enum as string[])].sort());
    // Each library's own codes, declared in its *.errors.ts, are listed too.
    expect(code.enum).toEqual(
      expect.arrayContaining([
        'email_taken',
        'response_exists',
        'rate_card_exceeded',
        'profile_missing',
        'stream_token_used',
        'search_unavailable',
      ]),
    );
    const fieldCode = (doc.components.schemas.FieldError.properties as Record<string, Schema>)
      .code as { description?: string };
    expect(fieldCode.description).toContain('`weak_password` (identity)');
    expect(fieldCode.description).toContain('`weights_total` (matching)');
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        expect({ path, method, errors: operation.responses?.['4XX'] }).toEqual({
          path,
          method,
          errors: expect.objectContaining({
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
          }),
        });
      }
    }
  });

  it('describes OwnProfileView.preferences as the profile preferences, not the notification ones', () => {
    const own = doc.components.schemas.OwnProfileView.properties ?? {};
    const ref = (own.preferences.$ref ?? '').split('/').pop() as string;
    const properties = Object.keys(doc.components.schemas[ref]?.properties ?? {}).sort();
    expect({ ref, properties }).toEqual({
      ref: 'ProfileNotificationPreferencesView',
      properties: ['notify', 'sectors'],
    });
  });

  // The contract lives beside the repository; a checkout without it cannot compare.
  const withContract = existsSync(API_MD) ? it : it.skip;
  if (!existsSync(API_MD)) console.warn(`Skipping the API.md route check: ${API_MD} not found`);

  withContract('has every route of API.md', async () => {
    const routes = documentedRoutes(readFileSync(API_MD, 'utf8'));
    // The parser understood the alternatives (`·`) and the operations section.
    expect(routes.length).toBeGreaterThanOrEqual(50);
    for (const expected of [
      { method: 'POST', path: `${PREFIX}/assignments/{id}/reopen` },
      { method: 'POST', path: `${PREFIX}/contracts/{id}/terminate` },
      { method: 'GET', path: `${PREFIX}/contracts/{id}` },
      { method: 'GET', path: `${PREFIX}/me/notification-preferences` },
      { method: 'PUT', path: `${PREFIX}/me/notification-preferences` },
      { method: 'GET', path: `${PREFIX}/health/ready` },
      { method: 'GET', path: '/metrics' },
    ]) {
      expect(routes).toContainEqual(expect.objectContaining(expected));
    }

    const missing = routes
      .filter((r) => r.path !== '/metrics')
      .filter((r) => !doc.paths[r.path]?.[r.method.toLowerCase()])
      .map((r) => `${r.method} ${r.path}   (from: ${r.source.trim().slice(0, 80)})`);
    expect(missing).toEqual([]);

    // The Prometheus endpoint is deliberately outside the document: it is served on
    // 127.0.0.1:API_METRICS_PORT, not on the API's port (test/e2e/http-health.e2e-spec.ts).
    expect((await api.http.get('/metrics')).status).toBe(404);
  });

  it('declares every id in a response as a UUID', () => {
    const offenders: string[] = [];
    for (const { where, schema } of responseSchemas(doc)) {
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (NOT_OBJECT_IDS.has(name)) continue;
        const single = name === 'id' || name.endsWith('Id');
        const list = name.endsWith('Ids');
        const target = list ? property.items : single ? property : undefined;
        if (target && target.type === 'string' && target.format !== 'uuid') {
          offenders.push(`${where}.${name}`);
        }
        if (single && target?.type && target.type !== 'string') {
          offenders.push(`${where}.${name} (a ${target.type}: ids are UUID strings)`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
