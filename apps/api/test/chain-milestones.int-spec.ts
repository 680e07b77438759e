import {
  CaseDetail,
  ChainEvent,
  MILESTONE_OWNERS,
  MILESTONE_TYPES,
  Measure,
  MeasureEndingSoon,
  NormDueItem,
} from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { UserEntity } from '../src/modules/users/user.entity';
import {
  TEST_PASSWORD,
  addMember,
  addProfessional,
  makeCase,
  makeOrganisation,
  makeUser,
} from './support/factories';
import { validRequest } from './support/tafel-scene';
import { TestApp, createTestApp, loginAs } from './support/test-app';

type Agent = Awaited<ReturnType<typeof loginAs>>;

const daysAgo = (n: number) => toIsoDate(new Date(Date.now() - n * 86_400_000));

describe('chain milestones, recorded by the organisation that owns them', () => {
  let t: TestApp;
  let caseId: string;
  let childId: string;
  let giId: string;
  let giName: string;
  let worker: UserEntity;
  let raadOrganisationId: string | null;
  const as: Record<'coordinator' | 'vtt' | 'raad' | 'gi' | 'otherRaad' | 'parent', Agent> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const theCase = await makeCase(ds, coordinator);
    caseId = theCase.id;
    childId = (await addMember(ds, caseId, 'child', undefined, daysAgo(9 * 365))).id;
    const gi = await makeOrganisation(ds, 'gi');
    giId = gi.id;
    giName = gi.name;
    const vtt = await makeUser(ds, 'professional', {}, 'veilig_thuis');
    const raad = await makeUser(ds, 'professional', {}, 'raad');
    raadOrganisationId = raad.organisationId;
    worker = await makeUser(ds, 'professional', { organisationId: gi.id });
    const otherRaad = await makeUser(ds, 'professional', {}, 'raad');
    for (const user of [vtt, raad, worker]) await addProfessional(ds, caseId, user);
    const parent = await makeUser(ds, 'parent');
    await addMember(ds, caseId, 'parent', parent);
    const users = { coordinator, vtt, raad, gi: worker, otherRaad, parent };
    for (const [name, user] of Object.entries(users))
      as[name as keyof typeof as] = await loginAs(t.app, user.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const record = (who: Agent, body: object) => who.post(`/api/v1/cases/${caseId}/milestones`).send(body);
  const theCase = async (): Promise<CaseDetail> => (await as.coordinator.get(`/api/v1/cases/${caseId}`)).body;
  const events = async (): Promise<ChainEvent[]> =>
    (await as.coordinator.get(`/api/v1/cases/${caseId}/events`)).body;
  const measures = async (): Promise<Measure[]> =>
    (await as.coordinator.get(`/api/v1/cases/${caseId}/measures`)).body;

  it('refuses a milestone from an organisation that does not own it (403), and a stranger sees no case (404)', async () => {
    const before = (await events()).length;
    expect(
      (await record(as.coordinator, { type: 'investigation_started', occurredOn: daysAgo(1) })).status,
    ).toBe(403);
    expect((await record(as.gi, { type: 'melding_received', occurredOn: daysAgo(1) })).status).toBe(403);
    expect((await record(as.vtt, { type: 'vto_received', occurredOn: daysAgo(1) })).status).toBe(403);
    expect((await record(as.otherRaad, { type: 'vto_received', occurredOn: daysAgo(1) })).status).toBe(404);
    expect((await events()).length).toBe(before);
  });

  it('refuses every milestone type from every organisation that does not own it (403), changing nothing', async () => {
    const organisationOf = { coordinator: 'wijkteam', vtt: 'veilig_thuis', raad: 'raad', gi: 'gi' } as const;
    const before = (await events()).length;
    let refused = 0;
    for (const type of MILESTONE_TYPES)
      for (const [who, organisation] of Object.entries(organisationOf)) {
        if (MILESTONE_OWNERS[type].includes(organisation)) continue;
        const res = await record(as[who as keyof typeof organisationOf], { type, occurredOn: daysAgo(1) });
        expect([type, who, res.status]).toEqual([type, who, 403]);
        refused++;
      }
    expect(refused).toBeGreaterThan(MILESTONE_TYPES.length);
    expect((await events()).length).toBe(before);
    expect(await measures()).toEqual([]);
  });

  it('walks the phase through the one transition table as the milestones come in', async () => {
    await record(as.vtt, { type: 'melding_received', occurredOn: daysAgo(120) }).expect(204);
    await record(as.vtt, { type: 'safety_assessment_done', occurredOn: daysAgo(116) }).expect(204);
    const start = (await theCase()).phase;
    await record(as.raad, { type: 'vto_received', occurredOn: daysAgo(100) }).expect(204);
    expect((await theCase()).phase).toBe(start);
    await record(as.raad, { type: 'investigation_started', occurredOn: daysAgo(95) }).expect(204);
    expect((await theCase()).phase).toBe('investigation');
    await record(as.raad, {
      type: 'investigation_finished',
      occurredOn: daysAgo(60),
      advice: 'request_measure',
    }).expect(204);
    await record(as.raad, { type: 'petition_filed', occurredOn: daysAgo(58), measureType: 'ots' }).expect(
      204,
    );
    expect((await theCase()).phase).toBe('investigation');
    await record(as.raad, {
      type: 'court_order',
      occurredOn: daysAgo(50),
      measureType: 'ots',
      memberId: childId,
      durationMonths: 12,
      giOrganisationId: giId,
    }).expect(204);
    expect((await theCase()).phase).toBe('measure');
    // 50 days after the order without a jeugdbeschermer: the norm is broken, shown to the GI only.
    const due = async (who: Agent): Promise<NormDueItem[]> =>
      (await who.get('/api/v1/norms/due').expect(200)).body;
    const broken = (await due(as.gi)).find((d) => d.caseId === caseId && d.normId === 'gi_jeugdbeschermer');
    expect(broken?.broken).toBe(true);
    expect((await due(as.coordinator)).some((d) => d.normId === 'gi_jeugdbeschermer')).toBe(false);
    const [ots] = await measures();
    expect(ots).toMatchObject({
      type: 'ots',
      memberId: childId,
      giOrganisationId: giId,
      startsOn: daysAgo(50),
    });
    await record(as.gi, {
      type: 'jeugdbeschermer_assigned',
      occurredOn: daysAgo(47),
      measureId: ots?.id,
      jeugdbeschermerId: worker.id,
    }).expect(204);
    expect((await due(as.gi)).some((d) => d.normId === 'gi_jeugdbeschermer')).toBe(false);
    await record(as.gi, { type: 'plan_van_aanpak_ready', occurredOn: daysAgo(20) }).expect(204);
    await record(as.gi, { type: 'help_started', occurredOn: daysAgo(10) }).expect(204);
    const order = (await events()).find((e) => e.type === 'court_order');
    // Attributed to the organisation that really records it: the RvdK, not the wijkteam.
    expect(order?.attribution.organisationId).toBe(raadOrganisationId);
    expect(new Date(order?.occurredAt ?? 0).toISOString().slice(0, 10)).toBe(daysAgo(50));
    expect((await measures())[0]).toMatchObject({
      jeugdbeschermerId: worker.id,
      jeugdbeschermerName: worker.displayName,
      giOrganisationName: giName,
    });
    // The timeline names the GI and the jeugdbeschermer (with their organisation) behind the ids.
    expect(order?.names.organisations).toEqual({ [giId]: giName });
    const assigned = (await events()).find((e) => e.type === 'jeugdbeschermer_assigned');
    expect(assigned?.names.people).toEqual({
      [worker.id]: { name: worker.displayName, organisation: giName },
    });
    // A parent reads the organisation, not the name of a professional the family page does not show.
    const own: ChainEvent[] = (await as.parent.get(`/api/v1/cases/${caseId}/events`).expect(200)).body;
    const forParent = own.find((e) => e.type === 'jeugdbeschermer_assigned');
    expect(forParent?.names.people).toEqual({ [worker.id]: { name: null, organisation: giName } });
    expect(JSON.stringify(forParent?.names)).not.toContain(worker.displayName);
    // The family reads the measure the court told them of, with the GI but not the jeugdbeschermer.
    const told: Measure[] = (await as.parent.get(`/api/v1/cases/${caseId}/measures`).expect(200)).body;
    expect(told).toEqual([
      { ...ots, jeugdbeschermerId: null, jeugdbeschermerName: null, giOrganisationName: giName },
    ]);
  });

  it('refuses a date in the future or before the previous milestone (400), and nothing changes', async () => {
    const before = (await events()).length;
    const tomorrow = toIsoDate(new Date(Date.now() + 86_400_000));
    const future = await record(as.gi, { type: 'help_started', occurredOn: tomorrow });
    expect(future.status).toBe(400);
    expect(future.headers['content-type']).toContain('application/problem+json');
    expect((await record(as.gi, { type: 'help_started', occurredOn: daysAgo(11) })).status).toBe(400);
    // A court ruling dated before the last milestone writes no measure either.
    const [phase, measuresBefore] = [(await theCase()).phase, (await measures()).length];
    const early = await record(as.raad, {
      type: 'court_order',
      occurredOn: daysAgo(200),
      measureType: 'ots',
      memberId: childId,
      durationMonths: 12,
      giOrganisationId: giId,
    });
    expect([early.status, early.body.invalidParams?.[0]?.name]).toEqual([400, 'occurredOn']);
    expect((await events()).length).toBe(before);
    expect((await theCase()).phase).toBe(phase);
    expect(await measures()).toHaveLength(measuresBefore);
  });

  it('refuses a VOTS over 3 months and an OTS over 12 (400), and records no measure', async () => {
    const order = { type: 'court_order', occurredOn: daysAgo(5), memberId: childId, giOrganisationId: giId };
    expect((await record(as.gi, { ...order, measureType: 'vots', durationMonths: 4 })).status).toBe(400);
    expect((await record(as.gi, { ...order, measureType: 'ots', durationMonths: 13 })).status).toBe(400);
    expect(await measures()).toHaveLength(1);
    await record(as.gi, { ...order, measureType: 'vots', durationMonths: 3 }).expect(204);
    expect(await measures()).toHaveLength(2);
  });

  it('lists a measure ending within 3 months for the coordinator, not for anyone else', async () => {
    const soon: MeasureEndingSoon[] = (await as.coordinator.get('/api/v1/measures/ending-soon').expect(200))
      .body;
    expect(soon.map((m) => m.type)).toEqual(['vots']);
    expect((await as.raad.get('/api/v1/measures/ending-soon').expect(200)).body).toEqual([]);
  });

  it('stops asking for an afschaling tafel once one is requested for the family', async () => {
    await as.coordinator
      .post('/api/v1/tafels')
      .send({ ...validRequest(caseId), momentType: 'afschaling', familiegroepsplanOffered: undefined })
      .expect(201);
    expect((await as.coordinator.get('/api/v1/measures/ending-soon').expect(200)).body).toEqual([]);
  });

  it('extends a measure only within its maximum period, and ends it into step_down', async () => {
    const vots = (await measures()).find((m) => m.type === 'vots');
    const extend = { type: 'measure_extended', occurredOn: daysAgo(1), measureId: vots?.id };
    const tooLong = toIsoDate(new Date(Date.parse(`${vots?.endsOn}T00:00:00Z`) + 100 * 86_400_000));
    expect((await record(as.gi, { ...extend, endsOn: tooLong })).status).toBe(400);
    const ok = toIsoDate(new Date(Date.parse(`${vots?.endsOn}T00:00:00Z`) + 60 * 86_400_000));
    await record(as.gi, { ...extend, endsOn: ok }).expect(204);
    expect((await measures()).find((m) => m.id === vots?.id)).toMatchObject({
      endsOn: ok,
      extensions: [{ endsOn: ok }],
    });
    for (const m of await measures()) {
      await record(as.gi, {
        type: 'measure_ended',
        occurredOn: daysAgo(0),
        measureId: m.id,
        reason: 'end_of_measure',
        followUp: 'step_down',
      }).expect(204);
    }
    expect((await theCase()).phase).toBe('step_down');
    expect((await measures()).every((m) => m.endReason === 'end_of_measure')).toBe(true);
  });
});
