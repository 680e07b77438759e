import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { STAFF_ROLES } from '@tafel/shared/contracts';
import { TafelParticipantEntity } from '../src/modules/tafels/entities/tafel-participant.entity';
import {
  WITH_TOTP,
  addMember,
  addProfessional,
  makeCase,
  makeOrganisation,
  makeUser,
  makeTafel,
} from './support/factories';
import { TestApp, createTestApp, loginWithCode } from './support/test-app';

describe('the functional administrator edits and reactivates accounts', () => {
  let t: TestApp;
  let admin: request.Agent;
  let adminId: string;

  beforeAll(async () => {
    t = await createTestApp({ MFA_REQUIRED: 'true' });
    const user = await makeUser(t.dataSource, 'admin', WITH_TOTP);
    adminId = user.id;
    admin = await loginWithCode(t, user.email);
  });
  afterAll(() => t.close());

  const adminLog = (): Promise<{ event: string; person_id: string | null }[]> =>
    t.dataSource.query(`SELECT event, person_id FROM access_log WHERE user_id = $1 ORDER BY id`, [adminId]);

  async function tafelWith(
    coordinatorId: string,
    caseId: string,
    seats: Record<'chair' | 'secretary', string>,
  ) {
    const tafel = await makeTafel(t.dataSource, caseId, coordinatorId);
    await t.dataSource.getRepository(TafelParticipantEntity).insert([
      { tafelId: tafel.id, role: 'chair', userId: seats.chair },
      { tafelId: tafel.id, role: 'secretary', userId: seats.secretary },
    ]);
    return tafel;
  }

  it('changes name, e-mail and organisation, logged; the person logs in with the new address', async () => {
    const chair = await makeUser(t.dataSource, 'chair', WITH_TOTP);
    const organisation = await makeOrganisation(t.dataSource, 'raad');
    const email = `nieuw.${randomUUID().slice(0, 8)}@test.example`;
    const res = await admin
      .patch(`/api/v1/admin/users/${chair.id}`)
      .send({ displayName: '  Nieuwe Naam ', email: email.toUpperCase(), organisationId: organisation.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      displayName: 'Nieuwe Naam',
      email,
      role: 'chair',
      organisation: { id: organisation.id, name: organisation.name },
      active: true,
    });
    const agent = await loginWithCode(t, email);
    expect((await agent.get('/api/v1/me')).body).toMatchObject({ email, displayName: 'Nieuwe Naam' });
    expect(await adminLog()).toContainEqual({ event: 'admin.user.update', person_id: chair.id });
  });

  it('refuses an e-mail address in use (email_in_use) and an unknown organisation (404), changing nothing', async () => {
    const one = await makeUser(t.dataSource, 'secretary');
    const other = await makeUser(t.dataSource, 'secretary');
    const dup = await admin.patch(`/api/v1/admin/users/${one.id}`).send({ email: other.email.toUpperCase() });
    expect([dup.status, dup.body.code]).toEqual([409, 'email_in_use']);
    expect(dup.headers['content-type']).toMatch(/application\/problem\+json/);
    const unknown = await admin.patch(`/api/v1/admin/users/${one.id}`).send({ organisationId: randomUUID() });
    expect(unknown.status).toBe(404);
    const [row] = await t.dataSource.query('SELECT email, organisation_id FROM app_user WHERE id = $1', [
      one.id,
    ]);
    expect(row).toEqual({ email: one.email, organisation_id: one.organisationId });
    // Its own address, in other letters, is no conflict.
    const same = await admin.patch(`/api/v1/admin/users/${one.id}`).send({ email: one.email.toUpperCase() });
    expect(same.status).toBe(200);
  });

  it('changes the role of someone who is a member of no case, and ends their sessions', async () => {
    const professional = await makeUser(t.dataSource, 'professional', WITH_TOTP);
    const agent = await loginWithCode(t, professional.email);
    expect((await agent.get('/api/v1/me')).status).toBe(200);
    const res = await admin.patch(`/api/v1/admin/users/${professional.id}`).send({ role: 'coordinator' });
    expect([res.status, res.body.role]).toEqual([200, 'coordinator']);
    expect((await agent.get('/api/v1/me')).status).toBe(401);
    const again = await loginWithCode(t, professional.email);
    expect((await again.get('/api/v1/me')).body.role).toBe('coordinator');
  });

  it('keeps the role of a member of a case (member_of_cases): coordinator, added professional, seat, family', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    const added = await makeUser(t.dataSource, 'professional');
    await addProfessional(t.dataSource, theCase.id, added);
    const chair = await makeUser(t.dataSource, 'chair');
    const secretary = await makeUser(t.dataSource, 'secretary');
    await tafelWith(coordinator.id, theCase.id, { chair: chair.id, secretary: secretary.id });
    const parent = await makeUser(t.dataSource, 'parent');
    await addMember(t.dataSource, theCase.id, 'parent', parent);
    for (const member of [coordinator, added, chair, secretary, parent]) {
      const res = await admin.patch(`/api/v1/admin/users/${member.id}`).send({ role: 'auditor' });
      expect([member.role, res.status, res.body.code]).toEqual([member.role, 409, 'member_of_cases']);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const [row] = await t.dataSource.query('SELECT role FROM app_user WHERE id = $1', [coordinator.id]);
    expect(row.role).toBe('coordinator');
    // The same role again, or a change of name, is no role change.
    const same = await admin
      .patch(`/api/v1/admin/users/${coordinator.id}`)
      .send({ role: 'coordinator', displayName: 'Regie Voerder' });
    expect([same.status, same.body.displayName]).toEqual([200, 'Regie Voerder']);
  });

  it('does not let the administrator change their own role (invalid_state), but their name', async () => {
    const own = await admin.patch(`/api/v1/admin/users/${adminId}`).send({ role: 'auditor' });
    expect([own.status, own.body.code]).toEqual([409, 'invalid_state']);
    const name = await admin
      .patch(`/api/v1/admin/users/${adminId}`)
      .send({ role: 'admin', displayName: 'Beheer' });
    expect([name.status, name.body.role, name.body.displayName]).toEqual([200, 'admin', 'Beheer']);
  });

  it('does not let the administrator deactivate their own account, which stays usable', async () => {
    const own = await admin.post(`/api/v1/admin/users/${adminId}/deactivate`);
    expect([own.status, own.body.code]).toEqual([409, 'invalid_state']);
    // Still active: a deactivation would have ended this very session.
    await admin.get('/api/v1/admin/users').expect(200);
  });

  it('reactivates: the old session stays ended, logging in works again, logged', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator', WITH_TOTP);
    const old = await loginWithCode(t, coordinator.email);
    expect((await admin.post(`/api/v1/admin/users/${coordinator.id}/deactivate`)).status).toBe(200);
    const res = await admin.post(`/api/v1/admin/users/${coordinator.id}/reactivate`);
    expect([res.status, res.body.active]).toEqual([200, true]);
    expect((await old.get('/api/v1/me')).status).toBe(401);
    const fresh = await loginWithCode(t, coordinator.email);
    expect((await fresh.get('/api/v1/me')).status).toBe(200);
    expect(await adminLog()).toContainEqual({ event: 'admin.user.reactivate', person_id: coordinator.id });
  });

  it('counts what a person carries — families coordinated, open tafels to chair or minute — and nothing else', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const chair = await makeUser(t.dataSource, 'chair');
    const [one, two] = [await makeCase(t.dataSource, coordinator), await makeCase(t.dataSource, coordinator)];
    await tafelWith(coordinator.id, one.id, { chair: chair.id, secretary: coordinator.id });
    await tafelWith(coordinator.id, two.id, { chair: chair.id, secretary: coordinator.id });
    const done = await tafelWith(coordinator.id, two.id, { chair: chair.id, secretary: coordinator.id });
    const cancelled = await tafelWith(coordinator.id, two.id, { chair: chair.id, secretary: coordinator.id });
    await t.dataSource.query(`UPDATE tafel SET status = 'minutes_adopted' WHERE id = $1`, [done.id]);
    await t.dataSource.query(`UPDATE tafel SET status = 'cancelled' WHERE id = $1`, [cancelled.id]);

    const of = async (id: string) => (await admin.get(`/api/v1/admin/users/${id}/responsibilities`)).body;
    expect(await of(coordinator.id)).toEqual({ families: 2, tafelsToChair: 0, tafelsToMinute: 2 });
    expect(await of(chair.id)).toEqual({ families: 0, tafelsToChair: 2, tafelsToMinute: 0 });
    expect((await admin.get(`/api/v1/admin/users/${randomUUID()}/responsibilities`)).status).toBe(404);
  });

  it('an unknown user is a 404 for edit and reactivate', async () => {
    expect(
      (await admin.patch(`/api/v1/admin/users/${randomUUID()}`).send({ displayName: 'Iemand' })).status,
    ).toBe(404);
    expect((await admin.post(`/api/v1/admin/users/${randomUUID()}/reactivate`)).status).toBe(404);
  });

  it.each([
    ['an unknown field', { displayName: 'Anna', evil: true }, 'evil'],
    ['a family role', { role: 'parent' }, 'role'],
    ['null for a field', { role: null }, 'role'],
    ['a malformed e-mail address', { email: 'geen-adres' }, 'email'],
    ['a name of one letter', { displayName: 'A' }, 'displayName'],
    ['a name too long', { displayName: 'x'.repeat(201) }, 'displayName'],
    ['an organisation that is no uuid', { organisationId: "1' OR '1'='1" }, 'organisationId'],
    ['a wrong type', { email: ['a@b.nl'] }, 'email'],
  ])('refuses %s with a 400 problem+json, changing nothing', async (_, body, field) => {
    const user = await makeUser(t.dataSource, 'secretary');
    const res = await admin.patch(`/api/v1/admin/users/${user.id}`).send(body);
    expect([res.status, res.body.code]).toEqual([400, 'validation_failed']);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.invalidParams.map((p: { name: string }) => p.name)).toContain(field);
    const [row] = await t.dataSource.query('SELECT email, display_name, role FROM app_user WHERE id = $1', [
      user.id,
    ]);
    expect(row).toEqual({ email: user.email, display_name: user.displayName, role: 'secretary' });
  });

  it('a path id that is no uuid is a 400 problem+json', async () => {
    const res = await admin.get('/api/v1/admin/users/not-a-uuid/responsibilities');
    expect([res.status, res.headers['content-type']]).toEqual([400, expect.stringMatching(/problem\+json/)]);
  });

  it('is refused to every other role (403) and changes nothing', async () => {
    const target = await makeUser(t.dataSource, 'chair');
    for (const role of STAFF_ROLES.filter((r) => r !== 'admin')) {
      const agent = await loginWithCode(t, (await makeUser(t.dataSource, role, WITH_TOTP)).email);
      const calls = [
        agent.patch(`/api/v1/admin/users/${target.id}`).send({ displayName: 'Overgenomen' }),
        agent.post(`/api/v1/admin/users/${target.id}/reactivate`),
        agent.get(`/api/v1/admin/users/${target.id}/responsibilities`),
      ];
      for (const res of await Promise.all(calls)) expect([role, res.status]).toEqual([role, 403]);
    }
    const [row] = await t.dataSource.query('SELECT display_name FROM app_user WHERE id = $1', [target.id]);
    expect(row.display_name).toBe(target.displayName);
  });
});
