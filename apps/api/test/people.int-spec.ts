import { TEST_PASSWORD, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

describe('the people picker (GET /people)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('finds active professionals by a part of their name, with their organisation; never a family member', async () => {
    const tag = `Zwn${Date.now().toString(36)}`;
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const raad = await makeUser(t.dataSource, 'professional', { displayName: `Anouk ${tag}` }, 'raad');
    const chair = await makeUser(t.dataSource, 'chair', { displayName: `Joke ${tag}` });
    await makeUser(t.dataSource, 'parent', { displayName: `Sanne ${tag}` });
    await makeUser(t.dataSource, 'professional', { displayName: `Oud ${tag}`, active: false });
    const agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);

    const all = await agent.get(`/api/v1/people?q=${tag.toLowerCase()}`).expect(200);
    expect(all.body.map((p: { id: string }) => p.id)).toEqual([raad.id, chair.id]);
    expect(all.body[0]).toEqual({
      id: raad.id,
      displayName: `Anouk ${tag}`,
      role: 'professional',
      organisation: expect.any(String),
      organisationType: 'raad',
    });
    expect(Object.keys(all.body[1]).sort()).toEqual([
      'displayName',
      'id',
      'organisation',
      'organisationType',
      'role',
    ]);

    const chairs = await agent.get(`/api/v1/people?q=${tag}&role=chair`).expect(200);
    expect(chairs.body.map((p: { id: string }) => p.id)).toEqual([chair.id]);
    const fromRaad = await agent.get(`/api/v1/people?q=${tag}&organisationType=raad`).expect(200);
    expect(fromRaad.body.map((p: { id: string }) => p.id)).toEqual([raad.id]);
    // The underscore and percent of the input match themselves.
    expect((await agent.get('/api/v1/people?q=%25%25').expect(200)).body).toEqual([]);

    expect((await agent.get('/api/v1/people?q=a')).status).toBe(400);
    expect((await agent.get(`/api/v1/people?q=${tag}&role=parent`)).status).toBe(400);
    const parent = await makeUser(t.dataSource, 'parent');
    expect(
      (await (await loginAs(t.app, parent.email, TEST_PASSWORD)).get(`/api/v1/people?q=${tag}`)).status,
    ).toBe(403);
  });
});
