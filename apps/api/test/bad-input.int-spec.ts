import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { FILE_UPLOAD_PATHS } from '../src/modules/plans/file-body';
import { discoverEndpoints } from './support/endpoints';
import { TEST_PASSWORD, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

describe('bad input gets a clear 4xx problem+json and changes nothing', () => {
  let t: TestApp;
  let agent: Awaited<ReturnType<typeof loginAs>>;
  let caseId: string;

  const snapshot = async () =>
    t.dataSource.query(
      `SELECT (SELECT count(*) FROM family_case)::int AS cases, (SELECT count(*) FROM case_member)::int AS members,
              (SELECT count(*) FROM chain_event)::int AS events,
              (SELECT family_name || '|' || phase FROM family_case WHERE id = $1) AS the_case`,
      [caseId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    caseId = (await makeCase(t.dataSource, coordinator, { familyName: 'Onveranderd' })).id;
    agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const cases: [string, () => request.Test, number, string | null][] = [
    [
      'an unknown field',
      () => agent.post('/api/v1/cases').send({ familyName: 'A', gemeente: 'Borne', evil: true }),
      400,
      'evil',
    ],
    [
      'a wrong type',
      () => agent.post('/api/v1/cases').send({ familyName: 42, gemeente: 'Borne' }),
      400,
      'familyName',
    ],
    [
      'an unknown gemeente',
      () => agent.post('/api/v1/cases').send({ familyName: 'A', gemeente: 'Amsterdam' }),
      400,
      'gemeente',
    ],
    [
      'an impossible birth date',
      () =>
        agent
          .post(`/api/v1/cases/${caseId}/members`)
          .send({ kind: 'child', firstName: 'A', lastName: 'B', birthDate: '2023-02-30' }),
      400,
      'birthDate',
    ],
    [
      'a birth date in the future',
      () =>
        agent
          .post(`/api/v1/cases/${caseId}/members`)
          .send({ kind: 'child', firstName: 'A', lastName: 'B', birthDate: '2999-01-01' }),
      400,
      'birthDate',
    ],
    [
      'a child without birth date',
      () =>
        agent.post(`/api/v1/cases/${caseId}/members`).send({ kind: 'child', firstName: 'A', lastName: 'B' }),
      400,
      'birthDate',
    ],
    [
      'custody for a child',
      () =>
        agent
          .post(`/api/v1/cases/${caseId}/members`)
          .send({ kind: 'child', firstName: 'A', lastName: 'B', birthDate: '2015-01-01', custody: true }),
      400,
      'custody',
    ],
    [
      'an unknown phase',
      () => agent.patch(`/api/v1/cases/${caseId}`).send({ phase: 'prison' }),
      400,
      'phase',
    ],
    [
      'a consent that is not a yes or no',
      () =>
        agent
          .put(`/api/v1/cases/${caseId}/members/${randomUUID()}/consent`)
          .send({ sharesWithParents: 'ja' }),
      400,
      'sharesWithParents',
    ],
    ['an empty update', () => agent.patch(`/api/v1/cases/${caseId}`).send({}), 400, 'body'],
    ['a non-UUID id', () => agent.get('/api/v1/cases/12345'), 400, 'id'],
    ['a non-UUID id on a write', () => agent.patch('/api/v1/cases/abc').send({ familyName: 'X' }), 400, 'id'],
    ['a page size above the maximum', () => agent.get('/api/v1/cases?pageSize=5000'), 400, 'pageSize'],
    [
      'a regie switch without reason',
      () => agent.put(`/api/v1/cases/${caseId}/regie`).send({ mode: 'professional' }),
      400,
      'reason',
    ],
    [
      'malformed JSON',
      () => agent.post('/api/v1/cases').set('content-type', 'application/json').send('{"familyName":'),
      400,
      null,
    ],
    [
      'a 1 MB body',
      () => agent.post('/api/v1/cases').send({ familyName: 'x'.repeat(1024 * 1024), gemeente: 'Borne' }),
      413,
      null,
    ],
    ['a NUL byte in a search text', () => agent.get('/api/v1/cases?q=a%00b'), 400, null],
    [
      'a NUL byte in a name',
      () => agent.post('/api/v1/cases').send({ familyName: 'a\u0000b', gemeente: 'Borne' }),
      400,
      null,
    ],
  ];

  it.each(cases)('refuses %s', async (_label, send, status, param) => {
    const before = await snapshot();
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
    expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|node_modules|QueryFailedError/);
    if (param) expect(res.body.invalidParams.map((p: { name: string }) => p.name)).toContain(param);
    expect(await snapshot()).toEqual(before);
  });

  it('answers an unauthenticated call with 401 problem+json', async () => {
    const res = await request(t.app.getHttpServer()).get('/api/v1/cases');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

/** Hostile bodies of the kinds that once gave 500s, each refused by the body parser before any route. */
const SECRET = 'Geheim-Wachtwoord-2026';
const HOSTILE: { label: string; status: number; send: (r: request.Test) => request.Test }[] = [
  {
    label: 'deeply nested JSON',
    status: 400,
    send: (r) =>
      r.set('content-type', 'application/json').send(`{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`),
  },
  {
    label: 'a lone surrogate in a text',
    status: 400,
    send: (r) => r.set('content-type', 'application/json').send('{"reason":"ab\\ud800cd"}'),
  },
  { label: 'null in a field', status: 400, send: (r) => r.send({ reason: null, familyName: null }) },
  { label: 'a text of only white space', status: 400, send: (r) => r.send({ familyName: ' \t ' }) },
  {
    label: 'malformed JSON with a password in it',
    status: 400,
    send: (r) => r.set('content-type', 'application/json').send(`{"password":"${SECRET}" x`),
  },
  {
    label: 'gzip content encoding',
    status: 415,
    send: (r) => r.set('content-type', 'application/json').set('content-encoding', 'gzip').send('{}'),
  },
  {
    label: 'an unknown content encoding',
    status: 415,
    send: (r) => r.set('content-type', 'application/json').set('content-encoding', 'x-evil').send('{}'),
  },
  {
    label: 'a latin-1 charset',
    status: 415,
    send: (r) => r.set('content-type', 'application/json; charset=iso-8859-1').send('{}'),
  },
  {
    label: 'a UTF-7 charset',
    status: 415,
    send: (r) => r.set('content-type', 'application/json; charset=utf-7').send('{}'),
  },
  { label: 'a form body', status: 415, send: (r) => r.type('form').send('familyName=x') },
  { label: 'a text body', status: 415, send: (r) => r.set('content-type', 'text/plain').send('{}') },
];

describe('every write route × every hostile body: 4xx problem+json, never a 500, never an echo', () => {
  let t: TestApp;
  let agent: Awaited<ReturnType<typeof loginAs>>;

  beforeAll(async () => {
    t = await createTestApp();
    const admin = await makeUser(t.dataSource, 'coordinator');
    agent = await loginAs(t.app, admin.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('refuses each hostile body on each write route', async () => {
    const writes = discoverEndpoints(t).filter((e) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(e.method));
    expect(writes.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const e of writes) {
      const path = e.path.replace(/:[a-zA-Z]+/g, randomUUID());
      for (const h of HOSTILE) {
        const method = e.method.toLowerCase() as 'post' | 'put' | 'patch' | 'delete';
        const res = await h.send(agent[method](path));
        // A file upload takes any bytes (the content decides its type, after the access check): only a
        // content encoding is refused before the route; the rest reach the check (no such case: 404).
        const upload = FILE_UPLOAD_PATHS.some((p) => p === e.path);
        const status = upload ? (/content encoding/.test(h.label) ? 415 : 404) : h.status;
        const problem = /^application\/problem\+json/.test(String(res.headers['content-type']));
        if (res.status !== status || !problem || res.text.includes(SECRET)) {
          wrong.push(`${e.method} ${e.path} ${h.label}: ${res.status}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('dates and date-times are real, zoned and within a sane horizon', () => {
  let t: TestApp;
  let chair: Awaited<ReturnType<typeof loginAs>>;
  let auditor: Awaited<ReturnType<typeof loginAs>>;

  beforeAll(async () => {
    t = await createTestApp();
    chair = await loginAs(t.app, (await makeUser(t.dataSource, 'chair')).email, TEST_PASSWORD);
    auditor = await loginAs(t.app, (await makeUser(t.dataSource, 'auditor')).email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it.each([
    ['an impossible date in a query', () => chair.get('/api/v1/sittings?from=2026-02-30T09:00:00Z'), 'from'],
    [
      'a query date-time without a time zone',
      () => chair.get('/api/v1/sittings?from=2026-03-02T09:00:00'),
      'from',
    ],
    [
      'an unavailability until the year 9999',
      () =>
        chair
          .post('/api/v1/me/unavailability')
          .send({ startsAt: '2026-12-01T09:00:00Z', endsAt: '9999-12-31T23:59:59Z' }),
      'endsAt',
    ],
    [
      'an unavailability without a time zone',
      () =>
        chair
          .post('/api/v1/me/unavailability')
          .send({ startsAt: '2026-12-01T09:00:00', endsAt: '2026-12-01T17:00:00Z' }),
      'startsAt',
    ],
    [
      'a query date-time in the year 0 (the database has no such year)',
      () => chair.get('/api/v1/sittings?from=0000-01-01T00:00:00Z'),
      'from',
    ],
    [
      'a scheduled time in the year 2201',
      () =>
        chair
          .post('/api/v1/me/unavailability')
          .send({ startsAt: '2201-01-01T09:00:00Z', endsAt: '2201-01-01T17:00:00Z' }),
      'startsAt',
    ],
    [
      'a monitor month in the year 9999 (it once cost seconds of work)',
      () => auditor.get('/api/v1/monitor/flow?from=9990-01&to=9999-12'),
      'from',
    ],
    [
      'a monitor month before 2000',
      () => auditor.get('/api/v1/monitor/toeleiding?from=1999-12&to=2000-01'),
      'from',
    ],
  ])('refuses %s', async (_label, send, param) => {
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.invalidParams.map((p: { name: string }) => p.name)).toContain(param);
  });
});
