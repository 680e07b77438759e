import fc from 'fast-check';
import request from 'supertest';
import { OpenAPIObject } from '@nestjs/swagger';
import { SESSION_COOKIE } from '@tafel/shared/contracts';
import { SessionService } from '../src/modules/auth/session.service';
import { FILE_UPLOAD_PATHS } from '../src/modules/plans/file-body';
import { TafelParticipantEntity } from '../src/modules/tafels/entities/tafel-participant.entity';
import { discoverEndpoints } from './support/endpoints';
import { TEST_PASSWORD, addMember, makeCase, makeUser, makeTafel } from './support/factories';
import { SEED, describeRoutes, faultsOf, hostileRequests } from './support/hostile';
import { TestApp, createTestApp, loginAs } from './support/test-app';

/** Requests per route and persona: with ~100 routes and seven personas, about two thousand in all. */
const SAMPLES = 3;

describe('every route × every persona × hostile input: a clean 4xx, never a 500, an echo or a change', () => {
  let t: TestApp;
  const personas: Record<string, string | null> = { anonymous: null };
  const ids: Record<string, string> = {};
  let coordinator: Awaited<ReturnType<typeof loginAs>>;

  /** The fixed case, its tafel and its published plan, as the coordinator reads them, and their rows. */
  const snapshot = async () => ({
    case: (await coordinator.get(`/api/v1/cases/${ids['cases:id']}`)).body,
    plan: (await coordinator.get(`/api/v1/cases/${ids['cases:id']}/plan`)).body,
    tafel: (await coordinator.get(`/api/v1/tafels/${ids['tafels:id']}`)).body,
    rows: await t.dataSource.query(
      `SELECT (SELECT row_to_json(c)::text FROM family_case c WHERE id = $1) AS the_case,
              (SELECT json_agg(m ORDER BY m.id)::text FROM case_member m WHERE case_id = $1) AS members,
              (SELECT count(*) FROM plan_version WHERE case_id = $1)::int AS versions`,
      [ids['cases:id']],
    ),
  });

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    const coordinatorUser = await makeUser(ds, 'coordinator');
    const theCase = await makeCase(ds, coordinatorUser, { familyName: 'Onaangetast' });
    const parent = await makeUser(ds, 'parent');
    const member = await addMember(ds, theCase.id, 'parent', parent);
    await addMember(ds, theCase.id, 'child');
    const chair = await makeUser(ds, 'chair');
    const tafel = await makeTafel(ds, theCase.id, coordinatorUser.id);
    await ds
      .getRepository(TafelParticipantEntity)
      .insert({ tafelId: tafel.id, role: 'chair', userId: chair.id });
    Object.assign(personas, {
      parent: parent.id,
      coordinator: coordinatorUser.id,
      chair: chair.id,
      admin: (await makeUser(ds, 'admin')).id,
      auditor: (await makeUser(ds, 'auditor')).id,
      'privacy officer': (await makeUser(ds, 'privacy_officer')).id,
    });
    Object.assign(ids, {
      'cases:id': theCase.id,
      'tafels:id': tafel.id,
      'versions:number': '1',
      'members:memberId': member.id,
    });
    coordinator = await loginAs(t.app, coordinatorUser.email, TEST_PASSWORD);
    const plan = `/api/v1/cases/${theCase.id}/plan`;
    const saved = await coordinator
      .put(plan)
      .send({ baseRevision: 0, sections: { worries: 'Zorgen thuis.' } });
    expect(saved.status).toBe(200);
    expect((await coordinator.post(`${plan}/versions`).send({ baseRevision: 1 })).status).toBe(201);
  });
  afterAll(() => t.close());

  it('answers every hostile request with status < 500 and a clean problem, and changes no saved data', async () => {
    const document = (await request(t.app.getHttpServer()).get('/api/v1/openapi.json')).body as OpenAPIObject;
    const routes = describeRoutes(discoverEndpoints(t), document);
    expect(routes.length).toBeGreaterThan(80);
    expect(routes.filter((r) => r.body?.length).length).toBeGreaterThan(30);
    const sessions = t.app.get(SessionService);
    const before = await snapshot();
    const faults: string[] = [];
    let seed = SEED;
    for (const route of routes) {
      const upload = FILE_UPLOAD_PATHS.some((p) => p === route.path);
      for (const [persona, userId] of Object.entries(personas)) {
        // A fresh session each time: a hostile request may end one (log out) without failing.
        const cookie = userId
          ? `${SESSION_COOKIE}=${await sessions.start(userId, { ip: '127.0.0.1', userAgent: 'hostile' })}`
          : null;
        for (const hostile of fc.sample(hostileRequests(route, ids, upload), {
          seed: seed++,
          numRuns: SAMPLES,
        })) {
          const verb = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
          const req = request(t.app.getHttpServer())[verb](hostile.path);
          if (cookie) req.set('Cookie', cookie);
          if (hostile.contentType) req.set('content-type', hostile.contentType);
          // Written as they are: send() would serialise a Buffer as JSON. Node's client frames a DELETE's
          // body only with a length (no chunked default): unframed, the server would read it as a request.
          if (hostile.body !== undefined && verb === 'delete')
            req.set('content-length', String(Buffer.byteLength(hostile.body)));
          if (hostile.body !== undefined) req.write(hostile.body);
          const res = await req;
          for (const fault of faultsOf(res, hostile)) {
            faults.push(
              `${route.method} ${hostile.path.slice(0, 90)} as ${persona} (seed ${seed - 1}): ${fault}`,
            );
          }
        }
      }
    }
    expect(faults).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 120_000);
});
