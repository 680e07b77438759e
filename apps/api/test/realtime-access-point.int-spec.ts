import request from 'supertest';
import { makeCase, makeUser } from './support/factories';
import { NotesClient, listen, makeSeatedTafel, sessionCookie } from './support/notes-client';
import { createTestApp } from './support/test-app';

/** The client address of the access-log rows of a tafel read over HTTP and a room join, both sent with X-Forwarded-For. */
async function accessPoints(env: NodeJS.ProcessEnv): Promise<{ http: string; join: string }> {
  const t = await createTestApp(env);
  const clients: NotesClient[] = [];
  try {
    const url = await listen(t.app);
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const chair = await makeUser(t.dataSource, 'chair');
    const theCase = await makeCase(t.dataSource, coordinator);
    const tafel = await makeSeatedTafel(t.dataSource, theCase.id, coordinator, [
      { role: 'chair', userId: chair.id },
    ]);
    const cookie = await sessionCookie(t.app, chair);
    await request(t.app.getHttpServer())
      .get(`/api/v1/tafels/${tafel.id}`)
      .set('Cookie', cookie)
      .set('X-Forwarded-For', '203.0.113.9')
      .expect(200);
    const client = new NotesClient(url, cookie, undefined, { 'x-forwarded-for': '203.0.113.9' });
    clients.push(client);
    expect(await client.join(tafel.id)).toMatchObject({ ok: true, access: 'write' });
    const rows: { event: string; access_point: string }[] = await t.dataSource.query(
      `SELECT event, access_point FROM access_log
        WHERE user_id = $1 AND event IN ('tafel.read', 'tafel.notes.read') ORDER BY id`,
      [chair.id],
    );
    const ip = (event: string) =>
      /^ip=([^;]*);/.exec(rows.find((r) => r.event === event)?.access_point ?? '')?.[1];
    return { http: ip('tafel.read') ?? 'missing', join: ip('tafel.notes.read') ?? 'missing' };
  } finally {
    clients.forEach((c) => c.close());
    await t.close();
  }
}

describe('the access point of a room join (NEN 7513), exactly as over HTTP', () => {
  it('is the TCP peer, whatever X-Forwarded-For says, without a trusted proxy', async () => {
    const points = await accessPoints({});
    expect(points.join).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    expect(points.join).toBe(points.http);
  });

  it('is the client named by X-Forwarded-For behind a trusted proxy (TRUST_PROXY)', async () => {
    const points = await accessPoints({ TRUST_PROXY: 'loopback' });
    expect(points.join).toBe('203.0.113.9');
    expect(points.join).toBe(points.http);
  });
});
