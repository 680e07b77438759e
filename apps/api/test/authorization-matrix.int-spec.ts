import request from 'supertest';
import { Permission, Role, SESSION_COOKIE, roleHasPermission } from '@tafel/shared/contracts';
import { SessionService } from '../src/modules/auth/session.service';
import { TafelParticipantEntity } from '../src/modules/tafels/entities/tafel-participant.entity';
import { Endpoint, discoverEndpoints } from './support/endpoints';
import { addMember, addProfessional, born, makeCase, makeUser, makeTafel } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

describe('authorization matrix: every persona × every endpoint', () => {
  let t: TestApp;
  const personas: Record<string, { id: string; role: Role; member: boolean }> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const theCase = await makeCase(ds, coordinator);
    const added = await makeUser(ds, 'professional');
    await addProfessional(ds, theCase.id, added);
    const today = new Date();
    const family = {
      parentWithCustody: await makeUser(ds, 'parent'),
      parentWithoutCustody: await makeUser(ds, 'parent'),
      child14: await makeUser(ds, 'child'),
      child17: await makeUser(ds, 'child'),
    };
    await addMember(ds, theCase.id, 'parent', family.parentWithCustody);
    const noCustody = await addMember(ds, theCase.id, 'parent', family.parentWithoutCustody);
    await ds.query('UPDATE case_member SET custody = false WHERE id = $1', [noCustody.id]);
    await addMember(ds, theCase.id, 'child', family.child14, born(14));
    await addMember(ds, theCase.id, 'child', family.child17, born(17));
    const chair = await makeUser(ds, 'chair');
    const secretary = await makeUser(ds, 'secretary');
    const tafel = await makeTafel(ds, theCase.id, coordinator.id, { requestedAt: today });
    await ds.getRepository(TafelParticipantEntity).insert([
      { tafelId: tafel.id, role: 'chair', userId: chair.id },
      { tafelId: tafel.id, role: 'secretary', userId: secretary.id },
    ]);
    ids['case'] = theCase.id;
    ids['tafel'] = tafel.id;
    const members = { coordinator, added, chair, secretary, ...family };
    for (const [name, user] of Object.entries(members))
      personas[name] = { id: user.id, role: user.role, member: true };
    for (const role of [
      'coordinator',
      'professional',
      'chair',
      'auditor',
      'privacy_officer',
      'admin',
    ] as const) {
      const user = await makeUser(ds, role);
      personas[`${role} (no member)`] = { id: user.id, role, member: false };
    }
  });
  afterAll(() => t.close());

  const url = (path: string) =>
    path
      .replace(/\/cases\/:id/, `/cases/${ids['case']}`)
      .replace(/\/tafels\/:id/, `/tafels/${ids['tafel']}`)
      .replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');

  const call = async (e: Endpoint, cookie: string | null) => {
    const http = request(t.app.getHttpServer());
    const verb = e.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const req = http[verb](url(e.path));
    if (cookie) req.set('Cookie', `${SESSION_COOKIE}=${cookie}`);
    return verb === 'get' || verb === 'delete' ? req : req.send({});
  };

  it('refuses every non-public endpoint without a session (401)', async () => {
    const endpoints = discoverEndpoints(t);
    expect(endpoints.length).toBeGreaterThan(30);
    for (const e of endpoints.filter((x) => x.permission)) {
      expect([`${e.method} ${e.path}`, (await call(e, null)).status]).toEqual([`${e.method} ${e.path}`, 401]);
    }
  });

  it('lets each persona through exactly the endpoints its role permits, and hides other families (404)', async () => {
    const sessions = t.app.get(SessionService);
    const mismatches: string[] = [];
    for (const e of discoverEndpoints(t).filter((x) => x.permission)) {
      for (const [name, persona] of Object.entries(personas)) {
        const token = await sessions.start(persona.id, { ip: '127.0.0.1', userAgent: 'matrix' });
        const res = await call(e, token);
        const permitted = roleHasPermission(persona.role, e.permission as Permission);
        const guardRefused = res.status === 403 && String(res.body.detail).startsWith('Requires');
        const label = `${e.method} ${e.path} as ${name}`;
        if (permitted === guardRefused) mismatches.push(`${label}: ${res.status} ${res.body.detail ?? ''}`);
        const onAFamily = permitted && !persona.member && /\/(cases|tafels)\/:id/.test(e.path);
        if (onAFamily && e.method === 'GET' && res.status !== 404) {
          mismatches.push(`${label}: expected 404, got ${res.status}`);
        }
        if (onAFamily) {
          // IDOR: the answer about another family must not differ from the answer about no family at all.
          const again = await sessions.start(persona.id, { ip: '127.0.0.1', userAgent: 'matrix' });
          const none = await call(
            { ...e, path: e.path.replace(/\/(cases|tafels)\/:id/, '/$1/:missing') },
            again,
          );
          if (none.status !== res.status || none.body.code !== res.body.code) {
            mismatches.push(
              `${label}: ${res.status} ${res.body.code} for a family, ${none.status} ${none.body.code} for none`,
            );
          }
        }
        if (res.status >= 500) mismatches.push(`${label}: ${res.status}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);
});
