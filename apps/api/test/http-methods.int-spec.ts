import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { TEST_PASSWORD, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

/** NLGov API Design Rules on paths and methods: no trailing slash (API-48), 405 with Allow for a known path. */
describe('paths and methods', () => {
  let t: TestApp;
  let webRoot: string;
  let agent: Awaited<ReturnType<typeof loginAs>>;
  let caseId: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'tafel-web-'));
    writeFileSync(join(webRoot, 'index.csr.html'), '<!doctype html><title>Tafel</title>');
    writeFileSync(join(webRoot, 'favicon.ico'), 'icon');
    t = await createTestApp({ WEB_ROOT: webRoot });
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    caseId = (await makeCase(t.dataSource, coordinator)).id;
    agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const expectProblem = (res: request.Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, code });
  };

  it('answers a path with a trailing slash 404, the path without it as usual', async () => {
    expect((await agent.get('/api/v1/me')).status).toBe(200);
    expectProblem(await agent.get('/api/v1/me/'), 404, 'not_found');
    expectProblem(await agent.get(`/api/v1/cases/${caseId}/`), 404, 'not_found');
    expectProblem(await agent.delete('/api/v1/me/'), 404, 'not_found');
    expectProblem(await agent.get('/api/v1/openapi.json/'), 404, 'not_found');
  });

  it('answers a known path with a method it lacks 405, with Allow naming the methods it has', async () => {
    const me = await agent.delete('/api/v1/me');
    expectProblem(me, 405, 'method_not_allowed');
    expect(me.body.title).toBe('Method not allowed');
    expect(me.headers['allow']).toBe('GET, HEAD, OPTIONS');

    const cases = await agent.put('/api/v1/cases').send({});
    expectProblem(cases, 405, 'method_not_allowed');
    expect(cases.headers['allow']).toBe('GET, HEAD, POST, OPTIONS');

    // A path with a parameter: GET and PATCH /cases/:id, no DELETE.
    const one = await agent.delete(`/api/v1/cases/${caseId}`);
    expectProblem(one, 405, 'method_not_allowed');
    expect(one.headers['allow']).toBe('GET, HEAD, PATCH, OPTIONS');
    // Only PUT on a consent.
    const consent = await agent.get(`/api/v1/cases/${caseId}/members/${caseId}/consent`);
    expectProblem(consent, 405, 'method_not_allowed');
    expect(consent.headers['allow']).toBe('PUT, OPTIONS');
  });

  it('answers 405 before asking who is calling: the methods of a path are public (the OpenAPI document)', async () => {
    const res = await request(t.app.getHttpServer()).delete('/api/v1/me');
    expectProblem(res, 405, 'method_not_allowed');
    expect(res.headers['allow']).toBe('GET, HEAD, OPTIONS');
  });

  it('keeps HEAD on a GET route and answers OPTIONS on a known path with Allow', async () => {
    const head = await agent.head('/api/v1/me');
    expect(head.status).toBe(200);
    const options = await request(t.app.getHttpServer()).options(`/api/v1/cases/${caseId}`);
    expect(options.status).toBe(204);
    expect(options.headers['allow']).toBe('GET, HEAD, PATCH, OPTIONS');
  });

  it('answers an unknown path 404, whatever the method', async () => {
    expectProblem(await agent.get('/api/v1/nothing-here'), 404, 'not_found');
    expectProblem(await agent.delete('/api/v1/nothing-here'), 404, 'not_found');
    expectProblem(await request(t.app.getHttpServer()).options('/api/v1/nothing-here'), 404, 'not_found');
  });

  it('leaves the web app alone: its root, deep links (with or without a slash) and files', async () => {
    const http = request(t.app.getHttpServer());
    for (const path of ['/', '/gezinnen', '/gezinnen/', `/gezinnen/${caseId}`]) {
      const res = await http.get(path).set('Accept', 'text/html');
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain('<title>Tafel</title>');
    }
    expect((await http.get('/favicon.ico')).status).toBe(200);
  });
});
