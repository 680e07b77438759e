import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { verifyAccessLog } from '../src/modules/audit/access-log.verify';
import { ACCESS_LOG_SEARCH_ROWS, FileViewing } from '@tafel/shared/contracts';
import { toIsoDate } from '@tafel/shared/util';
import { TEST_PASSWORD, addMember, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';
import { testDatabaseUrl } from '@tafel/api/testing';

const run = promisify(execFile);
const ROOT = join(__dirname, '../../..');

describe('the NEN 7513 access log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const rowsFor = (caseId: string) =>
    t.dataSource.query(
      `SELECT event, action, user_id, role, organisation_id, access_point, authorised, relationship, emergency,
              occurred_at, hash, prev_hash
         FROM access_log WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );

  it('writes one row per read and write of client data, granted or refused', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const outsider = await makeUser(t.dataSource, 'professional');
    const theCase = await makeCase(t.dataSource, coordinator);
    const agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    await agent.get(`/api/v1/cases/${theCase.id}`).set('User-Agent', 'tafel-test').expect(200);
    await agent.patch(`/api/v1/cases/${theCase.id}`).send({ phase: 'toeleiding' }).expect(200);
    await (await loginAs(t.app, outsider.email, TEST_PASSWORD))
      .get(`/api/v1/cases/${theCase.id}`)
      .expect(404);

    const rows = await rowsFor(theCase.id);
    expect(rows.map((r: { event: string; action: string }) => `${r.event}:${r.action}`)).toEqual([
      'case.read:R',
      'case.update:U',
      'case.read:R',
    ]);
    expect(rows[0]).toMatchObject({
      user_id: coordinator.id,
      role: 'coordinator',
      organisation_id: coordinator.organisationId,
      authorised: true,
      relationship: 'coordinator',
      emergency: false,
    });
    expect(rows[0].access_point).toMatch(/ip=.+; ua=tafel-test/);
    expect(new Date(rows[0].occurred_at).getMilliseconds()).toBe(0);
    expect(rows[2]).toMatchObject({ user_id: outsider.id, authorised: false, relationship: 'none' });
  });

  it('logs every case in a list a professional reads, and the own case a parent opens', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const parent = await makeUser(t.dataSource, 'parent');
    const a = await makeCase(t.dataSource, coordinator);
    const b = await makeCase(t.dataSource, coordinator);
    await addMember(t.dataSource, a.id, 'parent', parent);
    await (await loginAs(t.app, coordinator.email, TEST_PASSWORD)).get('/api/v1/cases').expect(200);
    await (await loginAs(t.app, parent.email, TEST_PASSWORD)).get(`/api/v1/cases/${a.id}`).expect(200);
    expect((await rowsFor(b.id)).map((r: { event: string }) => r.event)).toEqual(['case.list']);
    expect((await rowsFor(a.id)).map((r: { relationship: string }) => r.relationship)).toEqual([
      'listed',
      'parent',
    ]);
  });

  it('shows a parent who looked at their file, in plain words, and nobody else', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const parent = await makeUser(t.dataSource, 'parent');
    const theCase = await makeCase(t.dataSource, coordinator);
    await addMember(t.dataSource, theCase.id, 'parent', parent);
    const professional = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    await professional.get(`/api/v1/cases/${theCase.id}`).expect(200);
    const family = await loginAs(t.app, parent.email, TEST_PASSWORD);
    await family.get(`/api/v1/cases/${theCase.id}`).expect(200);

    await professional.get(`/api/v1/cases/${theCase.id}`).expect(200);
    await professional.get(`/api/v1/cases/${theCase.id}/events`).expect(200);
    // Someone outside the case breaks the glass: that line is always flagged.
    const doctor = await makeUser(t.dataSource, 'professional');
    const emergency = await loginAs(t.app, doctor.email, TEST_PASSWORD);
    await emergency
      .post(`/api/v1/cases/${theCase.id}/emergency-access`)
      .send({ reason: 'Kind op de spoedeisende hulp; crisisdienst heeft gezinsgegevens nodig.' })
      .expect(201);
    await emergency.get(`/api/v1/cases/${theCase.id}`).expect(200);
    // Granted attempts that then failed, as the write interceptor logs them: nothing changed, nothing shown.
    await t.dataSource.query(
      `INSERT INTO access_log (occurred_at, event, action, case_id, user_id, role, organisation_id, authorised, relationship)
       SELECT now(), e.event, e.action, $1, $2, 'coordinator', $3, true, 'coordinator'
         FROM (VALUES ('case.update.failed', 'U'), ('case.update.failed', 'U'), ('case.read.failed', 'R')) AS e(event, action)`,
      [theCase.id, coordinator.id, coordinator.organisationId],
    );

    const res = await family.get(`/api/v1/cases/${theCase.id}/access-log`);
    expect(res.status).toBe(200);
    const lines: FileViewing[] = res.body;
    const today = toIsoDate(new Date(Date.now() + 3_600_000));
    // One line per person, per day and per part of the file, with the count; the parent's own reads are left out.
    expect(lines.map((l) => [l.who, l.part, l.what, l.coordinator, l.emergency])).toEqual(
      expect.arrayContaining([
        [coordinator.displayName, 'dossier', 'bekeken', true, false],
        [doctor.displayName, 'dossier', 'bekeken', false, true],
      ]),
    );
    const coordinatorLines = lines.filter((l) => l.who === coordinator.displayName);
    // Only the three reads: the failed saves are no change and the failed read no read.
    expect(coordinatorLines).toHaveLength(1);
    expect(coordinatorLines[0]).toMatchObject({ role: 'coordinator', what: 'bekeken', times: 3 });
    expect(lines.every((l) => l.who !== parent.displayName)).toBe(true);
    expect(lines.every((l) => l.emergency === (l.who === doctor.displayName))).toBe(true);
    expect([today, toIsoDate(new Date())]).toContain(lines[0].day);
    expect((await professional.get(`/api/v1/cases/${theCase.id}/access-log`)).status).toBe(403);
    const other = await makeUser(t.dataSource, 'parent');
    const otherAgent = await loginAs(t.app, other.email, TEST_PASSWORD);
    expect((await otherAgent.get(`/api/v1/cases/${theCase.id}/access-log`)).status).toBe(404);
  });

  it('shows a parent without custody (restricted view) only the uses of their own data, as the timeline', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const father = await makeUser(t.dataSource, 'parent');
    const theCase = await makeCase(t.dataSource, coordinator);
    const fatherMember = await addMember(t.dataSource, theCase.id, 'parent', father);
    await t.dataSource.query('UPDATE case_member SET custody = false WHERE id = $1', [fatherMember.id]);
    const child = await addMember(t.dataSource, theCase.id, 'child');
    const log = (event: string, personId: string | null) =>
      t.dataSource.query(
        `INSERT INTO access_log (occurred_at, event, action, case_id, person_id, user_id, role, organisation_id, authorised, relationship)
         VALUES (now(), $1, 'R', $2, $3, $4, 'coordinator', $5, true, 'coordinator')`,
        [event, theCase.id, personId, coordinator.id, coordinator.organisationId],
      );
    await log('case.read', null); // the file itself, which holds the father's data
    await log('tafel.read', fatherMember.id); // a use naming him (his seat at a tafel)
    await log('case.read', child.id); // a use naming the child
    await log('plan.read', null); // the plan's texts, which he does not read
    await log('tafel.verslag.read', null);

    const family = await loginAs(t.app, father.email, TEST_PASSWORD);
    expect((await family.get(`/api/v1/cases/${theCase.id}/events`)).status).toBe(403);
    const lines: FileViewing[] = (await family.get(`/api/v1/cases/${theCase.id}/access-log`).expect(200))
      .body;
    expect(lines.map((l) => [l.part, l.times]).sort()).toEqual([
      ['dossier', 1],
      ['tafel', 1],
    ]);
  });

  it('lets the privacy officer search by case, user and period and export CSV; nobody else', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    const agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    await agent.get(`/api/v1/cases/${theCase.id}`).expect(200);
    await agent.get(`/api/v1/cases/${theCase.id}/events`).expect(200);
    const officer = await loginAs(
      t.app,
      (await makeUser(t.dataSource, 'privacy_officer')).email,
      TEST_PASSWORD,
    );

    const byCase = await officer.get(`/api/v1/access-log?caseId=${theCase.id}`);
    expect(byCase.body.map((r: { event: string }) => r.event)).toEqual(['case.events.read', 'case.read']);
    const byUser = await officer.get(`/api/v1/access-log?userId=${coordinator.id}`);
    expect(byUser.body.every((r: { userId: string }) => r.userId === coordinator.id)).toBe(true);
    const future = await officer.get(`/api/v1/access-log?caseId=${theCase.id}&from=2199-01-01T00:00:00Z`);
    expect(future.body).toEqual([]);
    const bad = await officer.get('/api/v1/access-log?from=gisteren');
    expect(bad.status).toBe(400);

    const csv = await officer.get(`/api/v1/access-log/export?caseId=${theCase.id}`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toMatch(/^tijd_utc,actie,gebeurtenis,gebruiker,rol,organisatie,gezin,dossiernummer,/);
    // The export itself (action E, logged before its first line) and the officer's two earlier searches
    // for this case (action R) are logged rows of it too.
    expect(lines).toHaveLength(6);
    expect(lines[1]).toContain('"E","access_log_exported"');
    expect(lines.slice(2, 4).every((l) => l.includes('"R","access_log_searched"'))).toBe(true);
    expect(lines[4]).toContain('"R","case.events.read"');
    expect((await agent.get('/api/v1/access-log')).status).toBe(403);
  });

  it('shows the newest rows of a search with how many match, and exports every one of them', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const theCase = await makeCase(t.dataSource, coordinator);
    const logged = ACCESS_LOG_SEARCH_ROWS * 12 + 7; // more than one export batch too
    await t.dataSource.query(
      `INSERT INTO access_log (occurred_at, event, action, case_id, user_id, role, organisation_id, authorised, relationship)
       SELECT now(), 'case.read', 'R', $1, $2, 'coordinator', $3, true, 'coordinator' FROM generate_series(1, $4)`,
      [theCase.id, coordinator.id, coordinator.organisationId, logged],
    );
    const officer = await loginAs(
      t.app,
      (await makeUser(t.dataSource, 'privacy_officer')).email,
      TEST_PASSWORD,
    );

    const search = await officer.get(`/api/v1/access-log?caseId=${theCase.id}`).expect(200);
    expect(search.body).toHaveLength(ACCESS_LOG_SEARCH_ROWS);
    expect(search.headers['x-total-count']).toBe(String(logged));

    const csv = await officer.get(`/api/v1/access-log/export?caseId=${theCase.id}`).expect(200);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="toegangslog.csv"');
    const ids = csv.text
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => BigInt(line.split('","')[17]));
    // Every row: the logged reads, the search and the export itself (logged before its first line).
    expect(ids).toHaveLength(logged + 2);
    expect(ids.every((id, i) => i === 0 || id < ids[i - 1])).toBe(true);
  });

  it('lets the privacy officer find a family by name, case number, person and user, and emergency reads', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const outsider = await makeUser(t.dataSource, 'professional');
    const suffix = Date.now().toString(36);
    const theCase = await makeCase(t.dataSource, coordinator, {
      familyName: `Bakker_${suffix}`,
      caseNumber: `TW-${suffix}`,
    });
    const other = await makeCase(t.dataSource, coordinator);
    const child = await addMember(t.dataSource, theCase.id, 'child');
    await t.dataSource.query('UPDATE case_member SET first_name = $2, last_name = $3 WHERE id = $1', [
      child.id,
      'Noor',
      `Bakker_${suffix}`,
    ]);
    const agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    await agent.get(`/api/v1/cases/${theCase.id}`).expect(200);
    await agent.get(`/api/v1/cases/${other.id}`).expect(200);
    const stranger = await loginAs(t.app, outsider.email, TEST_PASSWORD);
    await stranger
      .post(`/api/v1/cases/${theCase.id}/emergency-access`)
      .send({ reason: 'Politie meldt een acuut onveilige situatie bij dit gezin' })
      .expect(201);
    await stranger.get(`/api/v1/cases/${theCase.id}`).expect(200);
    const officer = await loginAs(
      t.app,
      (await makeUser(t.dataSource, 'privacy_officer')).email,
      TEST_PASSWORD,
    );
    type Row = { caseId: string; caseNumber: string; familyName: string; userId: string; emergency: boolean };
    const search = async (query: string): Promise<Row[]> =>
      (await officer.get(`/api/v1/access-log?${query}`).expect(200)).body;

    const byName = await search(`family=bakker_${suffix}`);
    expect(byName.length).toBeGreaterThanOrEqual(3);
    expect(byName.every((r) => r.caseId === theCase.id)).toBe(true);
    expect(byName[0]).toMatchObject({ caseNumber: `TW-${suffix}`, familyName: `Bakker_${suffix}` });
    expect((await search(`family=tw-${suffix}`)).map((r) => r.caseId)).toEqual(byName.map((r) => r.caseId));
    // The family as the app names it: a leading "Gezin" is dropped.
    const byDisplayName = await search(`family=${encodeURIComponent(`Gezin Bakker_${suffix}`)}`);
    expect(byDisplayName.map((r) => r.caseId)).toEqual(byName.map((r) => r.caseId));
    expect(await search(`family=${encodeURIComponent(`gezin bakker_${suffix}`)}`)).toHaveLength(
      byName.length,
    );
    // The underscore of the input matches itself, not any character.
    expect(await search(`family=bakker${suffix}`)).toEqual([]);

    const byPerson = await search(`person=${encodeURIComponent(`noor bakker_${suffix}`)}`);
    expect(byPerson.length).toBeGreaterThanOrEqual(3);
    expect(byPerson.every((r) => r.caseId === theCase.id)).toBe(true);

    const byUser = await search(`user=${encodeURIComponent(outsider.displayName)}`);
    expect(byUser.length).toBeGreaterThan(0);
    expect(byUser.every((r) => r.userId === outsider.id)).toBe(true);

    const emergency = await search(`family=${suffix}&emergencyOnly=true`);
    expect(emergency.length).toBeGreaterThan(0);
    expect(emergency.every((r) => r.emergency && r.userId === outsider.id)).toBe(true);

    const csv = await officer
      .get(`/api/v1/access-log/export?family=${suffix}&emergencyOnly=true`)
      .expect(200);
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(emergency.length + 1);
    expect(lines[1]).toContain(`"Bakker_${suffix}","TW-${suffix}"`);

    expect((await officer.get('/api/v1/access-log?family=x')).status).toBe(400);
    expect((await officer.get('/api/v1/access-log?emergencyOnly=ja')).status).toBe(400);
  });

  it('names the account an administrator changed, on the page and in the Dutch export', async () => {
    const admin = await makeUser(t.dataSource, 'admin');
    const target = await makeUser(t.dataSource, 'chair');
    // As the administrator's service logs it: the account acted on is the row's person.
    await t.dataSource.query(
      `INSERT INTO access_log (occurred_at, event, action, person_id, user_id, role, organisation_id, authorised, relationship)
       VALUES (now(), 'admin.user.deactivate', 'U', $1, $2, 'admin', $3, true, 'admin')`,
      [target.id, admin.id, admin.organisationId],
    );
    const officer = await loginAs(
      t.app,
      (await makeUser(t.dataSource, 'privacy_officer')).email,
      TEST_PASSWORD,
    );
    const [row] = (await officer.get(`/api/v1/access-log?userId=${admin.id}`).expect(200)).body;
    expect(row).toMatchObject({
      event: 'admin.user.deactivate',
      personName: null,
      account: { name: target.displayName, email: target.email, role: 'chair' },
    });
    const [organisation] = await t.dataSource.query('SELECT name FROM organisation WHERE id = $1', [
      admin.organisationId,
    ]);
    expect(row.organisationName).toBe(organisation.name);

    const csv = await officer.get(`/api/v1/access-log/export?userId=${admin.id}`).expect(200);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'tijd_utc,actie,gebeurtenis,gebruiker,rol,organisatie,gezin,dossiernummer,persoon,account,account_rol,namens,toegangspunt,toegestaan,relatie,toestemming,noodtoegang,regel_id,dossier_id,persoon_id,gebruiker_id,organisatie_id',
    );
    expect(lines[1]).toContain(
      `"admin.user.deactivate","${admin.displayName}","Functioneel beheerder","${organisation.name}","","","","${target.displayName} <${target.email}>","Voorzitter"`,
    );
  });

  it('names the professional a coordinator added to a case and removed from it', async () => {
    const coordinator = await makeUser(t.dataSource, 'coordinator');
    const professional = await makeUser(t.dataSource, 'professional');
    const theCase = await makeCase(t.dataSource, coordinator);
    const agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    await agent
      .post(`/api/v1/cases/${theCase.id}/professionals`)
      .send({ userId: professional.id })
      .expect(201);
    await agent.delete(`/api/v1/cases/${theCase.id}/professionals/${professional.id}`).expect(204);
    const officer = await loginAs(
      t.app,
      (await makeUser(t.dataSource, 'privacy_officer')).email,
      TEST_PASSWORD,
    );
    const rows: { event: string; account: { name: string } | null }[] = (
      await officer.get(`/api/v1/access-log?caseId=${theCase.id}`).expect(200)
    ).body;
    const named = rows.filter((r) => r.event.startsWith('case.professional.'));
    expect(named.map((r) => [r.event, r.account?.name])).toEqual([
      ['case.professional.remove', professional.displayName],
      ['case.professional.add', professional.displayName],
    ]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, also through plain SQL', async () => {
    await expect(t.dataSource.query(`UPDATE access_log SET event = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM access_log')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE access_log')).rejects.toThrow(/append-only/);
  });

  it('chains the rows so that verification finds a row altered by a superuser', async () => {
    const before = await verifyAccessLog(t.dataSource);
    expect(before.break).toBeNull();
    expect(before.rows).toBeGreaterThan(3);

    const env = { ...process.env, DATABASE_URL: testDatabaseUrl() };
    const ok = await run('npm', ['run', '-s', 'audit:verify'], { cwd: ROOT, env });
    expect(ok.stdout).toMatch(/chain intact/);

    const [{ id, event }] = await t.dataSource.query(
      'SELECT id::text, event FROM access_log ORDER BY id LIMIT 1 OFFSET 2',
    );
    // As a superuser would, past the append-only trigger; put back afterwards, for the test files after
    // this one on the same database that verify the chain too.
    const alter = (value: string) =>
      t.dataSource.transaction(async (m) => {
        await m.query('SET LOCAL session_replication_role = replica');
        await m.query(`UPDATE access_log SET event = $2 WHERE id = $1`, [id, value]);
      });
    // Another event than the row's own (the files before this one decide which row that is).
    await alter(event === 'case.list' ? 'tafel.list' : 'case.list');
    try {
      const after = await verifyAccessLog(t.dataSource);
      expect(after.break?.id).toBe(id);
      const broken = await run('npm', ['run', '-s', 'audit:verify'], { cwd: ROOT, env }).catch(
        (e: { code: number; stderr: string }) => e,
      );
      expect((broken as { code: number }).code).toBe(1);
      expect((broken as { stderr: string }).stderr).toContain(`BROKEN at row ${id}`);
    } finally {
      await alter(event);
    }
    expect((await verifyAccessLog(t.dataSource)).break).toBeNull();
  });
});
