import { DECLINE_REASON_MAX_LENGTH, TafelDetail, TafelParticipant } from '@tafel/shared/contracts';
import { TEST_PASSWORD, addMember, makeUser } from './support/factories';
import { Agent, makeTafelScene, scheduledToeleiding } from './support/tafel-scene';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const REASON = 'Ik werk die ochtend, ik kan niet vrij krijgen.';

/**
 * "Ik kom niet" with a short reason and "Ik wil graag een ander moment": stored with the answer, read
 * by the professionals of the tafel (the coordinator and the chair) and by the participant themselves —
 * never by another member of the family (the other parent need not know why).
 */
describe('answering "Ik kom niet" with a reason', () => {
  let t: TestApp;
  let scene: Awaited<ReturnType<typeof makeTafelScene>>;
  let tafel: TafelDetail;
  let parent: Agent;
  let otherParent: Agent;
  let otherParentEmail: string;

  const rsvp = (body: object) => parent.put(`/api/v1/tafels/${tafel.id}/rsvp`).send(body);
  const seatOf = (detail: TafelDetail): TafelParticipant | undefined =>
    detail.participants.find((p) => p.userId === scene.parentUser.id);
  const read = async (agent: Agent) =>
    seatOf((await agent.get(`/api/v1/tafels/${tafel.id}`).expect(200)).body as TafelDetail);

  beforeAll(async () => {
    t = await createTestApp();
    scene = await makeTafelScene(t.dataSource);
    const otherUser = await makeUser(t.dataSource, 'parent');
    otherParentEmail = otherUser.email;
    await addMember(t.dataSource, scene.theCase.id, 'parent', otherUser);
    const coordinator = await loginAs(t.app, scene.coordinator.email, TEST_PASSWORD);
    ({ tafel } = await scheduledToeleiding(t.dataSource, scene, coordinator, 3));
    parent = await loginAs(t.app, scene.parentUser.email, TEST_PASSWORD);
    otherParent = await loginAs(t.app, otherParentEmail, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('stores the reason and the wish for another moment with "Ik kom niet"', async () => {
    const res = await rsvp({ response: 'declined', declineReason: `  ${REASON} `, wantsOtherMoment: true });
    expect(res.status).toBe(200);
    expect(seatOf(res.body)).toMatchObject({
      invitation: 'declined',
      declineReason: REASON,
      wantsOtherMoment: true,
    });
  });

  it('shows it to the coordinator and the chair, and to the parent themselves', async () => {
    const coordinator = await loginAs(t.app, scene.coordinator.email, TEST_PASSWORD);
    const chair = await loginAs(t.app, scene.chair.email, TEST_PASSWORD);
    for (const agent of [coordinator, chair, parent]) {
      expect(await read(agent)).toMatchObject({ declineReason: REASON, wantsOtherMoment: true });
    }
  });

  it('does not show it to the other parent or the child: they only read that the parent will not come', async () => {
    const youth = await loginAs(t.app, scene.youthUser.email, TEST_PASSWORD);
    for (const agent of [otherParent, youth]) {
      const res = await agent.get(`/api/v1/tafels/${tafel.id}`).expect(200);
      expect(seatOf(res.body)).toMatchObject({
        invitation: 'declined',
        declineReason: null,
        wantsOtherMoment: false,
      });
      expect(JSON.stringify(res.body)).not.toContain('ochtend');
    }
  });

  it('refuses a reason that is too long with a problem naming the field, and keeps the answer', async () => {
    const res = await rsvp({
      response: 'declined',
      declineReason: 'x'.repeat(DECLINE_REASON_MAX_LENGTH + 1),
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.invalidParams.map((p: { name: string }) => p.name)).toContain('declineReason');
    expect((await rsvp({ response: 'declined', wantsOtherMoment: 'ja' })).status).toBe(400);
    expect(await read(parent)).toMatchObject({ declineReason: REASON, wantsOtherMoment: true });
  });

  it('forgets the reason when the parent comes after all', async () => {
    const res = await rsvp({ response: 'accepted', declineReason: REASON, wantsOtherMoment: true });
    expect(seatOf(res.body)).toMatchObject({
      invitation: 'accepted',
      declineReason: null,
      wantsOtherMoment: false,
    });
  });
});
