import { randomUUID } from 'node:crypto';
import { PASSWORD } from '@gilde/testing';

/**
 * Builds hostile requests from the OpenAPI document: a plausible body per route (from the
 * schema's examples, enums, formats and bounds) and, for every property at any depth, copies
 * of it with that property replaced by a hostile value. New routes and fields are covered
 * without listing them anywhere.
 */

export type Schema = {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
};

export interface Operation {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** Ids of objects the suite created, by kind ("organisation", "contract", ...). */
export type KnownIds = Record<string, string>;

/** A request body as raw JSON text, so bodies that are not valid JSON can be sent too. */
export interface Variant {
  /** Where the hostile value went and what it was, for failure messages. */
  label: string;
  body: string;
}

/** The body text sent to prove a bad request reaches validation, not the body limit. */
const LONG = 'x'.repeat(20_000);
/** Beyond BODY_LIMIT_BYTES (100 kB by default): the body limit answers, never a handler. */
const HUGE = 'x'.repeat(100_000);

function pollutedObject(key: '__proto__' | 'constructor'): unknown {
  // JSON.parse makes "__proto__" an own property, as a client's JSON would.
  return JSON.parse(
    key === '__proto__'
      ? '{"__proto__": {"isAdmin": true}}'
      : '{"constructor": {"prototype": {"isAdmin": true}}}',
  );
}

/** Replacement values for one property: wrong types, edge numbers, sizes, nesting, pollution. */
export const HOSTILE_VALUES: [string, () => unknown][] = [
  ['null', () => null],
  ['[]', () => []],
  ['{}', () => ({})],
  ['[[]]', () => [[]]],
  ['20k-char string', () => LONG],
  ['100k-char string', () => HUGE],
  ['""', () => ''],
  ['NUL byte', () => 'a\u0000b'],
  ['"NaN"', () => 'NaN'],
  ['"1e309"', () => '1e309'],
  ['-1', () => -1],
  ['1.5', () => 1.5],
  ['1e308', () => 1e308],
  ['true', () => true],
  ['__proto__ object', () => pollutedObject('__proto__')],
  ['constructor object', () => pollutedObject('constructor')],
];

/** Whole bodies that are not a JSON object. */
export const HOSTILE_BODIES: Variant[] = [
  { label: 'body null', body: 'null' },
  { label: 'body []', body: '[]' },
  { label: 'body [[]]', body: '[[]]' },
  { label: 'body [{}]', body: '[{}]' },
  { label: 'body "x"', body: '"x"' },
  { label: 'body 42', body: '42' },
  { label: 'body true', body: 'true' },
  { label: 'body {}', body: '{}' },
  { label: 'broken JSON', body: '{"a": ' },
  { label: 'empty body', body: '' },
  { label: 'body with __proto__', body: '{"__proto__": {"isAdmin": true}}' },
  { label: 'body with constructor', body: '{"constructor": {"prototype": {"isAdmin": true}}}' },
];

export class SchemaWalker {
  constructor(
    private readonly doc: OpenApiDocument,
    private readonly ids: KnownIds,
  ) {}

  /** Follows $ref and single-element allOf (how @nestjs/swagger describes a nested DTO). */
  resolve(schema: Schema | undefined): Schema {
    let s: Schema = schema ?? {};
    for (let depth = 0; depth < 20; depth++) {
      if (s.$ref) {
        const name = s.$ref.split('/').pop() as string;
        s = { ...this.doc.components.schemas[name] };
      } else if (s.allOf?.length === 1) {
        const { allOf, ...rest } = s;
        s = { ...this.resolve(allOf[0]), ...rest };
      } else {
        return s;
      }
    }
    return s;
  }

  /** A plausible valid value: most requests then fail on the one property made hostile. */
  sample(schema: Schema | undefined, name: string, depth = 0): unknown {
    const s = this.resolve(schema);
    if (depth > 6) return undefined;
    if (s.enum?.length) return s.default ?? s.enum[0];
    if (s.type === 'object' || s.properties) {
      const out: Record<string, unknown> = {};
      for (const [key, prop] of Object.entries(s.properties ?? {})) {
        const value = this.sample(prop, key, depth + 1);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    if (s.type === 'array') {
      const item = this.sample(s.items, name, depth + 1);
      if (Array.isArray(s.example) && !this.resolve(s.items).properties) return s.example;
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => item);
    }
    if (s.type === 'number' || s.type === 'integer') {
      const value = s.default ?? s.example ?? s.minimum ?? 1;
      return typeof value === 'number' && s.maximum !== undefined
        ? Math.min(value, s.maximum)
        : value;
    }
    if (s.type === 'boolean') return s.default ?? true;
    if (s.type === 'string') return this.sampleString(s, name);
    return s.example;
  }

  private sampleString(s: Schema, name: string): string {
    const isDate =
      s.format === 'date' ||
      (typeof s.example === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.example));
    if (isDate) {
      // Examples are fixed dates that fall into the past; starts soon, ends later.
      const later = /^(end|to|validUntil)|End|Until$/.test(name);
      return new Date(Date.now() + (later ? 210 : 30) * 86_400_000).toISOString().slice(0, 10);
    }
    if (s.format === 'uuid' || /Id$/.test(name)) {
      return this.ids[name.replace(/Id$/, '')] ?? randomUUID();
    }
    if (name === 'email' || s.format === 'email')
      return `sweep-${randomUUID().slice(0, 8)}@example.test`;
    if (name === 'password') return PASSWORD;
    let text = typeof s.example === 'string' ? s.example : 'A sweep value of reasonable length';
    if (s.minLength && text.length < s.minLength) text = text.padEnd(s.minLength, '.');
    return s.maxLength ? text.slice(0, s.maxLength) : text;
  }

  /** Every position in a body (object properties and array items, at any depth). */
  positions(schema: Schema, prefix: (string | number)[] = [], depth = 0): (string | number)[][] {
    const s = this.resolve(schema);
    if (depth > 6) return [];
    if (s.type === 'array') {
      const item = [...prefix, 0];
      return [item, ...this.positions(s.items ?? {}, item, depth + 1)];
    }
    return Object.entries(s.properties ?? {}).flatMap(([key, prop]) => {
      const at = [...prefix, key];
      return [at, ...this.positions(prop, at, depth + 1)];
    });
  }

  /** The objects of a body (the root and nested ones), where unknown keys can be slipped in. */
  objectPositions(
    schema: Schema,
    prefix: (string | number)[] = [],
    depth = 0,
  ): (string | number)[][] {
    const s = this.resolve(schema);
    if (depth > 6) return [];
    if (s.type === 'array') return this.objectPositions(s.items ?? {}, [...prefix, 0], depth + 1);
    if (!s.properties) return [];
    return [
      prefix,
      ...Object.entries(s.properties).flatMap(([key, prop]) =>
        this.objectPositions(prop, [...prefix, key], depth + 1),
      ),
    ];
  }

  /** The plausible body, then one hostile variant per position and value, then bad bodies. */
  variants(schema: Schema): { base: string; variants: Variant[] } {
    const base = this.sample(schema, 'body');
    const variants: Variant[] = [];
    for (const at of this.positions(schema)) {
      for (const [label, make] of HOSTILE_VALUES) {
        variants.push({
          label: `${pathText(at)} = ${label}`,
          body: JSON.stringify(setAt(base, at, make())),
        });
      }
    }
    for (const at of this.objectPositions(schema)) {
      for (const [key, value] of [
        ['__proto__', { isAdmin: true }],
        ['constructor', { prototype: { isAdmin: true } }],
        ['unknownField', 'x'],
      ] as const) {
        const target = at.length ? getAt(base, at) : base;
        if (target === null || typeof target !== 'object' || Array.isArray(target)) continue;
        // Spliced into the JSON text: a JavaScript object would treat "__proto__" as its prototype.
        const inner = JSON.stringify(target);
        const extra = `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
        const spliced = inner === '{}' ? `{${extra}}` : `{${extra}, ${inner.slice(1)}`;
        const marker = `"__sweep_${randomUUID()}"`;
        const text = JSON.stringify(at.length ? setAt(base, at, marker) : marker).replace(
          JSON.stringify(marker),
          spliced,
        );
        variants.push({ label: `${pathText(at) || 'body'} with key ${key}`, body: text });
      }
    }
    return { base: JSON.stringify(base), variants: [...variants, ...HOSTILE_BODIES] };
  }
}

export function pathText(at: (string | number)[]): string {
  return at.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');
}

function getAt(value: unknown, at: (string | number)[]): unknown {
  return at.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
    value,
  );
}

/** A copy of the body with the value at the position replaced (containers created as needed). */
function setAt(body: unknown, at: (string | number)[], value: unknown): unknown {
  if (!at.length) return value;
  const [head, ...rest] = at;
  const container: Record<string | number, unknown> | unknown[] =
    typeof head === 'number'
      ? Array.isArray(body)
        ? [...body]
        : []
      : body !== null && typeof body === 'object' && !Array.isArray(body)
        ? { ...(body as Record<string, unknown>) }
        : {};
  const current = (container as Record<string | number, unknown>)[head];
  (container as Record<string | number, unknown>)[head] = setAt(current, rest, value);
  return container;
}

/** Query values that break naive parsing; repeated and bracketed names are added per parameter. */
export const HOSTILE_QUERY_VALUES: [string, string][] = [
  ['NaN', 'NaN'],
  ['1e309', '1e309'],
  ['-1', '-1'],
  ['0', '0'],
  ['1.5', '1.5'],
  ['2^53+1', '9007199254740993'],
  ['empty', ''],
  ['8k-char string', 'x'.repeat(8_000)],
  ['true', 'true'],
  ['not a uuid', 'not-a-uuid'],
  ['null', 'null'],
  ['SQL-looking', "' OR 1=1 --"],
  ['NUL byte', 'a\u0000b'],
];
