import { CaseDetail, ChainEvent, Handover } from '@tafel/shared/contracts';
import { UserEntity } from '../src/modules/users/user.entity';
import { TEST_PASSWORD, activeCoordinators, makeCase, makeOrganisation, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

type Agent = Awaited<ReturnType<typeof loginAs>>;

describe('overdrachten between organisations, accepted or returned', () => {
  let t: TestApp;
  let coordinator: UserEntity;
  let giId: string;
  let jeugdbeschermer: UserEntity;
  let giAgent: Agent;
  let coordinatorAgent: Agent;
  let strangerAgent: Agent;

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    coordinator = await makeUser(ds, 'coordinator');
    const gi = await makeOrganisation(ds, 'gi');
    giId = gi.id;
    jeugdbeschermer = await makeUser(ds, 'professional', { organisationId: gi.id });
    const stranger = await makeUser(ds, 'professional', {}, 'gi');
    coordinatorAgent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    giAgent = await loginAs(t.app, jeugdbeschermer.email, TEST_PASSWORD);
    strangerAgent = await loginAs(t.app, stranger.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const send = async (caseId: string): Promise<Handover> =>
    (
      await coordinatorAgent
        .post(`/api/v1/cases/${caseId}/handovers`)
        .send({ toOrganisationId: giId })
        .expect(201)
    ).body;
  const types = async (caseId: string): Promise<string[]> =>
    ((await coordinatorAgent.get(`/api/v1/cases/${caseId}/events`)).body as ChainEvent[]).map((e) => e.type);

  it('passes regie to the GI jeugdbeschermer on acceptance; one coordinator throughout', async () => {
    const theCase = await makeCase(t.dataSource, coordinator);
    const handover = await send(theCase.id);
    expect(handover).toMatchObject({ status: 'sent', toOrganisationId: giId });
    // Until accepted, the sender keeps regie.
    expect(await activeCoordinators(t.dataSource, theCase.id)).toEqual([coordinator.id]);
    const again = await coordinatorAgent
      .post(`/api/v1/cases/${theCase.id}/handovers`)
      .send({ toOrganisationId: giId });
    expect(again.status).toBe(409);
    const waiting: Handover[] = (await giAgent.get('/api/v1/handovers/incoming').expect(200)).body;
    expect(waiting.map((h) => h.id)).toEqual([handover.id]);
    expect((await strangerAgent.get('/api/v1/handovers/incoming').expect(200)).body).toEqual([]);
    // Another GI cannot accept it; the coordinator must work at the receiving GI.
    expect(
      (
        await strangerAgent
          .post(`/api/v1/handovers/${handover.id}/accept`)
          .send({ coordinatorId: jeugdbeschermer.id })
      ).status,
    ).toBe(404);
    expect(
      (await giAgent.post(`/api/v1/handovers/${handover.id}/accept`).send({ coordinatorId: coordinator.id }))
        .status,
    ).toBe(400);
    await giAgent
      .post(`/api/v1/handovers/${handover.id}/accept`)
      .send({ coordinatorId: jeugdbeschermer.id })
      .expect(200);
    expect(await activeCoordinators(t.dataSource, theCase.id)).toEqual([jeugdbeschermer.id]);
    const detail: CaseDetail = (await giAgent.get(`/api/v1/cases/${theCase.id}`).expect(200)).body;
    expect(detail.id).toBe(theCase.id);
    expect(await types(theCase.id)).toEqual(
      expect.arrayContaining(['handover_sent', 'handover_accepted', 'coordinator_handed_over']),
    );
    const twice = await giAgent
      .post(`/api/v1/handovers/${handover.id}/accept`)
      .send({ coordinatorId: jeugdbeschermer.id });
    expect(twice.status).toBe(409);
  });

  it('a returned overdracht leaves regie with the sender and can be sent again', async () => {
    const theCase = await makeCase(t.dataSource, coordinator);
    const handover = await send(theCase.id);
    expect((await giAgent.post(`/api/v1/handovers/${handover.id}/return`).send({ reason: '' })).status).toBe(
      400,
    );
    const returned: Handover = (
      await giAgent
        .post(`/api/v1/handovers/${handover.id}/return`)
        .send({ reason: 'Geen uitspraak van de kinderrechter ontvangen.' })
        .expect(200)
    ).body;
    expect(returned).toMatchObject({
      status: 'returned',
      reason: 'Geen uitspraak van de kinderrechter ontvangen.',
    });
    expect(await activeCoordinators(t.dataSource, theCase.id)).toEqual([coordinator.id]);
    expect(await types(theCase.id)).toContain('handover_returned');
    await send(theCase.id);
  });

  it('sends only to a GI or a wijkteam (400), and only by the coordinator (a professional of another case: 404)', async () => {
    const theCase = await makeCase(t.dataSource, coordinator);
    const school = await makeOrganisation(t.dataSource, 'school');
    const bad = await coordinatorAgent
      .post(`/api/v1/cases/${theCase.id}/handovers`)
      .send({ toOrganisationId: school.id });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const foreign = await strangerAgent
      .post(`/api/v1/cases/${theCase.id}/handovers`)
      .send({ toOrganisationId: giId });
    expect(foreign.status).toBe(404);
  });
});
