import fc from 'fast-check';
import type { OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  ReferenceObject,
  RequestBodyObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { Response } from 'supertest';
import { Endpoint } from './endpoints';

/** The fixed seed of the hostile-input test: the same requests on every run, so a failure reproduces. */
export const SEED = 20261201;

/** A query parameter or body field as the OpenAPI document describes it. */
export interface Field {
  name: string;
  schema: SchemaObject;
}

/** A route as the router registers it, with the query parameters and JSON body fields its OpenAPI operation names. */
export interface Route extends Endpoint {
  query: Field[];
  /** The body's fields; null when the operation takes no JSON body. */
  body: Field[] | null;
}

/** Joins the router's endpoints with the OpenAPI document (`/cases/:id` is `/cases/{id}` there). */
export function describeRoutes(endpoints: Endpoint[], document: OpenAPIObject): Route[] {
  const schemas = document.components?.schemas ?? {};
  const resolve = (s: SchemaObject | ReferenceObject | undefined): SchemaObject =>
    ((s && '$ref' in s ? schemas[s.$ref.split('/').pop() as string] : s) ?? {}) as SchemaObject;
  return endpoints.map((e) => {
    const key = e.path.replace(/^\/api\/v1/, '').replace(/:([a-zA-Z]+)/g, '{$1}');
    const operation = (document.paths[key] as Record<string, OperationObject> | undefined)?.[
      e.method.toLowerCase()
    ];
    const parameters = (operation?.parameters ?? []) as ParameterObject[];
    const requestBody = operation?.requestBody as RequestBodyObject | undefined;
    const json = requestBody?.content['application/json'];
    const schema = json ? resolve(json.schema) : undefined;
    return {
      ...e,
      query: parameters
        .filter((p) => p.in === 'query')
        .map((p) => ({ name: p.name, schema: resolve(p.schema) })),
      body: schema
        ? Object.entries(schema.properties ?? {}).map(([name, s]) => ({ name, schema: resolve(s) }))
        : null,
    };
  });
}

/** One hostile request: where it goes, what it carries, and the hostile texts that must not come back. */
export interface HostileRequest {
  path: string;
  contentType?: string;
  body?: string | Buffer;
  /** The body is one the JSON parser must refuse (400, 413, 415) before any guard or handler sees it. */
  refusedByParser: boolean;
  sent: string[];
}

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

const unicodeEdge = fc.constantFrom(
  '\u202Egnirts\u202C-omgekeerd',
  'nul\u0000byte',
  '\uFEFFbyte-order-mark',
  'e\u0301\u0301\u0301\u0301\u0301',
  '👨‍👩‍👧‍👦 gezin',
  'zero\u200B\u200Dwidth',
  'ＦＵＬＬＷＩＤＴＨ',
  'lone\uD800surrogate',
  'İstanbul ıi',
  '𝕏'.repeat(40),
  'line\u2028separator\u0085',
  '\u0007\u001b[31mterminal',
);
const injection = fc.constantFrom(
  "' OR '1'='1' --",
  '"; DROP TABLE family_case; --',
  '<script>alert(document.cookie)</script>',
  '../../../../etc/passwd',
  '%s%s%n%x',
  '${process.env.SECRET}',
  '{{constructor.constructor("x")()}}',
  '\\u0000\\ud800',
);
/** Long texts: in a body up to beyond the body limit, in a URL within what a server takes in a request line. */
const longText = (max: number) => fc.integer({ min: Math.ceil(max / 4), max }).map((n) => 'Ω'.repeat(n));
const anyText = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 });
const hostileText = (long: number) => fc.oneof(unicodeEdge, injection, longText(long), anyText);

const badUuid = fc.oneof(
  fc.constantFrom(
    '12345',
    '00000000-0000-0000-0000-00000000000g',
    'ffffffff-ffff-ffff-ffff-ffffffffffff0',
    '{00000000-0000-4000-8000-000000000000}',
    'null',
    'undefined',
    '-1',
    '1e309',
    '..',
  ),
  hostileText(600),
);
const badDate = fc.constantFrom(
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '0001-01',
  '9999-12',
  '-271821-04',
  '+275760-09-13T00:00:00Z',
  '2026-03-02T25:61:00Z',
  '2026-03-02T09:00:00+99:00',
  '1e309',
  'Infinity',
  'NaN',
  '2026-W01',
  '2026-Q5',
);
const badNumber = fc.constantFrom('-1', '0', '1.5', '1e309', '-0', 'NaN', '99999999999999999999999', '0x10');
/** A value of the wrong type for any field (no request field takes null; the parser refuses it). */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'b'), fc.integer(), { maxKeys: 2 }),
  fc.constant(null),
);
const hostileValue = (long: number): fc.Arbitrary<unknown> =>
  fc.oneof(wrongType, hostileText(long), badDate, badUuid, badNumber);
/** A field name nobody declared: hostile text, or one of the prototype's names. */
const hostileKey = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS),
  hostileText(200),
  fc.constant('a'.repeat(65)),
);

/** Dates at the ends of what JavaScript can hold, well-formed: year 0, year 9999, year +275760. */
const extremeDate = fc
  .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d, new Date('0000-01-01T00:00:00Z'), new Date('9999-12-31T23:59:59Z')));

/**
 * A value of the field's own type and format at its edges: what the schema allows (its pattern, enum,
 * format, range) pushed to the extremes, where checks that only look at the shape give way.
 */
function edgeValue(schema: SchemaObject): fc.Arbitrary<unknown> {
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  if (schema.enum) return fc.constantFrom(...(schema.enum as unknown[]));
  if (schema.format === 'date-time') return extremeDate.map((d) => d.toISOString());
  if (schema.format === 'date') return extremeDate.map((d) => d.toISOString().replace(/T.*/, ''));
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.type === 'number' || schema.type === 'integer')
    return fc.constantFrom(
      Number.MAX_SAFE_INTEGER,
      -Number.MAX_SAFE_INTEGER,
      2 ** 31,
      -(2 ** 31) - 1,
      schema.minimum ?? 0,
      schema.maximum ?? 1e300,
    );
  if (schema.type === 'boolean') return fc.boolean();
  if (schema.type === 'array') return fc.array(fc.oneof(fc.uuid(), hostileText(100)), { maxLength: 200 });
  return fc.string({ unit: 'grapheme', minLength: schema.minLength ?? 0, maxLength: 300 });
}
const fieldValue = (schema: SchemaObject, long: number) => fc.oneof(edgeValue(schema), hostileValue(long));

/** Percent-encodes any text for a URL, an unpaired surrogate as the (invalid) UTF-8 bytes of its code unit. */
function encode(text: string): string {
  return [...text]
    .map((ch) =>
      /\p{Cs}/u.test(ch)
        ? `%ED%${(0xa0 | ((ch.charCodeAt(0) >> 6) & 0x1f)).toString(16).toUpperCase()}%${(0x80 | (ch.charCodeAt(0) & 0x3f)).toString(16).toUpperCase()}`
        : encodeURIComponent(ch),
    )
    .join('');
}

const asString = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** A query string: every declared parameter at its edges or hostile, one repeated or nested, or an undeclared name. */
function hostileQuery(fields: Field[]): fc.Arbitrary<{ query: string; sent: string[] }> {
  const declared = fields.length ? fields : [{ name: 'q', schema: {} }];
  const name = fc.constantFrom(...declared.map((f) => f.name));
  const all = fc
    .tuple(...declared.map((f) => fieldValue(f.schema, 1200).map(asString)))
    .map((values) => values.map((v, i) => [declared[i]?.name as string, v] as const));
  const pair = fc.oneof(
    fc.tuple(name, badDate, badDate).map(([k, a, b]) => ({ query: `${k}=${a}&${k}=${b}`, sent: [] })),
    fc
      .tuple(name, fc.constantFrom(...PROTOTYPE_KEYS, 'a', '0'))
      .map(([k, sub]) => ({ query: `${k}[${sub}]=x`, sent: [] })),
    fc.tuple(hostileKey, anyText).map(([k, v]) => ({ query: `${encode(k)}=${encode(v)}`, sent: [k, v] })),
  );
  return fc.oneof(
    all.map((entries) => ({
      query: entries.map(([k, v]) => `${k}=${encode(v)}`).join('&'),
      sent: entries.map(([, v]) => v),
    })),
    pair,
  );
}

interface Body {
  contentType: string;
  body: string | Buffer;
  sent: string[];
  refusedByParser?: true;
}
const JSON_TYPE = 'application/json';

/**
 * A JSON body with values for the declared fields, at their edges or hostile; `undeclared` adds a field
 * nobody declared, so that the body is refused even where every value happens to be acceptable.
 */
function hostileFields(fields: Field[], undeclared: boolean): fc.Arbitrary<Body> {
  const declared = fields.length ? fields : [{ name: 'reason', schema: {} }];
  return fc
    .tuple(
      fc
        .subarray(declared, { minLength: 1 })
        .chain((chosen) =>
          fc.tuple(...chosen.map((f) => fieldValue(f.schema, 60_000).map((v) => [f.name, v] as const))),
        ),
      undeclared ? fc.tuple(hostileKey, hostileValue(100)).map((e) => [e]) : fc.constant([]),
    )
    .map(([known, extra]) => {
      const entries = [...known, ...extra];
      const body = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
      return { contentType: JSON_TYPE, body, sent: entries.flatMap(([k, v]) => [k, asString(v)]) };
    });
}

/** Text that is no JSON object or array (the parser takes nothing else). */
function notJson(text: string): boolean {
  try {
    return typeof JSON.parse(text) !== 'object';
  } catch {
    return true;
  }
}

/** Bodies the parser must refuse before any route: not JSON, not UTF-8, not a JSON type, too deep, prototype keys. */
function hostileEnvelope(fields: Field[]): fc.Arbitrary<Body> {
  const field = fc.constantFrom(...(fields.length ? fields.map((f) => f.name) : ['reason']));
  return fc
    .oneof(
      fc
        .oneof(
          fc.constantFrom('{"a":', '{a:1}', "{'a':1}", '[1,2', '{"a":1}}', 'NaN', '{"a":01}', '\u0000'),
          anyText.filter(notJson),
        )
        .map((body) => ({ contentType: JSON_TYPE, body, sent: [body] })),
      fc
        .tuple(field, fc.uint8Array({ min: 0x80, max: 0xff, minLength: 1, maxLength: 8 }))
        .map(([f, bytes]) => ({
          contentType: JSON_TYPE,
          body: Buffer.concat([
            Buffer.from(`{"${f}":"`),
            Buffer.from(bytes),
            Buffer.from([0xff]),
            Buffer.from('"}'),
          ]),
          sent: [],
        })),
      fc
        .tuple(
          fc.constantFrom(
            'text/plain',
            'application/xml',
            'multipart/form-data; boundary=x',
            'application/x-www-form-urlencoded',
            'application/json; charset=utf-16',
            'application/json; charset=latin1',
          ),
          field,
        )
        .map(([contentType, f]) => ({ contentType, body: `{"${f}":"x"}`, sent: [] })),
      fc.tuple(fc.integer({ min: 33, max: 5000 }), fc.constantFrom('[', '{"a":')).map(([depth, open]) => ({
        contentType: JSON_TYPE,
        body: `${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}`,
        sent: [],
      })),
      fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), field, fc.boolean()).map(([key, f, nested]) => ({
        contentType: JSON_TYPE,
        body: nested ? `{"${f}":{"${key}":{"role":"admin"}}}` : `{"${key}":{"role":"admin"},"${f}":"x"}`,
        sent: [],
      })),
    )
    .map((b): Body => ({ ...b, refusedByParser: true }));
}

/** Numbers JSON.parse takes but no field should: beyond a double (Infinity), beyond 2^53, minus zero. */
function hostileNumbers(fields: Field[], undeclared: boolean): fc.Arbitrary<Body> {
  const field = fc.constantFrom(...(fields.length ? fields.map((f) => f.name) : ['reason']));
  return fc
    .tuple(field, fc.constantFrom('1e309', '-1e309', '123456789012345678901234567890', '-0'))
    .map(([f, n]) => ({
      contentType: JSON_TYPE,
      body: `{"${f}":${n}${undeclared ? ',"undeclared":1' : ''}}`,
      sent: [],
    }));
}

/**
 * Hostile requests for one route. `ids` fills path parameters with real rows; a write reaches a real row
 * only with a body that is refused whatever its values (a field nobody declared), so data stays as it was.
 */
export function hostileRequests(
  route: Route,
  ids: Record<string, string>,
  upload: boolean,
): fc.Arbitrary<HostileRequest> {
  const write = route.method !== 'GET';
  const realIds = !write || (route.body !== null && !upload);
  const params = [...route.path.matchAll(/:([a-zA-Z]+)/g)].map((m) => m[1] as string);
  const param = (name: string): fc.Arbitrary<string> => {
    const real = ids[`${route.path.match(new RegExp(`/(\\w+)/:${name}`))?.[1]}:${name}`];
    const missing = fc.uuid({ version: 4 });
    return realIds && real ? fc.oneof(fc.constant(real), missing, badUuid) : fc.oneof(missing, badUuid);
  };
  const fields = route.body ?? [];
  // A write without a JSON body mostly gets a body the parser refuses: its handler (a log-out, an
  // enrolment) only runs now and then, on a hostile path or query.
  const body: fc.Arbitrary<Body | null> = !write
    ? fc.constant(null)
    : route.body === null
      ? fc.option(hostileEnvelope(fields), { freq: 4 })
      : fc.oneof(
          hostileFields(fields, params.length > 0),
          hostileNumbers(fields, params.length > 0),
          hostileEnvelope(fields),
        );
  return fc
    .tuple(fc.tuple(...params.map(param)), fc.option(hostileQuery(route.query), { freq: 2 }), body)
    .map(([values, query, b]) => {
      let path = route.path;
      params.forEach((name, i) => (path = path.replace(`:${name}`, encode(values[i] as string))));
      return {
        path: query ? `${path}?${query.query}` : path,
        ...(b ? { contentType: b.contentType, body: b.body } : {}),
        refusedByParser: !upload && b?.refusedByParser === true,
        sent: [...values, ...(query?.sent ?? []), ...(b?.sent ?? [])],
      };
    });
}

const STACK = /\bat [\w.<>]+ \(|node_modules|\.ts:\d+|Error: /;
const SQL =
  /\b(select|insert|update|delete)\b[\s\S]*\b(from|into|set)\b|QueryFailedError|syntax error at|violates|relation "/i;
/** Names in invalidParams: a plain identifier path, each part at most 64 characters. */
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}(\.[A-Za-z0-9_]{1,64})*$/;

/** What is wrong with an answer to a hostile request; empty when it is a clean refusal (or a clean answer). */
export function faultsOf(res: Response, { sent, refusedByParser }: HostileRequest): string[] {
  const faults: string[] = [];
  if (res.status >= 500) faults.push(`status ${res.status}`);
  if (refusedByParser && ![400, 413, 415].includes(res.status))
    faults.push(`${res.status}, not refused by the parser`);
  if (res.status < 400) return faults;
  const body = res.body as Record<string, unknown>;
  if (!/^application\/problem\+json/.test(String(res.headers['content-type'])))
    faults.push(`content type ${res.headers['content-type']}`);
  if (typeof body.type !== 'string' || typeof body.title !== 'string' || body.status !== res.status)
    faults.push('no type/title/status');
  if (STACK.test(res.text)) faults.push('a stack trace');
  if (SQL.test(res.text)) faults.push('SQL');
  const told = [
    body.title,
    body.detail,
    ...((body.invalidParams as { reason: string }[] | undefined) ?? []).map((p) => p.reason),
  ].filter((x): x is string => typeof x === 'string');
  for (const text of sent.filter((s) => s.length >= 4 && !/^[\w-]+$/.test(s))) {
    if (told.some((t) => t.includes(text))) faults.push(`echoes ${JSON.stringify(text.slice(0, 40))}`);
  }
  for (const p of (body.invalidParams as { name: string }[] | undefined) ?? []) {
    if (!PARAM_NAME.test(p.name)) faults.push(`names the field ${JSON.stringify(p.name.slice(0, 40))}`);
  }
  return faults;
}
