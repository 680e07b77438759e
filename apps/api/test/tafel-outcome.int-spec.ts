import { randomUUID } from 'node:crypto';
import { CaseDetail, ChainEvent, FamilyAgreement, TafelDetail, TafelSummary } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { TEST_PASSWORD, makeOrganisation } from './support/factories';
import {
  Agent,
  makeSitting,
  makeTafelScene,
  moveToItsDay,
  scheduledToeleiding,
  tafelsOnTheirDay,
  validRequest,
  workingDayAt,
} from './support/tafel-scene';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const daysFromNow = (n: number) => toIsoDate(new Date(Date.now() + n * 86_400_000));

describe('the outcome of a tafel', () => {
  let t: TestApp;
  let scene: Awaited<ReturnType<typeof makeTafelScene>>;
  let coordinator: Agent;
  let chair: Agent;
  let scheduled: () => Promise<TafelDetail>;

  const decision = (overrides: Record<string, unknown> = {}) => ({
    decision: 'conditional',
    rationale: 'Ouders werken mee onder voorwaarden; onderzoek uitgesteld.',
    parentsView: 'disagree',
    parentsViewText: 'Wij vinden dat het thuis goed gaat.',
    conditionsDeadline: daysFromNow(90),
    childHeard: 'in_person',
    agreements: [
      {
        ownerMemberId: scene.parent.id,
        what: 'Moeder gaat elke week naar de opvoedcursus.',
        dueDate: daysFromNow(30),
      },
      { ownerUserId: scene.coordinator.id, what: 'Regievoerder belt de school.', dueDate: daysFromNow(-1) },
    ],
    ...overrides,
  });

  const tafelCount = async () =>
    (
      await t.dataSource.query('SELECT count(*)::int AS n FROM tafel WHERE case_id = $1', [scene.theCase.id])
    )[0].n as number;

  beforeAll(async () => {
    t = await createTestApp();
    scene = await makeTafelScene(t.dataSource);
    coordinator = await loginAs(t.app, scene.coordinator.email, TEST_PASSWORD);
    chair = await loginAs(t.app, scene.chair.email, TEST_PASSWORD);
    scheduled = tafelsOnTheirDay(t.dataSource, scene, coordinator);
  });
  afterAll(() => t.close());

  it('is decided by the chair of the tafel only', async () => {
    const tafel = await scheduled();
    const res = await coordinator.post(`/api/v1/tafels/${tafel.id}/decision`).send(decision());
    expect(res.status).toBe(403);
    const raad = await loginAs(t.app, scene.raad.email, TEST_PASSWORD);
    expect((await raad.post(`/api/v1/tafels/${tafel.id}/decision`).send(decision())).status).toBe(403);
  });

  it.each([
    ['a decision outside the moment type', { decision: 'handover_to_gi' }, 'decision'],
    ['drang without a deadline', { conditionsDeadline: undefined }, 'conditionsDeadline'],
    ['drang beyond six months', { conditionsDeadline: daysFromNow(200) }, 'conditionsDeadline'],
    ['an impossible deadline', { conditionsDeadline: '2027-02-30' }, 'conditionsDeadline'],
    ['an unknown decision', { decision: 'jail' }, 'decision'],
    ['no record of hearing the child', { childHeard: undefined }, 'childHeard'],
    [
      'an agreement without owner',
      { agreements: [{ what: 'Iets doen zonder eigenaar', dueDate: daysFromNow(3) }] },
      'agreements.0.owner',
    ],
  ])('refuses %s and changes nothing', async (_label, change, param) => {
    const tafel = await scheduled();
    const before = await tafelCount();
    const res = await chair.post(`/api/v1/tafels/${tafel.id}/decision`).send(decision(change));
    expect(res.status).toBe(400);
    expect(res.body.invalidParams.map((p: { name: string }) => p.name)).toContain(param);
    expect((await coordinator.get(`/api/v1/tafels/${tafel.id}`)).body.status).toBe('scheduled');
    expect(await tafelCount()).toBe(before);
  });

  it('drang: concludes the tafel, moves the case to drang and requests a herbespreking on the deadline', async () => {
    const tafel = await scheduled();
    const deadline = daysFromNow(90);
    const res = await chair
      .post(`/api/v1/tafels/${tafel.id}/decision`)
      .send(decision({ conditionsDeadline: deadline }));
    expect(res.status).toBe(200);
    const decided: TafelDetail = res.body;
    expect(decided.status).toBe('concluded');
    expect(decided.decision).toMatchObject({
      decision: 'conditional',
      parentsView: 'disagree',
      conditionsDeadline: deadline,
    });
    expect(decided.childHeard).toBe('in_person');
    expect(decided.agreements.map((a) => [a.ownerName.startsWith('parent-'), a.overdue])).toEqual([
      [false, true],
      [true, false],
    ]);
    const theCase: CaseDetail = (await coordinator.get(`/api/v1/cases/${scene.theCase.id}`)).body;
    expect(theCase.phase).toBe('drang');
    const tafels: TafelSummary[] = (await coordinator.get(`/api/v1/tafels?caseId=${scene.theCase.id}`)).body;
    const herbespreking = tafels.find((x) => x.momentType === 'herbespreking');
    expect(herbespreking).toMatchObject({ status: 'requested', dueDate: deadline });
    const events: ChainEvent[] = (await coordinator.get(`/api/v1/cases/${scene.theCase.id}/events`)).body;
    const types = events.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['tafel_held', 'decision_recorded', 'phase_changed']));
    expect(events.find((e) => e.type === 'decision_recorded')?.data).toMatchObject({
      decision: 'conditional',
    });
    const held = events.find((e) => e.type === 'tafel_held' && e.data['tafelId'] === tafel.id);
    expect(new Date(held?.occurredAt ?? 0).getTime()).toBeLessThanOrEqual(Date.now());

    // The decision asked for the herbespreking, not the coordinator: its chair is the requester, with
    // the tafel it follows from; the coordinator sits in the requester's seat to present the family.
    const detail: TafelDetail = (await coordinator.get(`/api/v1/tafels/${herbespreking?.id}`)).body;
    expect(detail.request).toMatchObject({
      requestedBy: scene.chair.displayName,
      followsTafel: { tafelId: tafel.id, heldAt: held?.occurredAt },
    });
    expect(detail.participants.filter((p) => p.role === 'requester').map((p) => p.userId)).toEqual([
      scene.coordinator.id,
    ]);
    const requested = events.filter(
      (e) => e.type === 'tafel_requested' && e.data['tafelId'] === herbespreking?.id,
    );
    expect(requested.map((e) => [e.actor, e.data])).toEqual([
      [
        scene.chair.displayName,
        expect.objectContaining({ momentType: 'herbespreking', followsTafelId: tafel.id }),
      ],
    ]);
  });

  it('keeps a held tafel in its slot on the agenda, not shown as free', async () => {
    const { tafel, sitting } = await scheduledToeleiding(t.dataSource, scene, coordinator, 40);
    const inSlot = async () =>
      (await chair.get(`/api/v1/sittings?from=${sitting.startsAt.toISOString()}`).expect(200)).body[0]
        .slots[0].tafelId;
    expect(await inSlot()).toBe(tafel.id);
    for (const status of ['concluded', 'minutes_adopted']) {
      await t.dataSource.query('UPDATE tafel SET status = $2 WHERE id = $1', [tafel.id, status]);
      expect(await inSlot()).toBe(tafel.id);
    }
    await t.dataSource.query(`UPDATE tafel SET status = 'cancelled' WHERE id = $1`, [tafel.id]);
    expect(await inSlot()).toBeNull();
  });

  it("puts the decision's events on the timeline at the tafel's time, not at the time of typing", async () => {
    const own = await makeTafelScene(t.dataSource);
    const ownCoordinator = await loginAs(t.app, own.coordinator.email, TEST_PASSWORD);
    const ownChair = await loginAs(t.app, own.chair.email, TEST_PASSWORD);
    const tafel = await tafelsOnTheirDay(t.dataSource, own, ownCoordinator)();
    const [{ startsAt }] = await t.dataSource.query<{ startsAt: Date }[]>(
      'SELECT starts_at AS "startsAt" FROM tafel WHERE id = $1',
      [tafel.id],
    );
    expect(Date.now() - startsAt.getTime()).toBeGreaterThan(30 * 60_000);
    await ownChair
      .post(`/api/v1/tafels/${tafel.id}/decision`)
      .send(decision({ agreements: [] }))
      .expect(200);
    const events: ChainEvent[] = (await ownCoordinator.get(`/api/v1/cases/${own.theCase.id}/events`)).body;
    const at = (type: string) =>
      events
        .filter(
          (e) =>
            e.type === type &&
            (type === 'phase_changed' || (e.data as Record<string, unknown>)['tafelId'] === tafel.id),
        )
        .map((e) => new Date(e.occurredAt).getTime());
    expect(at('tafel_held')).toEqual([startsAt.getTime()]);
    expect(at('decision_recorded')).toEqual([startsAt.getTime()]);
    expect(at('phase_changed')).toContain(startsAt.getTime());
    // The herbespreking's generated reason names the day in Dutch words, not an ISO date.
    const [{ reason }] = await t.dataSource.query<{ reason: string }[]>(
      `SELECT reason FROM tafel WHERE case_id = $1 AND moment_type = 'herbespreking'`,
      [own.theCase.id],
    );
    expect(reason).toMatch(/besluit van \w+dag \d{1,2} \w+ \d{4}\)/);
    expect(reason).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('puts them at the opening of the room when the tafel began late, so the timeline keeps its order', async () => {
    const own = await makeTafelScene(t.dataSource);
    const ownCoordinator = await loginAs(t.app, own.coordinator.email, TEST_PASSWORD);
    const ownChair = await loginAs(t.app, own.chair.email, TEST_PASSWORD);
    const tafel = await tafelsOnTheirDay(t.dataSource, own, ownCoordinator)();
    await ownChair.post(`/api/v1/tafels/${tafel.id}/open`).expect(200);
    await ownChair
      .post(`/api/v1/tafels/${tafel.id}/decision`)
      .send(decision({ agreements: [] }))
      .expect(200);
    const events: ChainEvent[] = (await ownCoordinator.get(`/api/v1/cases/${own.theCase.id}/events`)).body;
    const at = (type: string) =>
      events.filter((e) => e.type === type).map((e) => new Date(e.occurredAt).getTime());
    const [opened] = at('tafel_opened');
    expect(at('tafel_held')).toEqual([opened]);
    expect(at('decision_recorded')).toEqual([opened]);
    // The herbespreking the decision asks for names the same moment as the tafel it follows from.
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      'SELECT id FROM tafel WHERE follows_tafel_id = $1',
      [tafel.id],
    );
    const next: TafelDetail = (await ownCoordinator.get(`/api/v1/tafels/${id}`).expect(200)).body;
    expect(new Date(next.request.followsTafel?.heldAt ?? 0).getTime()).toBe(opened);
  });

  it('a request for investigation sends the VTO and keeps the case in toeleiding until the RvdK starts', async () => {
    const tafel = await scheduled();
    await chair
      .post(`/api/v1/tafels/${tafel.id}/decision`)
      .send(decision({ decision: 'request_investigation', conditionsDeadline: undefined, agreements: [] }))
      .expect(200);
    const events: ChainEvent[] = (await coordinator.get(`/api/v1/cases/${scene.theCase.id}/events`)).body;
    expect(events.map((e) => e.type)).toContain('vto_sent');
    expect((await coordinator.get(`/api/v1/cases/${scene.theCase.id}`)).body.phase).toBe('toeleiding');
    const again = await chair.post(`/api/v1/tafels/${tafel.id}/decision`).send(decision());
    expect(again.status).toBe(409);
  });

  it('an overdracht hands over to a GI that must be a GI, and leaves the phase to the kinderrechter', async () => {
    const tafel: TafelDetail = (
      await coordinator
        .post('/api/v1/tafels')
        .send({ ...validRequest(scene.theCase.id), momentType: 'overdracht' })
    ).body;
    for (const [role, userId] of [
      ['raad', scene.raad.id],
      ['gi', scene.gi.id],
    ]) {
      await coordinator.post(`/api/v1/tafels/${tafel.id}/participants`).send({ role, userId }).expect(201);
    }
    const sitting = await makeSitting(t.dataSource, scene.chair, scene.secretary, workingDayAt(12, 14), 1);
    await coordinator
      .put(`/api/v1/tafels/${tafel.id}/schedule`)
      .send({ sittingId: sitting.id, startsAt: sitting.startsAt.toISOString() })
      .expect(200);
    await moveToItsDay(t.dataSource, tafel.id);
    const wijkteam = await makeOrganisation(t.dataSource);
    const gi = await makeOrganisation(t.dataSource, 'gi');
    const base = decision({ decision: 'handover_to_gi', conditionsDeadline: undefined, agreements: [] });
    expect(
      (
        await chair
          .post(`/api/v1/tafels/${tafel.id}/decision`)
          .send({ ...base, giOrganisationId: wijkteam.id })
      ).status,
    ).toBe(400);
    await chair
      .post(`/api/v1/tafels/${tafel.id}/decision`)
      .send({ ...base, giOrganisationId: gi.id })
      .expect(200);
    expect((await coordinator.get(`/api/v1/cases/${scene.theCase.id}`)).body.phase).not.toBe('measure');
    const events: ChainEvent[] = (await coordinator.get(`/api/v1/cases/${scene.theCase.id}/events`)).body;
    const decided = events.find((e) => e.type === 'decision_recorded' && e.data.tafelId === tafel.id);
    expect(decided?.attribution).toMatchObject({ actorRole: 'chair', requesterType: 'wijkteam' });
    // From the hand-over on, the case's events belong to the GI it was handed to.
    expect(events.find((e) => e.type === 'handover_sent')?.attribution.giOrganisationId).toBe(gi.id);
    expect(events.some((e) => e.type === 'phase_changed' && e.data.to === 'measure')).toBe(false);
  });

  it('records attendance (an absence needs a reason) and RSVPs by the participants themselves', async () => {
    const tafel = await scheduled();
    const parent = await loginAs(t.app, scene.parentUser.email, TEST_PASSWORD);
    const rsvp = await parent.put(`/api/v1/tafels/${tafel.id}/rsvp`).send({ response: 'accepted' });
    expect(rsvp.status).toBe(200);
    const mine = (rsvp.body as TafelDetail).participants.find((p) => p.userId === scene.parentUser.id);
    expect(mine?.invitation).toBe('accepted');
    const other = tafel.participants.find((p) => p.memberId === scene.otherParent.id);
    const url = `/api/v1/tafels/${tafel.id}/attendance`;
    const noReason = await chair
      .put(url)
      .send({ items: [{ participantId: other?.id, attendance: 'absent' }] });
    expect(noReason.status).toBe(400);
    const ok = await chair.put(url).send({
      items: [
        { participantId: other?.id, attendance: 'absent', absenceReason: 'Ziek' },
        { participantId: mine?.id, attendance: 'present' },
      ],
    });
    expect(ok.status).toBe(200);
    const recorded = (ok.body as TafelDetail).participants.find((p) => p.id === other?.id);
    expect(recorded).toMatchObject({ attendance: 'absent', absenceReason: 'Ziek' });
    expect((await coordinator.put(url).send({ items: [] })).status).toBe(403);
  });

  it('lets the coordinator mark an agreement done', async () => {
    const tafel = await scheduled();
    const decided: TafelDetail = (await chair.post(`/api/v1/tafels/${tafel.id}/decision`).send(decision()))
      .body;
    const overdue = decided.agreements.find((a) => a.overdue);
    const res = await coordinator.patch(`/api/v1/agreements/${overdue?.id}`).send({ status: 'done' });
    expect(res.status).toBe(200);
    expect((res.body as TafelDetail).agreements.find((a) => a.id === overdue?.id)).toMatchObject({
      status: 'done',
      overdue: false,
    });
  });

  it("links an agreement to a goal of the family's plan as it now stands; another goal is 400", async () => {
    const plan = `/api/v1/cases/${scene.theCase.id}/plan`;
    const goal = { id: randomUUID(), text: 'Moeder en de kinderen hebben rust in huis.' };
    const draft = (await coordinator.get(plan)).body.draft;
    await coordinator
      .put(plan)
      .send({ baseRevision: draft.revision, goals: [goal] })
      .expect(200);
    const linked = (goalId: string) =>
      decision({
        agreements: [
          {
            ownerMemberId: scene.parent.id,
            what: 'Moeder zoekt een cursus.',
            dueDate: daysFromNow(20),
            goalId,
          },
          {
            ownerUserId: scene.coordinator.id,
            what: 'Regievoerder belt de school.',
            dueDate: daysFromNow(10),
          },
        ],
      });

    const tafel = await scheduled();
    const unknown = await chair.post(`/api/v1/tafels/${tafel.id}/decision`).send(linked(randomUUID()));
    expect(unknown.status).toBe(400);
    expect(unknown.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(unknown.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['agreements.0.goalId']);
    expect((await coordinator.get(`/api/v1/tafels/${tafel.id}`)).body.status).toBe('scheduled');

    const res = await chair.post(`/api/v1/tafels/${tafel.id}/decision`).send(linked(goal.id));
    expect(res.status).toBe(200);
    const decided: TafelDetail = res.body;
    expect(decided.agreements.map((a) => [a.what, a.goalId])).toEqual([
      ['Regievoerder belt de school.', null],
      ['Moeder zoekt een cursus.', goal.id],
    ]);
    const list: FamilyAgreement[] = (
      await coordinator.get(`/api/v1/cases/${scene.theCase.id}/agreements`).expect(200)
    ).body;
    expect(list.find((a) => a.what === 'Moeder zoekt een cursus.')).toMatchObject({
      source: 'tafel',
      goalId: goal.id,
      status: 'open',
    });
  });
});
