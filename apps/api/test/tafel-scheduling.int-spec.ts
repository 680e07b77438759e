import ICAL from 'ical.js';
import { ScheduleResult, SlotProposal, TafelDetail } from '@tafel/shared/contracts';
import { JobsService } from '../src/modules/jobs/jobs.service';
import { TEST_PASSWORD, addMember, makeCase, makeUser } from './support/factories';
import { TestSmtp, startSmtp } from './support/smtp';
import { makeSitting, makeTafelScene, validRequest, workingDayAt } from './support/tafel-scene';
import { TestApp, createTestApp, loginAs } from './support/test-app';

type Agent = Awaited<ReturnType<typeof loginAs>>;

function calendarOf(
  mail: { attachments: { contentType: string; content: Buffer }[]; alternatives?: unknown },
  raw: string,
) {
  const ics = raw.slice(
    raw.indexOf('BEGIN:VCALENDAR'),
    raw.lastIndexOf('END:VCALENDAR') + 'END:VCALENDAR'.length,
  );
  const component = new ICAL.Component(ICAL.parse(ics));
  const event = component.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return {
    method: component.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate(),
    location: event.getFirstPropertyValue('location'),
    mail,
  };
}

describe('scheduling tafels', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let scene: Awaited<ReturnType<typeof makeTafelScene>>;
  let coordinator: Agent;

  const requested = async (agent: Agent, caseId: string, raadId: string): Promise<TafelDetail> => {
    const tafel: TafelDetail = (await agent.post('/api/v1/tafels').send(validRequest(caseId))).body;
    await agent
      .post(`/api/v1/tafels/${tafel.id}/participants`)
      .send({ role: 'raad', userId: raadId })
      .expect(201);
    return tafel;
  };

  beforeAll(async () => {
    smtp = await startSmtp();
    // The request → tafel norm is off unless the region sets it: this region does, at 10 working days.
    t = await createTestApp({
      SMTP_URL: smtp.url,
      APP_URL: 'https://tafel.test',
      TAFEL_CHAIN_NORMS: '{"request_to_tafel": 10}',
    });
    scene = await makeTafelScene(t.dataSource);
    coordinator = await loginAs(t.app, scene.coordinator.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('refuses to schedule before the required participants are there', async () => {
    const tafel: TafelDetail = (await coordinator.post('/api/v1/tafels').send(validRequest(scene.theCase.id)))
      .body;
    const sitting = await makeSitting(t.dataSource, scene.chair, scene.secretary, workingDayAt(3, 8));
    const res = await coordinator
      .put(`/api/v1/tafels/${tafel.id}/schedule`)
      .send({ sittingId: sitting.id, startsAt: sitting.startsAt.toISOString() });
    expect(res.status).toBe(422);
    expect(res.body.invalidParams).toEqual([{ name: 'participants', reason: 'needs a raad' }]);
    expect((await coordinator.get(`/api/v1/tafels/${tafel.id}`)).body.status).toBe('requested');
  });

  it('names the missing roles on the tafel before any slot is tried, and none once they are added', async () => {
    const tafel: TafelDetail = (
      await coordinator
        .post('/api/v1/tafels')
        .send({ ...validRequest(scene.theCase.id), momentType: 'overdracht' })
    ).body;
    // The chair and the secretary come with the slot's sitting: never asked for.
    expect(tafel.missingRoles).toEqual(['raad', 'gi']);
    await coordinator
      .post(`/api/v1/tafels/${tafel.id}/participants`)
      .send({ role: 'raad', userId: scene.raad.id })
      .expect(201);
    const read = async (): Promise<TafelDetail> =>
      (await coordinator.get(`/api/v1/tafels/${tafel.id}`).expect(200)).body;
    expect((await read()).missingRoles).toEqual(['gi']);
    await coordinator
      .post(`/api/v1/tafels/${tafel.id}/participants`)
      .send({ role: 'gi', userId: scene.gi.id })
      .expect(201);
    expect((await read()).missingRoles).toEqual([]);
  });

  it('requires the GI at an overdracht, as configured per moment type', async () => {
    const tafel: TafelDetail = (
      await coordinator
        .post('/api/v1/tafels')
        .send({ ...validRequest(scene.theCase.id), momentType: 'overdracht' })
    ).body;
    await coordinator
      .post(`/api/v1/tafels/${tafel.id}/participants`)
      .send({ role: 'raad', userId: scene.raad.id })
      .expect(201);
    const sitting = await makeSitting(t.dataSource, scene.chair, scene.secretary, workingDayAt(3, 13), 1);
    const schedule = () =>
      coordinator
        .put(`/api/v1/tafels/${tafel.id}/schedule`)
        .send({ sittingId: sitting.id, startsAt: sitting.startsAt.toISOString() });
    const missing = await schedule();
    expect(missing.status).toBe(422);
    expect(missing.body.invalidParams).toEqual([{ name: 'participants', reason: 'needs a gi' }]);
    await coordinator
      .post(`/api/v1/tafels/${tafel.id}/participants`)
      .send({ role: 'gi', userId: scene.gi.id })
      .expect(201);
    expect((await schedule()).status).toBe(200);
  });

  it('proposes only slots in which everyone is free, and marks the norm', async () => {
    const tafel = await requested(coordinator, scene.theCase.id, scene.raad.id);
    const soon = await makeSitting(t.dataSource, scene.chair, scene.secretary, workingDayAt(4, 8));
    const late = await makeSitting(t.dataSource, scene.chair, scene.secretary, workingDayAt(14, 8), 1);
    const raad = await loginAs(t.app, scene.raad.email, TEST_PASSWORD);
    await raad
      .post('/api/v1/me/unavailability')
      .send({
        startsAt: soon.startsAt.toISOString(),
        endsAt: new Date(soon.startsAt.getTime() + 3_600_000).toISOString(),
      })
      .expect(204);

    const proposals: SlotProposal[] = (await coordinator.get(`/api/v1/tafels/${tafel.id}/slot-proposals`))
      .body;
    const mine = proposals.filter((p) => p.sittingId === soon.id || p.sittingId === late.id);
    expect(mine.map((p) => p.startsAt)).not.toContain(soon.startsAt.toISOString());
    expect(mine.filter((p) => p.sittingId === soon.id)).toHaveLength(3);
    expect(mine.find((p) => p.sittingId === soon.id)?.normBroken).toBe(false);
    expect(mine.find((p) => p.sittingId === late.id)?.normBroken).toBe(true);
  });

  it('refuses a slot in the past or off the slot grid, and changes nothing', async () => {
    const tafel = await requested(coordinator, scene.theCase.id, scene.raad.id);
    const sitting = await makeSitting(t.dataSource, scene.chair, scene.secretary, workingDayAt(5, 8));
    const past = await coordinator
      .put(`/api/v1/tafels/${tafel.id}/schedule`)
      .send({ sittingId: sitting.id, startsAt: '2020-01-06T09:00:00.000Z' });
    const offGrid = await coordinator.put(`/api/v1/tafels/${tafel.id}/schedule`).send({
      sittingId: sitting.id,
      startsAt: new Date(sitting.startsAt.getTime() + 15 * 60_000).toISOString(),
    });
    expect([past.status, offGrid.status]).toEqual([400, 400]);
    expect(past.body.invalidParams[0].name).toBe('startsAt');
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM booking WHERE tafel_id = $1', [
      tafel.id,
    ]);
    expect(n).toBe(0);
    expect((await coordinator.get(`/api/v1/tafels/${tafel.id}`)).body.status).toBe('requested');
  });

  it('warns when the slot breaks the request → tafel norm, but still schedules', async () => {
    const tafel = await requested(coordinator, scene.theCase.id, scene.raad.id);
    const late = await makeSitting(t.dataSource, scene.chair, scene.secretary, workingDayAt(13, 13), 1);
    const res = await coordinator
      .put(`/api/v1/tafels/${tafel.id}/schedule`)
      .send({ sittingId: late.id, startsAt: late.startsAt.toISOString() });
    expect(res.status).toBe(200);
    const result: ScheduleResult = res.body;
    expect(result.tafel.status).toBe('scheduled');
    expect(result.tafel.normBroken).toBe(true);
    expect(result.warnings.join()).toMatch(/norm/);
  });

  it('never double-books a person, even when two coordinators book at the same moment', async () => {
    const raad = await makeUser(t.dataSource, 'professional', {}, 'raad');
    const slotStart = workingDayAt(6, 12);
    const bookings = await Promise.all(
      [0, 1].map(async () => {
        const c = await makeUser(t.dataSource, 'coordinator');
        const theCase = await makeCase(t.dataSource, c);
        await addMember(t.dataSource, theCase.id, 'parent');
        const agent = await loginAs(t.app, c.email, TEST_PASSWORD);
        const tafel = await requested(agent, theCase.id, raad.id);
        const sitting = await makeSitting(
          t.dataSource,
          await makeUser(t.dataSource, 'chair'),
          await makeUser(t.dataSource, 'secretary'),
          slotStart,
          1,
        );
        return { agent, tafel, sitting };
      }),
    );
    const results = await Promise.all(
      bookings.map(({ agent, tafel, sitting }) =>
        agent
          .put(`/api/v1/tafels/${tafel.id}/schedule`)
          .send({ sittingId: sitting.id, startsAt: slotStart.toISOString() }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.status === 409)?.body.code).toBe('double_booked');
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM booking WHERE user_id = $1', [
      raad.id,
    ]);
    expect(n).toBe(1);
  });

  const mailsFor = (tafelId: string, subject: RegExp) =>
    smtp.mails.filter((m) => m.text?.includes(`/tafels/${tafelId}`) && subject.test(m.subject ?? ''));
  const raw = (m: (typeof smtp.mails)[number]) =>
    m.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString('utf8') ?? '';

  it('sends neutral invitations with iCalendar REQUEST, updates with a higher SEQUENCE and cancels with CANCEL', async () => {
    const jobs = t.app.get(JobsService);
    // Every due job, not only the first batch: the run's database holds other test files' jobs too, and a
    // batch takes the oldest first.
    const runJobs = async () => {
      while ((await jobs.runDue()) > 0);
    };
    const tafel = await requested(coordinator, scene.theCase.id, scene.raad.id);
    const first = await makeSitting(t.dataSource, scene.chair, scene.secretary, workingDayAt(7, 8), 2);
    const second = await makeSitting(t.dataSource, scene.chair, scene.secretary, workingDayAt(8, 8), 2);

    await coordinator
      .put(`/api/v1/tafels/${tafel.id}/schedule`)
      .send({ sittingId: first.id, startsAt: first.startsAt.toISOString() })
      .expect(200);
    await runJobs();
    const invitations = mailsFor(tafel.id, /^Uitnodiging gesprek /);
    const recipients = invitations.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text).sort();
    expect(recipients).toEqual(
      [scene.coordinator, scene.raad, scene.chair, scene.secretary, scene.parentUser, scene.youthUser]
        .map((u) => u.email)
        .sort(),
    );
    for (const mail of invitations) {
      expect(`${mail.subject} ${mail.text}`).not.toMatch(/Geheimhouding|child-|parent-|Zorgen|veiligheid/);
      expect(mail.text).toContain(`https://tafel.test/tafels/${tafel.id}`);
    }
    const invite = calendarOf(invitations[0], raw(invitations[0]));
    expect(invite).toMatchObject({ method: 'REQUEST', uid: `tafel-${tafel.id}@tafel.example`, sequence: 0 });
    expect(invite.start.toISOString()).toBe(first.startsAt.toISOString());
    expect(invite.location).toBe('Stadskantoor, spreekkamer 2');

    await coordinator
      .put(`/api/v1/tafels/${tafel.id}/schedule`)
      .send({ sittingId: second.id, startsAt: second.startsAt.toISOString(), reason: 'Voorzitter ziek' })
      .expect(200);
    await runJobs();
    const updates = mailsFor(tafel.id, /^Uitnodiging gesprek /).slice(invitations.length);
    expect(updates).toHaveLength(6);
    const update = calendarOf(updates[0], raw(updates[0]));
    expect(update).toMatchObject({ method: 'REQUEST', uid: invite.uid, sequence: 1 });
    expect(update.start.toISOString()).toBe(second.startsAt.toISOString());

    await coordinator
      .post(`/api/v1/tafels/${tafel.id}/cancel`)
      .send({ reason: 'Gezin verhuisd' })
      .expect(200);
    await runJobs();
    const cancels = mailsFor(tafel.id, /gaat niet door/);
    expect(cancels).toHaveLength(6);
    expect(calendarOf(cancels[0], raw(cancels[0]))).toMatchObject({
      method: 'CANCEL',
      uid: invite.uid,
      sequence: 2,
    });
    const [{ pending }] = await t.dataSource.query(
      `SELECT count(*)::int AS pending FROM job WHERE group_key = $1 AND status = 'pending'`,
      [`tafel:${tafel.id}`],
    );
    expect(pending).toBe(0);
  });

  it('invites a parent whose account was linked after the request', async () => {
    const theCase = await makeCase(t.dataSource, scene.coordinator);
    const parent = await addMember(t.dataSource, theCase.id, 'parent');
    const tafel = await requested(coordinator, theCase.id, scene.raad.id);
    // The parent accepts an invitation to Tafel only now: the person of the case gets the account.
    const parentUser = await makeUser(t.dataSource, 'parent');
    await t.dataSource.query('UPDATE case_member SET user_id = $1 WHERE id = $2', [parentUser.id, parent.id]);
    const sitting = await makeSitting(t.dataSource, scene.chair, scene.secretary, workingDayAt(10, 8), 1);
    await coordinator
      .put(`/api/v1/tafels/${tafel.id}/schedule`)
      .send({ sittingId: sitting.id, startsAt: sitting.startsAt.toISOString() })
      .expect(200);
    const jobs = t.app.get(JobsService);
    while ((await jobs.runDue()) > 0);
    const recipients = mailsFor(tafel.id, /^Uitnodiging gesprek /).map(
      (m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text,
    );
    expect(recipients).toContain(parentUser.email);
  });

  it('sends the reminder 24 hours before from a job that survives a restart', async () => {
    const tafel = await requested(coordinator, scene.theCase.id, scene.raad.id);
    const sitting = await makeSitting(t.dataSource, scene.chair, scene.secretary, workingDayAt(9, 8), 1);
    await coordinator
      .put(`/api/v1/tafels/${tafel.id}/schedule`)
      .send({ sittingId: sitting.id, startsAt: sitting.startsAt.toISOString() })
      .expect(200);
    const [job] = await t.dataSource.query(
      `SELECT run_at, status FROM job WHERE group_key = $1 AND kind = 'tafel.reminder'`,
      [`tafel:${tafel.id}`],
    );
    expect(new Date(job.run_at).getTime()).toBe(sitting.startsAt.getTime() - 24 * 3_600_000);
    await t.app.get(JobsService).runDue(new Date(sitting.startsAt.getTime() - 25 * 3_600_000));
    expect(mailsFor(tafel.id, /^Herinnering/)).toHaveLength(0);
    await t.close();

    t = await createTestApp({ SMTP_URL: smtp.url, APP_URL: 'https://tafel.test' });
    await t.app.get(JobsService).runDue(new Date(sitting.startsAt.getTime() - 23 * 3_600_000));
    expect(mailsFor(tafel.id, /^Herinnering: gesprek/)).toHaveLength(6);
  });
});
