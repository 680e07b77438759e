import {
  CHAIN_PHASES,
  CaseDetail,
  CaseListItem,
  CaseSummary,
  ChainEvent,
  Page,
} from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { AgreementEntity } from '../src/modules/tafels/entities/agreement.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import { TEST_PASSWORD, addMember, makeCase, makeUser, makeTafel } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

describe('cases API', () => {
  let t: TestApp;
  let agent: Awaited<ReturnType<typeof loginAs>>;
  let coordinator: UserEntity;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await makeUser(t.dataSource, 'coordinator');
    agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    for (const [familyName, gemeente, phase] of [
      ['Oude Luttikhuis', 'Losser', 'measure'],
      ['Luttik', 'Losser', 'signal'],
      ['Nijhuis', 'Almelo', 'measure'],
    ] as const) {
      ids[familyName] = (await makeCase(t.dataSource, coordinator, { familyName, gemeente, phase })).id;
    }
  });
  afterAll(() => t.close());

  it('creates a case with a case number, the caller as coordinator and opening events', async () => {
    const res = await agent.post('/api/v1/cases').send({ familyName: 'Kamphuis', gemeente: 'Tubbergen' });
    expect(res.status).toBe(201);
    const created: CaseDetail = res.body;
    expect(created.caseNumber).toMatch(/^TW-\d{4}-\d{5}$/);
    expect(created.phase).toBe('signal');
    expect(created.regieMode).toBe('family');
    const events: ChainEvent[] = (await agent.get(`/api/v1/cases/${created.id}/events`)).body;
    expect(events.map((e) => e.type).sort()).toEqual(['case_opened', 'coordinator_assigned']);
  });

  it('filters by gemeente, phase and search text, and paginates', async () => {
    const get = async (query: string) =>
      (await agent.get(`/api/v1/cases?${query}`)).body as Page<CaseSummary>;
    expect((await get('gemeente=Losser')).items.map((c) => c.familyName).sort()).toEqual([
      'Luttik',
      'Oude Luttikhuis',
    ]);
    expect((await get('gemeente=Losser&phase=measure')).items.map((c) => c.familyName)).toEqual([
      'Oude Luttikhuis',
    ]);
    expect((await get('q=luttik')).total).toBe(2);
    expect((await get('q=%25')).total).toBe(0);
    const page1 = await get('pageSize=2&page=1');
    const page2 = await get('pageSize=2&page=2');
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBeGreaterThanOrEqual(3);
    expect(page2.items.map((c) => c.id)).not.toContain(page1.items[0].id);
  });

  it('sorts by case number, family name, phase (chain order) and last activity, both ways', async () => {
    const list = async (query: string) =>
      ((await agent.get(`/api/v1/cases?pageSize=100&${query}`).expect(200)).body as Page<CaseSummary>).items;
    const names = (items: CaseSummary[]) => items.map((c) => c.familyName);
    const byName = await list('sort=familyName');
    expect(names(byName)).toEqual([...names(byName)].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(names(byName).indexOf('Luttik')).toBeLessThan(names(byName).indexOf('Nijhuis'));
    expect(names(await list('sort=familyName&direction=desc'))).toEqual([...names(byName)].reverse());

    const numbers = (await list('sort=caseNumber&direction=desc')).map((c) => c.caseNumber);
    expect(numbers).toEqual([...numbers].sort().reverse());

    const phases = (await list('sort=phase')).map((c) => CHAIN_PHASES.indexOf(c.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(new Set(phases).size).toBeGreaterThan(1);

    const oldestFirst = (await list('sort=lastActivity')).map((c) => c.updatedAt);
    expect(oldestFirst).toEqual([...oldestFirst].sort());
    const newestFirst = (await list('')).map((c) => c.updatedAt);
    expect(newestFirst).toEqual([...oldestFirst].reverse());
  });

  it("marks the families that need the caller's action, puts them first and filters on them", async () => {
    const list = async (query: string, as = agent) =>
      (await as.get(`/api/v1/cases?pageSize=100&${query}`).expect(200)).body as Page<CaseListItem>;
    const caseId = ids['Nijhuis'];
    const tafel = await makeTafel(t.dataSource, caseId, coordinator.id, {
      requestedAt: new Date(Date.now() - 30 * 86_400_000),
    });
    const yesterday = toIsoDate(new Date(Date.now() - 86_400_000));
    await t.dataSource
      .getRepository(AgreementEntity)
      .insert({ tafelId: tafel.id, caseId, ownerName: 'Wijkteam', what: 'Belt school', dueDate: yesterday });

    const first = await list('sort=needsAction');
    expect(first.items[0]).toMatchObject({ id: caseId, needsAction: ['agreement_overdue'] });
    expect(first.items.slice(1).every((c) => c.needsAction.length === 0)).toBe(true);
    expect((await list('sort=needsAction&direction=desc')).items.at(-1)?.id).toBe(caseId);
    const only = await list('needsAction=true');
    expect([only.total, only.items.map((c) => c.id)]).toEqual([1, [caseId]]);
    // The same row for someone who does not hold its regie: nothing for them to do.
    const other = await makeUser(t.dataSource, 'coordinator');
    const theirs = await loginAs(t.app, other.email, TEST_PASSWORD);
    expect((await list('needsAction=true', theirs)).total).toBe(0);
    for (const row of (await list('', theirs)).items) expect(row.needsAction).toEqual([]);
  });

  it('refuses a sort key or direction outside the allow-list with 400 problem+json', async () => {
    for (const query of [
      'sort=password_hash',
      'sort=familyName;drop',
      'sort=familyName&direction=sideways',
      'needsAction=maybe',
    ]) {
      const res = await agent.get(`/api/v1/cases?${query}`);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('adds family members with ages and records a member event', async () => {
    const created: CaseDetail = (
      await agent.post('/api/v1/cases').send({ familyName: 'Bos', gemeente: 'Borne' })
    ).body;
    await agent
      .post(`/api/v1/cases/${created.id}/members`)
      .send({ kind: 'parent', firstName: 'Ilse', lastName: 'Bos', custody: false, addressConfidential: true })
      .expect(201);
    const birth = new Date();
    birth.setUTCFullYear(birth.getUTCFullYear() - 13);
    birth.setUTCDate(birth.getUTCDate() - 2);
    const res = await agent.post(`/api/v1/cases/${created.id}/members`).send({
      kind: 'child',
      firstName: 'Noah',
      lastName: 'Bos',
      birthDate: birth.toISOString().slice(0, 10),
    });
    const detail: CaseDetail = res.body;
    expect(detail.members.map((m) => [m.kind, m.age, m.custody, m.addressConfidential])).toEqual([
      ['parent', null, false, true],
      ['child', 13, null, false],
    ]);
  });

  it('adds a professional to a case with 201 (a new membership), as adding a family member does', async () => {
    const created: CaseDetail = (
      await agent.post('/api/v1/cases').send({ familyName: 'Smit', gemeente: 'Borne' })
    ).body;
    const professional = await makeUser(t.dataSource, 'chair');
    const res = await agent
      .post(`/api/v1/cases/${created.id}/professionals`)
      .send({ userId: professional.id })
      .expect(201);
    expect((res.body as CaseDetail).id).toBe(created.id);
    const rows = await t.dataSource.query(
      'SELECT 1 FROM case_professional WHERE case_id = $1 AND user_id = $2 AND removed_at IS NULL',
      [created.id, professional.id],
    );
    expect(rows).toHaveLength(1);
  });

  it("ends an added professional's membership: 204, then 404 like a stranger and off their list, logged", async () => {
    const id = (
      (await agent.post('/api/v1/cases').send({ familyName: 'Wolters', gemeente: 'Hengelo' }).expect(201))
        .body as CaseDetail
    ).id;
    const gi = await makeUser(t.dataSource, 'professional', {}, 'gi');
    const colleague = await makeUser(t.dataSource, 'professional');
    for (const p of [gi, colleague])
      await agent.post(`/api/v1/cases/${id}/professionals`).send({ userId: p.id }).expect(201);
    const parent = await makeUser(t.dataSource, 'parent');
    await addMember(t.dataSource, id, 'parent', parent);
    const [asGi, asColleague, asParent, asStranger] = await Promise.all(
      [gi, colleague, parent, await makeUser(t.dataSource, 'coordinator')].map((u) =>
        loginAs(t.app, u.email, TEST_PASSWORD),
      ),
    );
    const shown = (await agent.get(`/api/v1/cases/${id}`).expect(200)).body as CaseDetail;
    expect(shown.professionals?.map((p) => [p.userId, p.displayName])).toEqual([
      [gi.id, gi.displayName],
      [colleague.id, colleague.displayName],
    ]);
    // Only the active coordinator is shown whom they can remove.
    expect(
      ((await asGi.get(`/api/v1/cases/${id}`).expect(200)).body as CaseDetail).professionals,
    ).toBeUndefined();
    const listed = async (as: typeof agent) =>
      ((await as.get('/api/v1/cases?pageSize=100').expect(200)).body as Page<CaseSummary>).items.map(
        (c) => c.id,
      );
    expect(await listed(asGi)).toContain(id);

    const removal = `/api/v1/cases/${id}/professionals/${gi.id}`;
    const removed = await agent.delete(removal);
    expect([removed.status, removed.text]).toEqual([204, '']);
    const stranger = await asStranger.get(`/api/v1/cases/${id}`);
    const gone = await asGi.get(`/api/v1/cases/${id}`);
    expect([gone.status, gone.body.code, gone.headers['content-type']]).toEqual([
      404,
      'not_found',
      expect.stringContaining('application/problem+json'),
    ]);
    expect(gone.body).toEqual(stranger.body);
    expect(await listed(asGi)).not.toContain(id);
    expect(
      ((await agent.get(`/api/v1/cases/${id}`)).body as CaseDetail).professionals?.map((p) => p.userId),
    ).toEqual([colleague.id]);

    // Again, or someone who never was one: the answer of a case the caller cannot see.
    const again = await agent.delete(removal);
    const never = await agent.delete(`/api/v1/cases/${id}/professionals/${parent.id}`);
    for (const res of [again, never]) expect([res.status, res.body]).toEqual([404, stranger.body]);
    // The active coordinator leaves by a hand-over.
    expect((await agent.delete(`/api/v1/cases/${id}/professionals/${coordinator.id}`)).body.code).toBe(
      'invalid_state',
    );

    // Another professional of the case, a parent and a stranger cannot; nothing changes.
    const colleagues = `/api/v1/cases/${id}/professionals/${colleague.id}`;
    expect((await asColleague.delete(colleagues)).status).toBe(403);
    expect((await asParent.delete(colleagues)).status).toBe(403);
    expect((await asStranger.delete(colleagues)).status).toBe(404);
    const active = await t.dataSource.query(
      'SELECT user_id, removed_at IS NOT NULL AS removed FROM case_professional WHERE case_id = $1 ORDER BY added_at',
      [id],
    );
    expect(active).toEqual([
      { user_id: gi.id, removed: true },
      { user_id: colleague.id, removed: false },
    ]);

    const log = await t.dataSource.query(
      `SELECT event, action, user_id, person_id, authorised, relationship FROM access_log
        WHERE case_id = $1 AND event LIKE 'case.professional.remove%' ORDER BY id`,
      [id],
    );
    expect(log).toEqual([
      {
        event: 'case.professional.remove',
        action: 'D',
        user_id: coordinator.id,
        person_id: gi.id,
        authorised: true,
        relationship: 'coordinator',
      },
      expect.objectContaining({ event: 'case.professional.remove.failed', person_id: gi.id }),
      expect.objectContaining({ event: 'case.professional.remove.failed', person_id: parent.id }),
      expect.objectContaining({ event: 'case.professional.remove.failed', person_id: coordinator.id }),
      expect.objectContaining({
        event: 'case.professional.remove',
        user_id: colleague.id,
        authorised: false,
        relationship: 'professional',
      }),
      expect.objectContaining({ event: 'case.professional.remove', authorised: false, relationship: 'none' }),
    ]);
  });

  it('keeps the seat at a tafel of the case as a relationship of its own after the membership ends', async () => {
    const theCase = await makeCase(t.dataSource, coordinator);
    const raad = await makeUser(t.dataSource, 'professional', {}, 'raad');
    await agent.post(`/api/v1/cases/${theCase.id}/professionals`).send({ userId: raad.id }).expect(201);
    const tafel = await makeTafel(t.dataSource, theCase.id, coordinator.id);
    await t.dataSource.query(
      `INSERT INTO tafel_participant (tafel_id, role, user_id) VALUES ($1, 'raad', $2)`,
      [tafel.id, raad.id],
    );
    await agent.delete(`/api/v1/cases/${theCase.id}/professionals/${raad.id}`).expect(204);
    const asRaad = await loginAs(t.app, raad.email, TEST_PASSWORD);
    expect((await asRaad.get(`/api/v1/cases/${theCase.id}`)).status).toBe(200);
    await t.dataSource.query(`UPDATE tafel SET status = 'cancelled' WHERE id = $1`, [tafel.id]);
    expect((await asRaad.get(`/api/v1/cases/${theCase.id}`)).status).toBe(404);
  });

  it('moves the phase with a phase_changed event and switches regie only with a reason', async () => {
    const created: CaseDetail = (
      await agent.post('/api/v1/cases').send({ familyName: 'Vos', gemeente: 'Wierden' })
    ).body;
    const patched = await agent.patch(`/api/v1/cases/${created.id}`).send({ phase: 'toeleiding' });
    expect(patched.body.phase).toBe('toeleiding');
    const regie = await agent
      .put(`/api/v1/cases/${created.id}/regie`)
      .send({ mode: 'professional', reason: 'Veiligheid van de kinderen in het geding' });
    expect(regie.body.regieMode).toBe('professional');
    const again = await agent
      .put(`/api/v1/cases/${created.id}/regie`)
      .send({ mode: 'professional', reason: 'nogmaals' });
    expect(again.status).toBe(409);
    const events: ChainEvent[] = (await agent.get(`/api/v1/cases/${created.id}/events`)).body;
    expect(events[0]).toMatchObject({ type: 'regie_changed', data: { from: 'family', to: 'professional' } });
    expect(events[1]).toMatchObject({ type: 'phase_changed', data: { from: 'signal', to: 'toeleiding' } });
  });

  it('lists organisations for professionals', async () => {
    const res = await agent.get('/api/v1/organisations');
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
  });
});
