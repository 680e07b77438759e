import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { TestApp, createTestApp } from './support/test-app';

const RULESET = join(__dirname, 'support/nlgov-adr.spectral.yaml');
const SPECTRAL = require.resolve('@stoplight/spectral-cli/dist/index.js');

interface SpectralResult {
  code: string;
  message: string;
  path: string[];
  severity: number;
}

/** Runs the Logius API Design Rules linter (Spectral) on a document; returns every finding. */
async function adrFindings(document: unknown): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tafel-openapi-'));
  try {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const output = join(dir, 'findings.json');
    await promisify(execFile)(process.execPath, [
      SPECTRAL,
      'lint',
      '-r',
      RULESET,
      '-f',
      'json',
      '-o',
      output,
      '--fail-severity',
      'error',
      '-q',
      file,
    ]).catch((error: { code?: number }) => {
      // Exit code 1 means: findings (written to the output file); anything else is a broken run.
      if (error.code !== 1) throw error;
    });
    const findings = JSON.parse(readFileSync(output, 'utf8')) as SpectralResult[];
    return findings.map((f) => `${f.code}: ${f.message} — ${f.path.join('.')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the OpenAPI document against the Dutch API Design Rules', () => {
  let t: TestApp;
  let document: Record<string, unknown>;

  beforeAll(async () => {
    t = await createTestApp();
    document = (await request(t.app.getHttpServer()).get('/api/v1/openapi.json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('passes the Logius ADR linter without errors or warnings', async () => {
    expect(await adrFindings(document)).toEqual([]);
  });

  it('is checked by a linter that does find violations (the same document without its version header)', async () => {
    const broken = JSON.parse(JSON.stringify(document)) as {
      paths: Record<string, Record<string, { responses: Record<string, { headers?: object }> }>>;
      servers?: unknown;
    };
    delete broken.paths['/cases']['get'].responses['200'].headers;
    delete broken.servers;
    const findings = await adrFindings(broken);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^nlgov:missing-header: .*paths\.\/cases\.get\.responses\.200$/),
        expect.stringMatching(/^oas3-api-servers: /),
      ]),
    );
  });

  it('documents each operation with the status it really answers and problem+json for errors', () => {
    const paths = document['paths'] as Record<string, Record<string, { responses: Record<string, object> }>>;
    expect(Object.keys(paths['/auth/logout']['post'].responses)).toContain('204');
    expect(Object.keys(paths['/cases']['post'].responses)).toContain('201');
    expect(paths['/cases/{id}']['get'].responses['404']).toEqual({
      description: expect.any(String),
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    });
    expect(document['servers']).toEqual([{ url: '/api/v1' }]);
  });

  describe('says what the API really does', () => {
    interface Operation {
      parameters?: { name: string; in: string; schema: { type?: string; format?: string } }[];
      requestBody?: { required?: boolean; content: Record<string, { schema: object }> };
      responses: Record<string, object>;
    }
    const op = (path: string, method: string) =>
      (document['paths'] as Record<string, Record<string, Operation>>)[path][method];
    const codes = (path: string, method: string) => Object.keys(op(path, method).responses);
    const pathParams = (path: string, method: string) =>
      Object.fromEntries(
        (op(path, method).parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, p.schema]),
      );

    it('types an optional, nullable text as a string (a `string | null` property is no object)', () => {
      const schemas = (document['components'] as { schemas: Record<string, { properties: object }> }).schemas;
      expect(schemas['RsvpDto'].properties).toMatchObject({
        declineReason: { type: 'string', maxLength: 300, nullable: true },
      });
    });

    it('names the 404 and 409 the emergency-access and verslag routes answer', () => {
      expect(codes('/cases/{id}/emergency-access', 'post')).toEqual(expect.arrayContaining(['404', '409']));
      expect(codes('/emergency-accesses/{id}/review', 'put')).toContain('404');
      for (const [path, method] of [
        ['/tafels/{id}/verslag', 'get'],
        ['/tafels/{id}/verslag', 'put'],
        ['/tafels/{id}/verslag/adopt', 'post'],
        ['/tafels/{id}/verslag/replies', 'post'],
        ['/tafels/{id}/verslag/pdf', 'get'],
      ])
        expect([path, method, op(path, method).responses['409']]).toEqual([
          path,
          method,
          {
            description: expect.any(String),
            content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          },
        ]);
    });

    it('describes the plan attachment upload: a binary body of at most 10 MB, 413 and 415', () => {
      const upload = op('/cases/{id}/plan/attachments', 'post');
      const binary = { schema: { type: 'string', format: 'binary', maxLength: 10 * 1024 * 1024 } };
      expect(upload.requestBody).toMatchObject({
        required: true,
        content: {
          'application/pdf': binary,
          'image/png': binary,
          'image/jpeg': binary,
          'application/octet-stream': binary,
        },
      });
      expect(codes('/cases/{id}/plan/attachments', 'post')).toEqual(
        expect.arrayContaining(['201', '413', '415']),
      );
    });

    it('marks the path ids the API checks as UUIDs with format uuid, and no other path parameter', () => {
      const uuid = { type: 'string', format: 'uuid' };
      expect(pathParams('/cases/{id}', 'get')).toEqual({ id: uuid });
      expect(pathParams('/cases/{id}/members/{memberId}/consent', 'put')).toEqual({
        id: uuid,
        memberId: uuid,
      });
      expect(pathParams('/emergency-accesses/{id}/review', 'put')).toEqual({ id: uuid });
      expect(pathParams('/handovers/{handoverId}/accept', 'post')).toEqual({ handoverId: uuid });
      expect(pathParams('/cases/{id}/plan/attachments/{attachmentId}', 'get')).toEqual({
        id: uuid,
        attachmentId: uuid,
      });
      // A version number, an invitation token, a metric and a period are not UUIDs.
      expect(pathParams('/cases/{id}/plan/versions/{number}', 'get')).toEqual({
        id: uuid,
        number: { type: 'string' },
      });
      expect(pathParams('/invitations/{token}', 'get')).toEqual({ token: { type: 'string' } });
      expect(pathParams('/monitor/duiding/{period}', 'get')).toEqual({ period: { type: 'string' } });
      // Every other path parameter named like an id is a UUID the API checks.
      const paths = document['paths'] as Record<string, Record<string, Operation>>;
      const notUuid = Object.entries(paths).flatMap(([path, item]) =>
        Object.entries(item).flatMap(([method, operation]) =>
          (operation.parameters ?? [])
            .filter((p) => p.in === 'path' && /^(id|\w+Id)$/.test(p.name) && p.schema.format !== 'uuid')
            .map((p) => `${method} ${path} ${p.name}`),
        ),
      );
      expect(notUuid).toEqual([]);
    });

    it('documents adding a professional to a case with the 201 it answers', () => {
      expect(codes('/cases/{id}/professionals', 'post')).toContain('201');
      expect(codes('/cases/{id}/professionals', 'post')).not.toContain('200');
    });

    it("documents ending a professional's membership: 204 without a body, 404 and 409, both ids UUIDs", () => {
      const path = '/cases/{id}/professionals/{userId}';
      expect(codes(path, 'delete')).toEqual(expect.arrayContaining(['204', '404', '409']));
      expect(codes(path, 'delete')).not.toContain('200');
      expect(pathParams(path, 'delete')).toEqual({
        id: { type: 'string', format: 'uuid' },
        userId: { type: 'string', format: 'uuid' },
      });
    });
  });
});
