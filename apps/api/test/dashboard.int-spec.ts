import { ChainEventBody, Dashboard, DashboardItem, DashboardKind } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { AuthUser } from '../src/common/auth/auth-user';
import { Transactions } from '../src/common/events/unit-of-work';
import { CasesApi } from '../src/modules/cases/cases.api';
import { MeasureEntity } from '../src/modules/chain/measure.entity';
import { DashboardService } from '../src/modules/dashboard/dashboard.service';
import { AgreementEntity } from '../src/modules/tafels/entities/agreement.entity';
import { TafelEntity } from '../src/modules/tafels/entities/tafel.entity';
import { UserEntity } from '../src/modules/users/user.entity';
import {
  TEST_PASSWORD,
  addMember,
  addProfessional,
  makeCase,
  makeOrganisation,
  makeUser,
  makeTafel,
} from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const DAY = 86_400_000;
const NOW = new Date(Date.UTC(2031, 2, 1, 8));
const day = (n: number, from = NOW) => toIsoDate(new Date(from.getTime() + n * DAY));
/** A birth date such that the child turns 18 `months` after NOW. */
const adultIn = (months: number) => {
  const d = new Date(NOW);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCFullYear(d.getUTCFullYear() - 18);
  return toIsoDate(d);
};

describe('Mijn gezinnen: the coordinator’s alerts per family', () => {
  let t: TestApp;
  let dashboard: DashboardService;
  const as = (u: UserEntity): AuthUser => ({
    id: u.id,
    role: u.role,
    organisationId: u.organisationId,
    sessionId: 'test',
    stage: 'full',
    accessPoint: 'test',
  });
  const read = (u: UserEntity, now = NOW): Promise<Dashboard> => dashboard.read(as(u), now);
  const kinds = (d: Dashboard, caseId: string): DashboardKind[] =>
    d.items.filter((i) => i.caseId === caseId).map((i) => i.kind);
  const item = (d: Dashboard, caseId: string, kind: DashboardKind): DashboardItem | undefined =>
    d.items.find((i) => i.caseId === caseId && i.kind === kind);

  beforeAll(async () => {
    t = await createTestApp();
    dashboard = t.app.get(DashboardService);
  });
  afterAll(() => t.close());

  async function tafel(caseId: string, by: UserEntity, decision: Partial<TafelEntity> = {}) {
    return makeTafel(t.dataSource, caseId, by.id, {
      requestedAt: new Date(NOW.getTime() - 90 * DAY),
      ...decision,
    });
  }

  it('shows an agreement once it is overdue, with case number, family name and due date', async () => {
    const ds = t.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const theCase = await makeCase(ds, coordinator);
    const tf = await tafel(theCase.id, coordinator);
    await ds.getRepository(AgreementEntity).insert([
      { tafelId: tf.id, caseId: theCase.id, ownerName: 'Wijkteam', what: 'Belt school', dueDate: day(3) },
      {
        tafelId: tf.id,
        caseId: theCase.id,
        ownerName: 'Wijkteam',
        what: 'Al gedaan',
        dueDate: day(-3),
        status: 'done',
      },
    ]);
    expect(kinds(await read(coordinator), theCase.id)).toEqual([]);
    const later = await read(coordinator, new Date(NOW.getTime() + 5 * DAY));
    expect(item(later, theCase.id, 'agreement_overdue')).toEqual({
      kind: 'agreement_overdue',
      caseId: theCase.id,
      caseNumber: theCase.caseNumber,
      familyName: theCase.familyName,
      date: day(3),
      label: null,
    });
    expect(kinds(later, theCase.id)).toEqual(['agreement_overdue']);
  });

  it('shows a plan waiting on a parent’s answer, and a disagreement once a parent disagrees', async () => {
    const ds = t.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const theCase = await makeCase(ds, coordinator);
    const mother = await makeUser(ds, 'parent');
    const father = await makeUser(ds, 'parent');
    await addMember(ds, theCase.id, 'parent', mother);
    await addMember(ds, theCase.id, 'parent', father);
    const c = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    const base = `/api/v1/cases/${theCase.id}/plan`;
    expect(kinds(await read(coordinator), theCase.id)).toEqual([]);
    const saved = await c.put(base).send({ baseRevision: 0, sections: { worries: 'Veel ruzie.' } });
    expect((await c.post(`${base}/versions`).send({ baseRevision: saved.body.revision })).status).toBe(201);
    expect(kinds(await read(coordinator), theCase.id)).toEqual(['plan_awaiting_answer']);

    const answer = (who: UserEntity, body: object) =>
      loginAs(t.app, who.email, TEST_PASSWORD).then((a) => a.post(`${base}/versions/1/answers`).send(body));
    expect((await answer(mother, { section: 'worries', answer: 'agree' })).status).toBe(201);
    expect(kinds(await read(coordinator), theCase.id)).toEqual(['plan_awaiting_answer']);
    const disagree = { section: 'worries', answer: 'disagree', text: 'Het valt mee.' };
    expect((await answer(father, disagree)).status).toBe(201);
    const after = await read(coordinator);
    expect(kinds(after, theCase.id)).toEqual(['plan_disagreement']);
    expect(item(after, theCase.id, 'plan_disagreement')?.label).toBe('versie 1');
  });

  it('shows a drang deadline within 30 days, a measure ending within 3 months and a child turning 18 within 6 months (the chain norm)', async () => {
    const ds = t.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const theCase = await makeCase(ds, coordinator);
    await tafel(theCase.id, coordinator, {
      decision: 'conditional',
      conditionsDeadline: day(80),
      decidedAt: new Date(NOW.getTime() - 20 * DAY),
    });
    const child = await addMember(ds, theCase.id, 'child', undefined, adultIn(8));
    await addMember(ds, theCase.id, 'child', undefined, adultIn(-1));
    await ds.getRepository(MeasureEntity).insert({
      caseId: theCase.id,
      memberId: child.id,
      type: 'ots',
      courtDate: day(-300),
      startsOn: day(-300),
      endsOn: day(100),
    });
    expect(kinds(await read(coordinator), theCase.id)).toEqual([]);

    const later = await read(coordinator, new Date(NOW.getTime() + 65 * DAY));
    expect(kinds(later, theCase.id).sort()).toEqual(['drang_deadline', 'measure_ending', 'turning_18']);
    expect(item(later, theCase.id, 'drang_deadline')?.date).toBe(day(80));
    expect(item(later, theCase.id, 'measure_ending')).toMatchObject({ date: day(100), label: 'ots' });
    expect(item(later, theCase.id, 'turning_18')?.date).toBe(
      `${Number(adultIn(8).slice(0, 4)) + 18}${adultIn(8).slice(4)}`,
    );
    // Past its deadline the drang alert goes (the herbespreking is then on the agenda).
    expect(kinds(await read(coordinator, new Date(NOW.getTime() + 81 * DAY)), theCase.id)).not.toContain(
      'drang_deadline',
    );
  });

  it('shows a drang norm about to break, from the timeline', async () => {
    const ds = t.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const theCase = await makeCase(ds, coordinator);
    const tf = await tafel(theCase.id, coordinator);
    const decidedAt = new Date(NOW.getTime() - 100 * DAY);
    await t.app.get(Transactions).run((uow) =>
      t.app.get(CasesApi).record(
        uow,
        theCase.id,
        {
          type: 'decision_recorded',
          data: {
            tafelId: tf.id,
            momentType: 'toeleiding',
            decision: 'conditional',
            childHeard: 'not_applicable',
            parentsView: 'agree',
            parentsPresent: true,
            parentsHeard: true,
          },
        },
        coordinator.id,
        decidedAt,
      ),
    );
    expect(kinds(await read(coordinator), theCase.id)).toEqual([]);
    const sixMonths = new Date(decidedAt);
    sixMonths.setUTCMonth(sixMonths.getUTCMonth() + 6);
    const near = await read(coordinator, new Date(sixMonths.getTime() - DAY));
    expect(item(near, theCase.id, 'norm_due')).toMatchObject({ date: toIsoDate(sixMonths) });
    // Past its deadline the norm is overdue, no longer about to break.
    const past = await read(coordinator, new Date(sixMonths.getTime() + DAY));
    expect(item(past, theCase.id, 'norm_broken')).toMatchObject({ date: toIsoDate(sixMonths) });
    expect(item(past, theCase.id, 'norm_due')).toBeUndefined();
  });

  it('lists the tafels of the caller’s families that wait to be scheduled, with the days waited and the date to hold them by', async () => {
    const ds = t.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const other = await makeUser(ds, 'coordinator');
    const chair = await makeUser(ds, 'chair');
    const theCase = await makeCase(ds, coordinator);
    const theirs = await makeCase(ds, other);
    const requestedAt = (days: number) => new Date(NOW.getTime() - days * DAY - 3_600_000);
    const toeleiding = await tafel(theCase.id, coordinator, { requestedAt: requestedAt(6) });
    // The herbespreking a drang decision asked for, postponed once: to be held before the end of drang.
    const herbespreking = await tafel(theCase.id, chair, {
      momentType: 'herbespreking',
      status: 'postponed',
      requestedAt: requestedAt(2),
      dueDate: day(40),
    });
    for (const status of ['scheduled', 'concluded', 'cancelled'] as const)
      await tafel(theCase.id, coordinator, { status, requestedAt: requestedAt(9) });
    const another = await tafel(theirs.id, other, { requestedAt: requestedAt(1) });

    const family = { caseId: theCase.id, caseNumber: theCase.caseNumber, familyName: theCase.familyName };
    expect((await read(coordinator)).tafelsToSchedule).toEqual([
      {
        tafelId: herbespreking.id,
        ...family,
        momentType: 'herbespreking',
        requestedAt: requestedAt(2).toISOString(),
        waitingDays: 2,
        holdBefore: day(40),
      },
      {
        tafelId: toeleiding.id,
        ...family,
        momentType: 'toeleiding',
        requestedAt: requestedAt(6).toISOString(),
        waitingDays: 6,
        holdBefore: null,
      },
    ]);
    expect((await read(other)).tafelsToSchedule.map((w) => w.tafelId)).toEqual([another.id]);
    // The chair who asked for the herbespreking does not coordinate the family: not theirs to schedule.
    expect((await read(chair)).tafelsToSchedule).toEqual([]);
    const log = await ds.query(
      `SELECT case_id FROM access_log WHERE user_id = $1 AND event = 'dashboard.read'`,
      [coordinator.id],
    );
    expect(log).toEqual([{ case_id: theCase.id }]);
  });

  it('shows a hand-over sent and not yet accepted, and to the receiving organisation the incoming one without the family name', async () => {
    const ds = t.dataSource;
    const wijkteam = await makeOrganisation(ds, 'wijkteam');
    const gi = await makeOrganisation(ds, 'gi');
    const coordinator = await makeUser(ds, 'coordinator', { organisationId: wijkteam.id });
    const receiver = await makeUser(ds, 'coordinator', { organisationId: gi.id });
    const theCase = await makeCase(ds, coordinator);
    const c = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    const sent = await c.post(`/api/v1/cases/${theCase.id}/handovers`).send({ toOrganisationId: gi.id });
    expect(sent.status).toBe(201);

    const mine = await read(coordinator, new Date());
    expect(item(mine, theCase.id, 'handover_sent')).toMatchObject({ familyName: theCase.familyName });
    const theirs = await read(receiver, new Date());
    expect(item(theirs, theCase.id, 'handover_incoming')).toEqual({
      kind: 'handover_incoming',
      caseId: theCase.id,
      caseNumber: theCase.caseNumber,
      familyName: null,
      date: toIsoDate(new Date()),
      label: wijkteam.name,
    });

    const r = await loginAs(t.app, receiver.email, TEST_PASSWORD);
    const returned = await r
      .post(`/api/v1/handovers/${sent.body.id}/return`)
      .send({ reason: 'Geen capaciteit deze maand' });
    expect(returned.status).toBe(200);
    expect(item(await read(coordinator, new Date()), theCase.id, 'handover_sent')).toBeUndefined();
  });

  it('answers over HTTP with only the caller’s own families, logs one read per family shown, and refuses others', async () => {
    const ds = t.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const other = await makeUser(ds, 'coordinator');
    const own = await makeCase(ds, coordinator);
    const theirs = await makeCase(ds, other);
    for (const [c, by] of [
      [own, coordinator],
      [theirs, other],
    ] as const) {
      const tf = await tafel(c.id, by);
      await ds.getRepository(AgreementEntity).insert({
        tafelId: tf.id,
        caseId: c.id,
        ownerName: 'Wijkteam',
        what: 'Belt school',
        dueDate: '2020-01-01',
      });
    }
    const res = await (await loginAs(t.app, coordinator.email, TEST_PASSWORD)).get('/api/v1/dashboard');
    expect(res.status).toBe(200);
    const ids = new Set((res.body as Dashboard).items.map((i) => i.caseId));
    expect(ids).toEqual(new Set([own.id]));
    const log = await ds.query(
      `SELECT case_id, event, action FROM access_log WHERE user_id = $1 AND event = 'dashboard.read'`,
      [coordinator.id],
    );
    expect(log).toEqual([{ case_id: own.id, event: 'dashboard.read', action: 'R' }]);

    for (const role of ['parent', 'auditor'] as const) {
      const user = await makeUser(ds, role);
      const refused = await (await loginAs(t.app, user.email, TEST_PASSWORD)).get('/api/v1/dashboard');
      expect([role, refused.status]).toEqual([role, 403]);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    // A professional without families of their own or norms to keep: an empty list, not a refusal.
    const idle = await makeUser(ds, 'professional');
    const empty = await (await loginAs(t.app, idle.email, TEST_PASSWORD)).get('/api/v1/dashboard');
    expect([empty.status, empty.body]).toEqual([200, { items: [], tafelsToSchedule: [] }]);
  });

  it('shows Veilig Thuis, the RvdK and the GI the norm their organisation must keep, each only theirs and past its deadline as overdue', async () => {
    const ds = t.dataSource;
    const coordinator = await makeUser(ds, 'coordinator');
    const vtt = await makeUser(ds, 'professional', {}, 'veilig_thuis');
    const raad = await makeUser(ds, 'professional', {}, 'raad');
    const gi = await makeUser(ds, 'professional', {}, 'gi');
    const outsider = await makeUser(ds, 'professional', {}, 'veilig_thuis');
    const theCase = await makeCase(ds, coordinator);
    for (const p of [vtt, raad, gi]) await addProfessional(ds, theCase.id, p);
    const tf = await tafel(theCase.id, coordinator);
    const at = (days: number) => new Date(NOW.getTime() - days * DAY);
    await t.app.get(Transactions).run(async (uow) => {
      const record = (event: ChainEventBody, by: UserEntity, when: Date) =>
        t.app.get(CasesApi).record(uow, theCase.id, event, by.id, when);
      await record({ type: 'melding_received', data: {} }, vtt, at(30));
      await record({ type: 'vto_sent', data: { tafelId: tf.id } }, coordinator, at(12));
      const order = {
        measureId: null,
        measureType: 'ots',
        startsOn: day(-9),
        endsOn: day(356),
        giOrganisationId: gi.organisationId,
      } as const;
      await record({ type: 'court_order', data: order }, raad, at(9));
    });
    const norms = async (u: UserEntity) =>
      (await read(u)).items
        .filter((i) => i.caseId === theCase.id && i.kind === 'norm_broken')
        .map((i) => i.label);
    expect(await norms(vtt)).toEqual([expect.stringContaining('Veiligheidsbeoordeling')]);
    expect(await norms(raad)).toEqual([expect.stringContaining('Raadsonderzoek gestart')]);
    expect(await norms(gi)).toEqual([expect.stringContaining('jeugdbeschermer')]);
    expect(await norms(coordinator)).toEqual([]);
    expect(await norms(outsider)).toEqual([]);
    // With the family's name, for whoever works on the family.
    expect((await read(vtt)).items).toContainEqual(
      expect.objectContaining({ kind: 'norm_broken', caseId: theCase.id, familyName: theCase.familyName }),
    );
  });

  it('lets a jeugdbeschermer (professional) who holds the regie of a family read it, with its tafel to schedule', async () => {
    const ds = t.dataSource;
    const worker = await makeUser(ds, 'professional', {}, 'gi');
    const theCase = await makeCase(ds, worker);
    const afschaling = await tafel(theCase.id, worker, { momentType: 'afschaling' });
    const res = await (await loginAs(t.app, worker.email, TEST_PASSWORD)).get('/api/v1/dashboard');
    expect(res.status).toBe(200);
    const body = res.body as Dashboard;
    expect(body.items.every((i) => i.caseId === theCase.id)).toBe(true);
    expect(body.tafelsToSchedule.map((w) => [w.tafelId, w.momentType])).toEqual([
      [afschaling.id, 'afschaling'],
    ]);
  });
});
