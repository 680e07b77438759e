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
});
