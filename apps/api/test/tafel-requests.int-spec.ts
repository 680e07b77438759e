import { ChainEvent, TafelDetail } from '@tafel/shared/contracts';
import { TEST_PASSWORD, makeUser } from './support/factories';
import { makeTafelScene, validRequest } from './support/tafel-scene';
import { TestApp, createTestApp, loginAs } from './support/test-app';

describe('tafel requests (verzoek tot bespreking)', () => {
  let t: TestApp;
  let scene: Awaited<ReturnType<typeof makeTafelScene>>;
  let coordinator: Awaited<ReturnType<typeof loginAs>>;
  const count = async () =>
    (
      await t.dataSource.query('SELECT count(*)::int AS n FROM tafel WHERE case_id = $1', [scene.theCase.id])
    )[0].n as number;

  beforeAll(async () => {
    t = await createTestApp();
    scene = await makeTafelScene(t.dataSource);
    coordinator = await loginAs(t.app, scene.coordinator.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it.each([
    ['no voluntary help for a toeleiding', { voluntaryHelpTried: undefined }, 'voluntaryHelpTried'],
    [
      'no familiegroepsplan answer for a toeleiding',
      { familiegroepsplanOffered: undefined },
      'familiegroepsplanOffered',
    ],
    ['no parents reaction and no reason', { parentsReaction: undefined }, 'parentsReaction'],
    ['an unknown moment type', { momentType: 'rechtbank' }, 'momentType'],
    ['no consent answer', { consentToShare: undefined }, 'consentToShare'],
  ])('refuses a request with %s, and creates nothing', async (_label, change, param) => {
    const before = await count();
    const res = await coordinator
      .post('/api/v1/tafels')
      .send({ ...validRequest(scene.theCase.id), ...change });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.invalidParams.map((p: { name: string }) => p.name)).toContain(param);
    expect(await count()).toBe(before);
  });

  it('needs fewer fields for an afschaling than for a toeleiding', async () => {
    const res = await coordinator.post('/api/v1/tafels').send({
      caseId: scene.theCase.id,
      momentType: 'afschaling',
      reason: 'De GI wil de maatregel niet verlengen.',
      parentsUnreachableReason: 'Ouders niet bereikbaar ondanks drie pogingen.',
      consentToShare: false,
    });
    expect(res.status).toBe(201);
  });

  it('invites the parents and the children from 12 by default, and moves the case into toeleiding', async () => {
    const res = await coordinator.post('/api/v1/tafels').send(validRequest(scene.theCase.id));
    expect(res.status).toBe(201);
    const tafel: TafelDetail = res.body;
    expect(tafel.status).toBe('requested');
    const byRole = (role: string) => tafel.participants.filter((p) => p.role === role);
    expect(byRole('requester').map((p) => p.userId)).toEqual([scene.coordinator.id]);
    expect(
      byRole('parent')
        .map((p) => p.memberId)
        .sort(),
    ).toEqual([scene.parent.id, scene.otherParent.id].sort());
    expect(byRole('parent').every((p) => p.invitation === 'invited')).toBe(true);
    expect(byRole('child').map((p) => p.memberId)).toEqual([scene.youth.id]);
    const events: ChainEvent[] = (await coordinator.get(`/api/v1/cases/${scene.theCase.id}/events`)).body;
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['tafel_requested', 'phase_changed']));
    const requested = events.find((e) => e.type === 'tafel_requested' && e.data.tafelId === tafel.id);
    expect(requested?.attribution).toEqual({
      gemeente: scene.theCase.gemeente,
      organisationId: scene.coordinator.organisationId,
      actorRole: 'coordinator',
      requesterType: 'wijkteam',
      giOrganisationId: null,
    });
    expect((await coordinator.get(`/api/v1/cases/${scene.theCase.id}`)).body.phase).toBe('toeleiding');
  });

  it('lets a parent be left out only with a reason ("ouders aan tafel, tenzij")', async () => {
    const tafel: TafelDetail = (await coordinator.post('/api/v1/tafels').send(validRequest(scene.theCase.id)))
      .body;
    const parent = tafel.participants.find((p) => p.memberId === scene.otherParent.id);
    const url = `/api/v1/tafels/${tafel.id}/participants/${parent?.id}/not-invited`;
    expect((await coordinator.put(url).send({})).status).toBe(400);
    const res = await coordinator.put(url).send({ reason: 'Contactverbod door de rechter opgelegd.' });
    expect(res.status).toBe(200);
    const updated = (res.body as TafelDetail).participants.find((p) => p.id === parent?.id);
    expect(updated).toMatchObject({
      invitation: 'not_invited',
      notInvitedReason: 'Contactverbod door de rechter opgelegd.',
    });
  });

  it('accepts at most one confidant per parent, and chain roles only from their organisation', async () => {
    const tafel: TafelDetail = (await coordinator.post('/api/v1/tafels').send(validRequest(scene.theCase.id)))
      .body;
    const url = `/api/v1/tafels/${tafel.id}/participants`;
    const confidant = {
      role: 'confidant',
      memberId: scene.network.id,
      confidantForMemberId: scene.parent.id,
    };
    expect((await coordinator.post(url).send(confidant)).status).toBe(201);
    const second = await coordinator.post(url).send({ ...confidant, confidantForMemberId: scene.parent.id });
    expect(second.status).toBe(400);
    const wrongOrg = await coordinator.post(url).send({ role: 'raad', userId: scene.gi.id });
    expect(wrongOrg.status).toBe(400);
    expect(wrongOrg.body.invalidParams[0].name).toBe('userId');
    expect((await coordinator.post(url).send({ role: 'raad', userId: scene.raad.id })).status).toBe(201);
  });

  it('hides tafels from anyone who may not see the case', async () => {
    const tafel: TafelDetail = (await coordinator.post('/api/v1/tafels').send(validRequest(scene.theCase.id)))
      .body;
    const outsider = await makeUser(t.dataSource, 'professional');
    const agent = await loginAs(t.app, outsider.email, TEST_PASSWORD);
    expect((await agent.get(`/api/v1/tafels/${tafel.id}`)).status).toBe(404);
    expect((await agent.get('/api/v1/tafels')).body).toEqual([]);
    const parent = await loginAs(t.app, scene.parentUser.email, TEST_PASSWORD);
    expect((await parent.get(`/api/v1/tafels/${tafel.id}`)).status).toBe(200);
  });
});
