import { addWorkingDays, toIsoDate } from '@tafel/shared/util';
import { AuthUser } from '../src/common/auth/auth-user';
import { NormsService } from '../src/modules/chain/norms.service';
import { UserEntity } from '../src/modules/users/user.entity';
import { TEST_PASSWORD, addMember, addProfessional, makeCase, makeUser } from './support/factories';
import { TestApp, createTestApp, loginAs } from './support/test-app';

const DAY = 86_400_000;

/** A date `years` years and `days` days before now (for a birth date). */
function bornAgo(years: number, days: number): string {
  const d = new Date(Date.now() - days * DAY);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return toIsoDate(d);
}

const asAuth = (user: UserEntity): AuthUser => ({
  id: user.id,
  role: user.role,
  organisationId: user.organisationId,
  sessionId: 'test',
  stage: 'full',
  accessPoint: 'test',
});

describe('chain norms on a controllable clock, shown to whoever must act', () => {
  let t: TestApp;
  let norms: NormsService;
  let coordinator: UserEntity;
  let vtt: UserEntity;
  let gi: UserEntity;
  let caseId: string;
  let meldingAt: Date;

  beforeAll(async () => {
    // The region switches the request → tafel norm on and gives the RvdK 20 days.
    t = await createTestApp({ TAFEL_CHAIN_NORMS: '{"request_to_tafel": 15, "rvdk_start": 20}' });
    norms = t.app.get(NormsService);
    const ds = t.dataSource;
    coordinator = await makeUser(ds, 'coordinator');
    vtt = await makeUser(ds, 'professional', {}, 'veilig_thuis');
    gi = await makeUser(ds, 'professional', {}, 'gi');
    const theCase = await makeCase(ds, coordinator);
    caseId = theCase.id;
    await addProfessional(ds, caseId, vtt);
    await addProfessional(ds, caseId, gi);
    // Turned 17½ a month ago: the coordinator plans the transition to 18.
    await addMember(ds, caseId, 'child', undefined, bornAgo(17, 213));
    const agent = await loginAs(t.app, vtt.email, TEST_PASSWORD);
    await agent
      .post(`/api/v1/cases/${caseId}/milestones`)
      .send({ type: 'melding_received', occurredOn: toIsoDate(new Date()) })
      .expect(204);
    const [row] = await ds.query<{ occurred_at: Date }[]>(
      `SELECT occurred_at FROM chain_event WHERE case_id = $1 AND type = 'melding_received'`,
      [caseId],
    );
    meldingAt = row?.occurred_at as Date;
  });
  afterAll(() => t.close());

  const due = async (user: UserEntity, now: Date) =>
    (await norms.due(asAuth(user), now)).filter((d) => d.caseId === caseId).map((d) => [d.normId, d.broken]);

  it('is quiet for VTT right after the melding, warns before the 5 working days end and breaks after', async () => {
    const deadline = addWorkingDays(meldingAt, 5).getTime();
    expect(await due(vtt, meldingAt)).toEqual([]);
    expect(await due(vtt, new Date(deadline - DAY))).toEqual([['vtt_safety_assessment', false]]);
    expect(await due(vtt, new Date(deadline + DAY))).toEqual([['vtt_safety_assessment', true]]);
  });

  it('shows the VTT norm to VTT only; the 17½ alert to the coordinator only', async () => {
    const later = new Date(meldingAt.getTime() + 10 * DAY);
    expect(await due(gi, later)).toEqual([]);
    expect(await due(coordinator, later)).toEqual([['turning_18', false]]);
  });

  it('stops the clock at the safety assessment', async () => {
    const agent = await loginAs(t.app, vtt.email, TEST_PASSWORD);
    await agent
      .post(`/api/v1/cases/${caseId}/milestones`)
      .send({ type: 'safety_assessment_done', occurredOn: toIsoDate(new Date()) })
      .expect(204);
    expect(await due(vtt, new Date(meldingAt.getTime() + 10 * DAY))).toEqual([]);
  });

  it("takes the region's values: the request → tafel norm is on, labelled without legal source", () => {
    const request = norms.norms.chain.find((n) => n.id === 'request_to_tafel');
    expect(request?.label).toContain('geen wettelijke norm');
    expect(request?.horizon.value).toBe(15);
    expect(norms.norms.chain.find((n) => n.id === 'rvdk_start')?.horizon.value).toBe(20);
  });
});
