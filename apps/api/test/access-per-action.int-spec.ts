import { TafelDetail, TafelSummary } from '@tafel/shared/contracts';
import { TEST_PASSWORD, activeCoordinators, addMember, makeCase, makeUser } from './support/factories';
import { makeSitting, makeTafelScene, validRequest, workingDayAt } from './support/tafel-scene';
import { TestApp, createTestApp, loginAs } from './support/test-app';

type Agent = Awaited<ReturnType<typeof loginAs>>;

const REASON = 'Kind op de spoedeisende hulp met letsel; crisisdienst heeft gezinsgegevens nodig.';

/** The reproductions of issue 7, each against the running app: they failed before the access table. */
describe('one access decision per action', () => {
  let t: TestApp;
  let scene: Awaited<ReturnType<typeof makeTafelScene>>;
  let coordinator: Agent;

  const as = async (user: { email: string }) => loginAs(t.app, user.email, TEST_PASSWORD);
  const logRows = (caseId: string, userId: string) =>
    t.dataSource.query(
      `SELECT event, action, authorised, relationship, emergency, person_id, on_behalf_of
         FROM access_log WHERE case_id = $1 AND user_id = $2 ORDER BY id`,
      [caseId, userId],
    );

  beforeAll(async () => {
    t = await createTestApp();
    scene = await makeTafelScene(t.dataSource);
    coordinator = await as(scene.coordinator);
  });
  afterAll(() => t.close());

  it('1. makes break the glass read-only: no case edits, regie, hand-over, invitations or requests', async () => {
    const intruder = await makeUser(t.dataSource, 'coordinator');
    const agent = await as(intruder);
    const gi = await as(scene.gi);
    for (const a of [agent, gi])
      await a.post(`/api/v1/cases/${scene.theCase.id}/emergency-access`).send({ reason: REASON }).expect(201);
    const id = scene.theCase.id;

    expect((await agent.get(`/api/v1/cases/${id}`)).status).toBe(200);
    const refused = [
      await agent.patch(`/api/v1/cases/${id}`).send({ familyName: 'Overgenomen' }),
      await agent
        .put(`/api/v1/cases/${id}/regie`)
        .send({ mode: 'professional', reason: 'Ik neem het over.' }),
      await agent
        .put(`/api/v1/cases/${id}/coordinator`)
        .send({ coordinatorId: intruder.id, reason: 'Overname' }),
      await agent
        .post(`/api/v1/cases/${id}/invitations`)
        .send({ memberId: scene.youth.id, email: 'nieuw.adres@test.example' }),
      await gi.post('/api/v1/tafels').send(validRequest(id)),
    ];
    expect(refused.map((r) => [r.status, r.body.code])).toEqual(refused.map(() => [403, 'forbidden']));
    expect(refused[0].headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await activeCoordinators(t.dataSource, id)).toEqual([scene.coordinator.id]);

    const rows = await logRows(id, intruder.id);
    expect(rows.find((r: { event: string }) => r.event === 'case.read')).toMatchObject({
      relationship: 'emergency',
      emergency: true,
      authorised: true,
    });
    await agent.get('/api/v1/cases').expect(200);
    expect(
      (await logRows(id, intruder.id)).find((r: { event: string }) => r.event === 'case.list'),
    ).toMatchObject({
      relationship: 'emergency',
      emergency: true,
    });
    expect(rows.find((r: { event: string }) => r.event === 'case.update')).toMatchObject({
      relationship: 'emergency',
      authorised: false,
    });
  });

  it('2. leaves the coordinator’s work to the active coordinator: a former one cannot take the case back', async () => {
    const first = await makeUser(t.dataSource, 'coordinator');
    const second = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, first);
    const former = await as(first);
    await former
      .put(`/api/v1/cases/${theCase.id}/coordinator`)
      .send({ coordinatorId: second.id, reason: 'Verhuisd naar een andere wijk' })
      .expect(200);
    // Now only an added professional: reads, but does none of the coordinator's work.
    await former.get(`/api/v1/cases/${theCase.id}`).expect(200);
    const back = await former
      .put(`/api/v1/cases/${theCase.id}/coordinator`)
      .send({ coordinatorId: first.id, reason: 'Ik neem het terug' });
    expect([back.status, back.body.code]).toEqual([403, 'forbidden']);
    expect((await former.patch(`/api/v1/cases/${theCase.id}`).send({ familyName: 'X' })).status).toBe(403);
    expect(await activeCoordinators(t.dataSource, theCase.id)).toEqual([second.id]);
    const tafel: TafelDetail = (
      await (await as(second)).post('/api/v1/tafels').send(validRequest(theCase.id)).expect(201)
    ).body;
    expect(
      (await former.post(`/api/v1/tafels/${tafel.id}/cancel`).send({ reason: 'Niet meer nodig.' })).status,
    ).toBe(403);
  });

  it('3. lets a participant act on their own tafel only', async () => {
    const own: TafelDetail = (
      await coordinator.post('/api/v1/tafels').send(validRequest(scene.theCase.id)).expect(201)
    ).body;
    const other: TafelDetail = (
      await coordinator.post('/api/v1/tafels').send(validRequest(scene.theCase.id)).expect(201)
    ).body;
    await coordinator
      .post(`/api/v1/tafels/${own.id}/participants`)
      .send({ role: 'raad', userId: scene.raad.id })
      .expect(201);
    const raad = await as(scene.raad);
    const vtt = await makeUser(t.dataSource, 'professional', {}, 'veilig_thuis');
    const parentSeat = other.participants.find((p) => p.memberId === scene.parent.id);

    const excluded = await raad
      .put(`/api/v1/tafels/${other.id}/participants/${parentSeat?.id}/not-invited`)
      .send({ reason: 'Contactverbod volgens de rechter.' });
    const added = await raad
      .post(`/api/v1/tafels/${other.id}/participants`)
      .send({ role: 'vtt', userId: vtt.id });
    expect([excluded.status, added.status]).toEqual([403, 403]);
    expect((await (await as(vtt)).get(`/api/v1/cases/${scene.theCase.id}`)).status).toBe(404);
    // Reading the other tafel of the case stays possible; acting on their own tafel too.
    await raad.get(`/api/v1/tafels/${other.id}`).expect(200);
    await raad
      .post(`/api/v1/tafels/${own.id}/participants`)
      .send({ role: 'vtt', userId: vtt.id })
      .expect(403);
  });

  describe('5. privacy on the tafel record', () => {
    let tafel: TafelDetail;
    let leftOutUser: { id: string; email: string };
    let networkUser: { id: string; email: string };
    let noCustodyUser: { id: string; email: string };
    let invitedTafel: TafelDetail;

    beforeAll(async () => {
      const ds = t.dataSource;
      leftOutUser = await makeUser(ds, 'parent');
      noCustodyUser = await makeUser(ds, 'parent');
      networkUser = await makeUser(ds, 'network');
      await ds.query('UPDATE case_member SET user_id = $1 WHERE id = $2', [
        leftOutUser.id,
        scene.otherParent.id,
      ]);
      await ds.query('UPDATE case_member SET user_id = $1 WHERE id = $2', [networkUser.id, scene.network.id]);
      const noCustody = await addMember(ds, scene.theCase.id, 'parent', noCustodyUser as never);
      await ds.query('UPDATE case_member SET custody = false WHERE id = $1', [noCustody.id]);
      tafel = (
        await coordinator
          .post('/api/v1/tafels')
          .send({ ...validRequest(scene.theCase.id), reason: 'Melding van huiselijk geweld door de school.' })
          .expect(201)
      ).body;
      const seat = tafel.participants.find((p) => p.memberId === scene.otherParent.id);
      await coordinator
        .put(`/api/v1/tafels/${tafel.id}/participants/${seat?.id}/not-invited`)
        .send({ reason: 'Contactverbod volgens de rechter.' })
        .expect(200);
      invitedTafel = (
        await coordinator.post('/api/v1/tafels').send(validRequest(scene.theCase.id)).expect(201)
      ).body;
      await coordinator
        .post(`/api/v1/tafels/${invitedTafel.id}/participants`)
        .send({ role: 'confidant', memberId: scene.network.id, confidantForMemberId: scene.parent.id })
        .expect(201);
    });

    it("gives a 14-year-old's 'Mijn gesprek' neither the request's reason nor the parents' reaction", async () => {
      const seen: TafelDetail = (
        await (await as(scene.youthUser)).get(`/api/v1/tafels/${tafel.id}`).expect(200)
      ).body;
      expect(seen.documentsWithheld).toBe(true);
      expect(seen.request.reason).toBeNull();
      expect(seen.request.parentsReaction).toBeUndefined();
      expect(JSON.stringify(seen)).not.toContain('huiselijk geweld');
      expect(JSON.stringify(seen)).not.toContain('Contactverbod');
      const parent: TafelDetail = (await (await as(scene.parentUser)).get(`/api/v1/tafels/${tafel.id}`)).body;
      expect(parent.request.reason).toBe('Melding van huiselijk geweld door de school.');
    });

    it('keeps a left-out parent away from that tafel, in the list and in detail', async () => {
      const agent = await as(leftOutUser);
      expect((await agent.get(`/api/v1/tafels/${tafel.id}`)).status).toBe(403);
      const listed: TafelSummary[] = (await agent.get('/api/v1/tafels').expect(200)).body;
      expect(listed.map((x) => x.id)).not.toContain(tafel.id);
      expect(listed.map((x) => x.id)).toContain(invitedTafel.id);
    });

    it('shows a network member only the tafel they are invited to, not the case', async () => {
      const agent = await as(networkUser);
      expect((await agent.get(`/api/v1/cases/${scene.theCase.id}`)).status).toBe(403);
      expect(((await agent.get('/api/v1/cases').expect(200)).body as { total: number }).total).toBe(0);
      expect((await agent.get(`/api/v1/tafels/${tafel.id}`)).status).toBe(404);
      const listed: TafelSummary[] = (await agent.get('/api/v1/tafels').expect(200)).body;
      expect(listed.map((x) => x.id)).toEqual([invitedTafel.id]);
      const seen: TafelDetail = (await agent.get(`/api/v1/tafels/${invitedTafel.id}`).expect(200)).body;
      expect(seen.request.reason).toBeNull();
      const [row] = await t.dataSource.query(
        `SELECT person_id, on_behalf_of FROM access_log
          WHERE user_id = $1 AND event = 'tafel.read' AND authorised ORDER BY id DESC LIMIT 1`,
        [networkUser.id],
      );
      expect(row).toEqual({ person_id: scene.network.id, on_behalf_of: scene.parent.id });
    });

    it('extends the restricted view of a parent without custody to the tafel texts', async () => {
      const seen: TafelDetail = (
        await (await as(noCustodyUser)).get(`/api/v1/tafels/${tafel.id}`).expect(200)
      ).body;
      expect(seen.documentsWithheld).toBe(true);
      expect(seen.request.reason).toBeNull();
    });
  });

  describe('refusals of item 6 and the log of item 4', () => {
    it('refuses a tafel request on a closed case', async () => {
      const theCase = await makeCase(t.dataSource, scene.coordinator, { phase: 'closed' });
      const res = await coordinator.post('/api/v1/tafels').send(validRequest(theCase.id));
      expect([res.status, res.body.code]).toEqual([409, 'invalid_state']);
      expect(res.body.detail).toMatch(/closed/);
    });

    it("answers another family's agreement exactly like a non-existent one", async () => {
      const [agreement] = await t.dataSource.query(
        `INSERT INTO agreement (tafel_id, case_id, owner_name, what, due_date)
         SELECT t.id, t.case_id, 'Moeder', 'Naar de cursus', current_date FROM tafel t
          WHERE t.case_id = $1 LIMIT 1 RETURNING id`,
        [scene.theCase.id],
      );
      const stranger = await as(await makeUser(t.dataSource, 'coordinator'));
      const theirs = await stranger.patch(`/api/v1/agreements/${agreement.id}`).send({ status: 'done' });
      const none = await stranger
        .patch('/api/v1/agreements/00000000-0000-4000-8000-000000000000')
        .send({ status: 'done' });
      expect([theirs.status, theirs.body.code, theirs.body.detail]).toEqual([
        none.status,
        none.body.code,
        none.body.detail,
      ]);
      expect(theirs.status).toBe(404);
    });

    it('logs a granted write that then fails as a failed attempt, not as an authorised change', async () => {
      const res = await coordinator
        .put(`/api/v1/cases/${scene.theCase.id}/coordinator`)
        .send({ coordinatorId: scene.coordinator.id, reason: 'Aan mezelf' });
      expect(res.status).toBe(409);
      const events = (await logRows(scene.theCase.id, scene.coordinator.id)).map(
        (r: { event: string }) => r.event,
      );
      expect(events).toContain('case.handover.failed');
      expect(events).not.toContain('case.handover');
    });

    it('names the person an invitation concerns', async () => {
      const stepParent = await addMember(t.dataSource, scene.theCase.id, 'parent');
      await coordinator
        .post(`/api/v1/cases/${scene.theCase.id}/invitations`)
        .send({ memberId: stepParent.id, email: `ouder.${Date.now()}@test.example` })
        .expect(201);
      const rows = await logRows(scene.theCase.id, scene.coordinator.id);
      expect(rows.find((r: { event: string }) => r.event === 'case.invite')).toMatchObject({
        action: 'C',
        authorised: true,
        person_id: stepParent.id,
      });
    });

    it("refuses attendance and a decision before the tafel's day, and takes them on it", async () => {
      const tafel: TafelDetail = (
        await coordinator.post('/api/v1/tafels').send(validRequest(scene.theCase.id)).expect(201)
      ).body;
      await coordinator
        .post(`/api/v1/tafels/${tafel.id}/participants`)
        .send({ role: 'raad', userId: scene.raad.id })
        .expect(201);
      const sitting = await makeSitting(t.dataSource, scene.chair, scene.secretary, workingDayAt(4, 8), 1);
      const scheduled: TafelDetail = (
        await coordinator
          .put(`/api/v1/tafels/${tafel.id}/schedule`)
          .send({ sittingId: sitting.id, startsAt: sitting.startsAt.toISOString() })
          .expect(200)
      ).body.tafel;
      const chair = await as(scene.chair);
      const raadSeat = scheduled.participants.find((p) => p.role === 'raad');
      const attendance = { items: [{ participantId: raadSeat?.id, attendance: 'present' }] };
      const decision = {
        decision: 'no_investigation',
        rationale: 'De vrijwillige hulp loopt goed en wordt voortgezet.',
        parentsView: 'agree',
        parentsViewText: 'Wij zijn het eens.',
        childHeard: 'in_person',
        agreements: [],
      };
      const early = [
        await chair.put(`/api/v1/tafels/${tafel.id}/attendance`).send(attendance),
        await chair.post(`/api/v1/tafels/${tafel.id}/decision`).send(decision),
      ];
      expect(early.map((r) => [r.status, r.body.code])).toEqual([
        [409, 'too_early'],
        [409, 'too_early'],
      ]);
      await t.dataSource.query(`UPDATE tafel SET starts_at = now() - interval '1 hour' WHERE id = $1`, [
        tafel.id,
      ]);
      await chair.put(`/api/v1/tafels/${tafel.id}/attendance`).send(attendance).expect(200);
      await chair.post(`/api/v1/tafels/${tafel.id}/decision`).send(decision).expect(200);
    });
  });
});
