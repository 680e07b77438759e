import { TafelDetail } from '@tafel/shared/contracts';
import { TEST_PASSWORD } from './support/factories';
import { Agent, makeSitting, makeTafelScene, validRequest } from './support/tafel-scene';
import { TestApp, createTestApp, loginAs } from './support/test-app';

/** Only the clock is faked: the database, sockets and timers run as usual. */
const ONLY_DATE = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

/**
 * "Today" in a day rule is the Dutch day. At 00:30 in Amsterdam (23:30 UTC) the UTC day is still
 * yesterday: the room of a tafel later that Dutch day opens and its attendance is recorded; at 23:45 in
 * Amsterdam the room of a tafel at 00:30 the next Dutch day (the same UTC day) stays closed.
 */
describe('the tafel day is the Dutch day', () => {
  let t: TestApp;
  let scene: Awaited<ReturnType<typeof makeTafelScene>>;
  let chair: Agent;

  /** Moves the clock, and logs the chair in again (a session ends after its idle time). */
  async function clockAt(instant: string): Promise<void> {
    jest.setSystemTime(new Date(instant));
    chair = await loginAs(t.app, scene.chair.email, TEST_PASSWORD);
  }

  /** A toeleiding scheduled (the day before) in a one-slot sitting starting at `startsAt`. */
  async function scheduledAt(startsAt: string): Promise<TafelDetail> {
    jest.setSystemTime(new Date(new Date(startsAt).getTime() - 36 * 3_600_000));
    const coordinator = await loginAs(t.app, scene.coordinator.email, TEST_PASSWORD);
    const requested: TafelDetail = (
      await coordinator.post('/api/v1/tafels').send(validRequest(scene.theCase.id))
    ).body;
    await coordinator
      .post(`/api/v1/tafels/${requested.id}/participants`)
      .send({ role: 'raad', userId: scene.raad.id })
      .expect(201);
    const sitting = await makeSitting(t.dataSource, scene.chair, scene.secretary, new Date(startsAt), 1);
    const res = await coordinator
      .put(`/api/v1/tafels/${requested.id}/schedule`)
      .send({ sittingId: sitting.id, startsAt })
      .expect(200);
    return res.body.tafel;
  }

  beforeAll(async () => {
    jest.useFakeTimers({ doNotFake: [...ONLY_DATE], now: new Date('2027-01-12T09:00:00Z') });
    t = await createTestApp();
    scene = await makeTafelScene(t.dataSource);
  });
  afterAll(async () => {
    await t.close();
    jest.useRealTimers();
  });

  it('opens the room and records attendance at 00:30 Dutch time (23:30 UTC the day before)', async () => {
    // Friday 15 January 2027, 09:00 in Amsterdam.
    const tafel = await scheduledAt('2027-01-15T08:00:00Z');
    await clockAt('2027-01-14T23:30:00Z');
    await chair.post(`/api/v1/tafels/${tafel.id}/open`).expect(200);
    const raad = tafel.participants.find((p) => p.userId === scene.raad.id);
    const res = await chair
      .put(`/api/v1/tafels/${tafel.id}/attendance`)
      .send({ items: [{ participantId: raad?.id, attendance: 'present' }] });
    expect(res.status).toBe(200);
    expect((res.body as TafelDetail).participants.find((p) => p.id === raad?.id)?.attendance).toBe('present');
  });

  it('keeps the room of a tafel at 00:30 the next Dutch day closed at 23:45 (the same UTC day)', async () => {
    // Tuesday 19 January 2027, 00:30 in Amsterdam = Monday 18 January, 23:30 UTC.
    const tafel = await scheduledAt('2027-01-18T23:30:00Z');
    await clockAt('2027-01-18T22:45:00Z');
    const early = await chair.post(`/api/v1/tafels/${tafel.id}/open`);
    expect(early.status).toBe(409);
    expect(early.headers['content-type']).toContain('application/problem+json');
    expect(early.body.code).toBe('too_early');
    await clockAt('2027-01-18T23:05:00Z');
    await chair.post(`/api/v1/tafels/${tafel.id}/open`).expect(200);
  });
});
