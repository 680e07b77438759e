import { CaseDetail, ChainEvent, Handover } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { UserEntity } from '../src/modules/users/user.entity';
import { makeSeatedTafel } from './support/notes-client';
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
    // From whom to whom, with their organisations, and to which GI it went: resolved when listed.
    const timeline: ChainEvent[] = (await giAgent.get(`/api/v1/cases/${theCase.id}/events`).expect(200)).body;
    const organisationName = async (id: string | null) =>
      (await t.dataSource.query<{ name: string }[]>('SELECT name FROM organisation WHERE id = $1', [id]))[0]
        ?.name;
    const giName = await organisationName(giId);
    expect(timeline.find((e) => e.type === 'coordinator_handed_over')?.names.people).toEqual({
      [coordinator.id]: {
        name: coordinator.displayName,
        organisation: await organisationName(coordinator.organisationId),
      },
      [jeugdbeschermer.id]: { name: jeugdbeschermer.displayName, organisation: giName },
    });
    expect(timeline.find((e) => e.type === 'handover_sent')?.names.organisations).toEqual({ [giId]: giName });
    const twice = await giAgent
      .post(`/api/v1/handovers/${handover.id}/accept`)
      .send({ coordinatorId: jeugdbeschermer.id });
    expect(twice.status).toBe(409);
  });

  it("shows the receiving GI's users the family, gemeente and sender, logged as a read; another GI sees none", async () => {
    const theCase = await makeCase(t.dataSource, coordinator, { familyName: 'Meijer' });
    const handover = await send(theCase.id);
    const sender = await t.dataSource.query<{ name: string }[]>(
      'SELECT o.name FROM organisation o WHERE o.id = $1',
      [coordinator.organisationId],
    );
    const waiting: Handover[] = (await giAgent.get('/api/v1/handovers/incoming').expect(200)).body;
    expect(waiting.find((h) => h.id === handover.id)?.details).toEqual({
      familyName: 'Meijer',
      gemeente: theCase.gemeente,
      sentByName: coordinator.displayName,
      fromOrganisationName: sender[0]?.name,
      tafel: null,
    });
    const logged = await t.dataSource.query<{ relationship: string; emergency: boolean }[]>(
      `SELECT relationship, emergency FROM access_log
        WHERE user_id = $1 AND case_id = $2 AND event = 'handover.list'`,
      [jeugdbeschermer.id, theCase.id],
    );
    expect(logged).toEqual([{ relationship: 'receiving_organisation', emergency: false }]);
    const elsewhere: Handover[] = (await strangerAgent.get('/api/v1/handovers/incoming').expect(200)).body;
    expect(elsewhere.map((h) => h.caseId)).not.toContain(theCase.id);
    // The GI reads no more of the case than that until it accepts.
    expect([403, 404]).toContain((await giAgent.get(`/api/v1/cases/${theCase.id}`)).status);
    await giAgent.post(`/api/v1/handovers/${handover.id}/return`).send({ reason: 'Test afgerond.' });
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

  describe('after a tafel decides handover_to_gi', () => {
    let chair: UserEntity;
    let chairAgent: Agent;
    beforeAll(async () => {
      chair = await makeUser(t.dataSource, 'chair');
      chairAgent = await loginAs(t.app, chair.email, TEST_PASSWORD);
    });

    /**
     * An overdracht tafel of a new case, decided today: to the GI. It started an hour ago, or (`late`)
     * two days ago with its room opened only now.
     */
    const decided = async (late = false) => {
      const theCase = await makeCase(t.dataSource, coordinator);
      const tafel = await makeSeatedTafel(t.dataSource, theCase.id, coordinator, [
        { role: 'chair', userId: chair.id },
      ]);
      await t.dataSource.query(
        `UPDATE tafel SET moment_type = 'overdracht', starts_at = now() - $2::interval WHERE id = $1`,
        [tafel.id, late ? '2 days' : '1 hour'],
      );
      if (late) await chairAgent.post(`/api/v1/tafels/${tafel.id}/open`).expect(200);
      await chairAgent
        .post(`/api/v1/tafels/${tafel.id}/decision`)
        .send({
          decision: 'handover_to_gi',
          giOrganisationId: giId,
          rationale: 'Het raadsonderzoek is klaar; de GI voert de maatregel uit.',
          parentsView: 'agree',
          parentsViewText: 'Wij werken mee.',
          childHeard: 'in_person',
          agreements: [],
        })
        .expect(200);
      const [handover] = (
        await t.dataSource.query<{ id: string; status: string; from_organisation_id: string }[]>(
          'SELECT id, status, from_organisation_id FROM handover WHERE case_id = $1',
          [theCase.id],
        )
      ).map((r) => r);
      return { theCase, tafel, handover };
    };

    it('creates a hand-over to the GI awaiting acceptance; the sender keeps regie until then', async () => {
      const { theCase, handover } = await decided();
      expect(handover).toMatchObject({ status: 'sent', from_organisation_id: coordinator.organisationId });
      expect(await activeCoordinators(t.dataSource, theCase.id)).toEqual([coordinator.id]);
      const waiting: Handover[] = (await giAgent.get('/api/v1/handovers/incoming').expect(200)).body;
      // The reason it comes: the overdracht tafel's decision, held today.
      expect(waiting.find((h) => h.id === handover?.id)?.details).toMatchObject({
        sentByName: chair.displayName,
        tafel: { momentType: 'overdracht', heldOn: toIsoDate(new Date(Date.now() - 3_600_000)) },
      });
      const sent = (
        (await coordinatorAgent.get(`/api/v1/cases/${theCase.id}/events`)).body as ChainEvent[]
      ).find((e) => e.type === 'handover_sent');
      expect(sent?.data).toMatchObject({ handoverId: handover?.id, toOrganisationId: giId });
      // Before acceptance the jeugdbeschermer holds no regie: the coordinator's actions are refused.
      const early = await giAgent.patch(`/api/v1/cases/${theCase.id}`).send({ familyName: 'Vroeg' });
      expect([403, 404]).toContain(early.status);
    });

    it('names the tafel each overdracht comes from (held at its opening when it began late), in one read', async () => {
      const onTime = await decided();
      const late = await decided(true);
      // A tafel of the same case decided later is not the one the overdracht comes from.
      await t.dataSource.query(
        `INSERT INTO tafel (case_id, moment_type, status, requested_by_id, requested_at, reason,
                            consent_to_share, starts_at, decision, decided_at)
         VALUES ($1, 'afschaling', 'concluded', $2, now(), 'Later', true, now(), 'end_measure_agreed', now())`,
        [onTime.theCase.id, coordinator.id],
      );
      const [opened] = await t.dataSource.query<{ at: Date }[]>(
        `SELECT occurred_at AS at FROM chain_event WHERE type = 'tafel_opened' AND data->>'tafelId' = $1`,
        [late.tafel.id],
      );
      const sql = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      const waiting: Handover[] = (await giAgent.get('/api/v1/handovers/incoming').expect(200)).body;
      const sent = sql.mock.calls.map(([query]) => query);
      sql.mockRestore();
      expect(waiting.find((h) => h.id === onTime.handover?.id)?.details.tafel).toEqual({
        momentType: 'overdracht',
        heldOn: toIsoDate(new Date(Date.now() - 3_600_000)),
      });
      expect(waiting.find((h) => h.id === late.handover?.id)?.details.tafel).toEqual({
        momentType: 'overdracht',
        heldOn: toIsoDate(opened?.at as Date),
      });
      // However many wait: one read of the tafels' decisions and one of their openings.
      expect(waiting.filter((h) => h.details.tafel).length).toBeGreaterThanOrEqual(2);
      expect(sent.filter((q) => /FROM "tafel" "\w+" WHERE .*"id" IN \(/.test(q))).toHaveLength(1);
      expect(sent.filter((q) => q.includes("'tafel_opened'"))).toHaveLength(1);
    });

    it("after acceptance the jeugdbeschermer holds regie with the coordinator's permissions; the sender no longer", async () => {
      const { theCase, handover } = await decided();
      await giAgent
        .post(`/api/v1/handovers/${handover?.id}/accept`)
        .send({ coordinatorId: jeugdbeschermer.id })
        .expect(200);
      expect(await activeCoordinators(t.dataSource, theCase.id)).toEqual([jeugdbeschermer.id]);
      await giAgent.patch(`/api/v1/cases/${theCase.id}`).send({ familyName: 'Overgedragen' }).expect(200);
      await giAgent
        .post(`/api/v1/cases/${theCase.id}/members`)
        .send({ kind: 'child', firstName: 'Sem', lastName: 'Test', birthDate: '2015-05-06' })
        .expect(201);
      await giAgent
        .put(`/api/v1/cases/${theCase.id}/regie`)
        .send({ mode: 'professional', reason: 'De veiligheid van de kinderen staat op het spel.' })
        .expect(200);
      // The former coordinator stays on as a professional, without the coordinator's actions.
      const former = await coordinatorAgent
        .patch(`/api/v1/cases/${theCase.id}`)
        .send({ familyName: 'Terug' });
      expect(former.status).toBe(403);
      // Another professional of the same GI, not coordinating this case, gets none of it either.
      const colleague = await makeUser(t.dataSource, 'professional', { organisationId: giId });
      const colleagueAgent = await loginAs(t.app, colleague.email, TEST_PASSWORD);
      const foreign = await colleagueAgent.patch(`/api/v1/cases/${theCase.id}`).send({ familyName: 'Nee' });
      expect([403, 404]).toContain(foreign.status);
      expect(await activeCoordinators(t.dataSource, theCase.id)).toEqual([jeugdbeschermer.id]);
    });

    it('a returned overdracht after the decision keeps regie with the sender, with the reason recorded', async () => {
      const { theCase, handover } = await decided();
      await giAgent
        .post(`/api/v1/handovers/${handover?.id}/return`)
        .send({ reason: 'Er is nog geen uitspraak van de kinderrechter.' })
        .expect(200);
      expect(await activeCoordinators(t.dataSource, theCase.id)).toEqual([coordinator.id]);
      const returned = (
        (await coordinatorAgent.get(`/api/v1/cases/${theCase.id}/events`)).body as ChainEvent[]
      ).find((e) => e.type === 'handover_returned');
      expect(returned?.data).toMatchObject({ reason: 'Er is nog geen uitspraak van de kinderrechter.' });
      await coordinatorAgent
        .patch(`/api/v1/cases/${theCase.id}`)
        .send({ familyName: 'Nog steeds' })
        .expect(200);
    });
  });
});
