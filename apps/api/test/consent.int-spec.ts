import { CaseDetail, CaseMember, ChainEvent } from '@tafel/shared/contracts';
import { TEST_PASSWORD, addMember, born, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

describe('the consent of a child of 16 or older', () => {
  let t: TestApp;
  let scene: Awaited<ReturnType<typeof makeScene>>;

  async function makeScene(app: TestApp) {
    const ds = app.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const mother = await makeUser(ds, 'parent');
    const youth = await makeUser(ds, 'child');
    const young = await makeUser(ds, 'child');
    const theCase = await makeCase(ds, coordinator);
    await addMember(ds, theCase.id, 'parent', mother);
    const motherMember = await addMember(ds, theCase.id, 'parent');
    const youthMember = await addMember(ds, theCase.id, 'child', youth, born(17));
    const youngMember = await addMember(ds, theCase.id, 'child', young, born(12));
    const otherCoordinator = await makeUser(ds, 'coordinator');
    const otherCase = await makeCase(ds, otherCoordinator);
    const otherYouth = await addMember(ds, otherCase.id, 'child', undefined, born(17));
    return { coordinator, mother, youth, young, theCase, motherMember, youthMember, youngMember, otherYouth };
  }

  const consentUrl = (memberId: string, caseId = scene.theCase.id) =>
    `/api/v1/cases/${caseId}/members/${memberId}/consent`;
  const give = async (email: string, memberId: string, sharesWithParents: boolean, caseId?: string) =>
    (await loginAs(t.app, email, TEST_PASSWORD))
      .put(consentUrl(memberId, caseId))
      .send({ sharesWithParents });
  const seenBy = async (email: string, memberId: string): Promise<CaseMember> => {
    const agent = await loginAs(t.app, email, TEST_PASSWORD);
    const detail: CaseDetail = (await agent.get(`/api/v1/cases/${scene.theCase.id}`)).body;
    return detail.members.find((m) => m.id === memberId) as CaseMember;
  };

  beforeAll(async () => {
    t = await createTestApp();
    scene = await makeScene(t);
  });
  afterAll(() => t.close());

  it('tells the child which member they are', async () => {
    const own = await seenBy(scene.youth.email, scene.youthMember.id);
    expect(own).toMatchObject({ self: true, sharesWithParents: false });
    expect((await seenBy(scene.youth.email, scene.youngMember.id)).self).toBe(false);
  });

  it('lets the child of 16+ give consent (the parent sees their part) and withdraw it (hidden again)', async () => {
    expect(await seenBy(scene.mother.email, scene.youthMember.id)).toMatchObject({
      restricted: true,
      age: null,
    });
    const given = await give(scene.youth.email, scene.youthMember.id, true);
    expect(given.status).toBe(200);
    expect((given.body as CaseDetail).members.find((m) => m.self)).toMatchObject({ sharesWithParents: true });
    expect(await seenBy(scene.mother.email, scene.youthMember.id)).toMatchObject({
      restricted: false,
      age: 17,
    });

    expect((await give(scene.youth.email, scene.youthMember.id, false)).status).toBe(200);
    expect(await seenBy(scene.mother.email, scene.youthMember.id)).toMatchObject({
      restricted: true,
      age: null,
    });
  });

  it('writes each change to the NEN 7513 access log, about the child', async () => {
    const rows: { event: string; action: string; person_id: string; authorised: boolean }[] =
      await t.dataSource.query(
        `SELECT event, action, person_id, authorised FROM access_log
          WHERE case_id = $1 AND user_id = $2 AND event = 'case.member.consent' ORDER BY id`,
        [scene.theCase.id, scene.youth.id],
      );
    expect(rows).toEqual([
      { event: 'case.member.consent', action: 'U', person_id: scene.youthMember.id, authorised: true },
      { event: 'case.member.consent', action: 'U', person_id: scene.youthMember.id, authorised: true },
    ]);
  });

  it('lets the coordinator record it on the child’s behalf', async () => {
    const res = await give(scene.coordinator.email, scene.youthMember.id, true);
    expect(res.status).toBe(200);
    expect((res.body as CaseDetail).members.find((m) => m.id === scene.youthMember.id)).toMatchObject({
      sharesWithParents: true,
    });
    expect(await seenBy(scene.mother.email, scene.youthMember.id)).toMatchObject({ restricted: false });
    expect((await give(scene.coordinator.email, scene.youthMember.id, false)).status).toBe(200);
  });

  it('puts each given and withdrawn consent on the timeline, attributed to who recorded it', async () => {
    const agent = await loginAs(t.app, scene.coordinator.email, TEST_PASSWORD);
    const consents = async () =>
      ((await agent.get(`/api/v1/cases/${scene.theCase.id}/events`).expect(200)).body as ChainEvent[])
        .filter((e) => e.type === 'consent_changed')
        .reverse()
        .map((e) => [e.data, e.attribution.actorRole]);
    const memberId = scene.youthMember.id;
    expect(await consents()).toEqual([
      [{ memberId, sharesWithParents: true }, 'child'],
      [{ memberId, sharesWithParents: false }, 'child'],
      [{ memberId, sharesWithParents: true }, 'coordinator'],
      [{ memberId, sharesWithParents: false }, 'coordinator'],
    ]);
    // The same answer again changes nothing, so it is no new event.
    expect((await give(scene.youth.email, memberId, false)).status).toBe(200);
    expect(await consents()).toHaveLength(4);
  });

  it('shows the consent events to the child themselves, never to the parents', async () => {
    const timeline = async (email: string) =>
      (
        (
          await (await loginAs(t.app, email, TEST_PASSWORD))
            .get(`/api/v1/cases/${scene.theCase.id}/events`)
            .expect(200)
        ).body as ChainEvent[]
      ).filter((e) => e.type === 'consent_changed');
    expect(await timeline(scene.youth.email)).toHaveLength(4);
    expect(await timeline(scene.mother.email)).toEqual([]);
    expect(await timeline(scene.young.email)).toEqual([]);
  });

  it('refuses consent for a child under 16 or a parent (not applicable)', async () => {
    for (const memberId of [scene.youngMember.id, scene.motherMember.id]) {
      const res = await give(scene.coordinator.email, memberId, true);
      expect([res.status, res.body.code]).toEqual([409, 'invalid_state']);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('refuses a child under 16, a parent, and a child of 16+ for someone else', async () => {
    expect((await give(scene.young.email, scene.youngMember.id, true)).status).toBe(403);
    expect((await give(scene.mother.email, scene.youthMember.id, true)).status).toBe(403);
    expect((await give(scene.youth.email, scene.youngMember.id, true)).status).toBe(403);
    expect((await seenBy(scene.coordinator.email, scene.youthMember.id)).sharesWithParents).toBe(false);
  });

  it('answers a member of another family exactly as no member at all', async () => {
    const other = await give(scene.coordinator.email, scene.otherYouth.id, true);
    const none = await give(scene.coordinator.email, '00000000-0000-4000-8000-000000000000', true);
    expect([other.status, other.body.code]).toEqual([404, 'not_found']);
    expect([none.status, none.body.code, none.body.detail]).toEqual([404, 'not_found', other.body.detail]);
    const untouched: { shares_with_parents: boolean }[] = await t.dataSource.query(
      'SELECT shares_with_parents FROM case_member WHERE id = $1',
      [scene.otherYouth.id],
    );
    expect(untouched[0].shares_with_parents).toBe(false);
  });
});
