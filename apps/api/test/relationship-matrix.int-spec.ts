import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { Permission, Role, SESSION_COOKIE, TafelDetail, roleHasPermission } from '@tafel/shared/contracts';
import { SessionService } from '../src/modules/auth/session.service';
import { Endpoint, discoverEndpoints } from './support/endpoints';
import { TEST_PASSWORD, addMember, addProfessional, born, makeCase, makeUser } from './support/factories';
import { validRequest } from './support/tafel-scene';
import { TestApp, createTestApp, loginAs } from './support/test-app';

/** The relationships of issue 7, each a persona of one family (tafel A is "this tafel"). */
const RELATIONSHIPS = [
  'active coordinator',
  'former coordinator',
  'added professional',
  'participant of this tafel',
  'participant of another tafel',
  'chair of this tafel',
  'emergency',
  'parent with custody',
  'parent without custody',
  'left-out parent',
  'child 12-15',
  'child 16+',
  'network member',
  'non-member',
] as const;
type Who = (typeof RELATIONSHIPS)[number];

const READERS: Who[] = [
  'active coordinator',
  'former coordinator',
  'added professional',
  'participant of this tafel',
  'participant of another tafel',
  'chair of this tafel',
  'emergency',
];
const FAMILY: Who[] = ['parent with custody', 'parent without custody', 'child 12-15', 'child 16+'];
const SEATED: Who[] = [
  'active coordinator',
  'participant of this tafel',
  'chair of this tafel',
  'network member',
];

/**
 * Who gets through, per route, beyond the role's permission (the other matrix covers that): written
 * out here, independent of the table in the code. Everyone else gets 403 when related to the case and
 * 404 when not at all.
 */
const ALLOWED: Record<string, Who[]> = {
  'GET /cases/:id': [...READERS, ...FAMILY, 'left-out parent'],
  'GET /cases/:id/events': [...READERS, 'parent with custody', 'child 12-15', 'child 16+', 'left-out parent'],
  'GET /cases/:id/access-log': [...FAMILY, 'left-out parent'],
  'GET /cases/:id/coordinator-candidates': ['active coordinator'],
  'PATCH /cases/:id': ['active coordinator'],
  'POST /cases/:id/members': ['active coordinator'],
  // The child's own consent (the member is the child of 16+), or the coordinator recording it.
  'PUT /cases/:id/members/:memberId/consent': ['active coordinator', 'child 16+'],
  'POST /cases/:id/professionals': ['active coordinator'],
  // Let through, the coordinator ends a bystander's membership (added again after each call).
  'DELETE /cases/:id/professionals/:userId': ['active coordinator'],
  'PUT /cases/:id/coordinator': ['active coordinator'],
  'PUT /cases/:id/regie': ['active coordinator'],
  'POST /cases/:id/invitations': ['active coordinator'],
  'POST /tafels': [
    'active coordinator',
    'former coordinator',
    'added professional',
    'participant of this tafel',
    'participant of another tafel',
  ],
  // What the family is told by the court (which measures each reads: family-measures.int-spec).
  'GET /cases/:id/measures': [...READERS, ...FAMILY, 'left-out parent'],
  // Which organisation owns a milestone is checked after the relationship (chain-milestones.int-spec).
  'POST /cases/:id/milestones': [
    'active coordinator',
    'former coordinator',
    'added professional',
    'participant of this tafel',
    'participant of another tafel',
  ],
  'POST /cases/:id/handovers': ['active coordinator'],
  'GET /tafels/:id': [...READERS, ...FAMILY, 'network member'],
  'POST /tafels/:id/participants': ['active coordinator', 'chair of this tafel'],
  'PUT /tafels/:id/participants/:participantId/not-invited': ['active coordinator', 'chair of this tafel'],
  'GET /tafels/:id/slot-proposals': ['active coordinator'],
  'PUT /tafels/:id/schedule': ['active coordinator'],
  'POST /tafels/:id/cancel': ['active coordinator'],
  'PUT /tafels/:id/rsvp': [...SEATED, ...FAMILY],
  'PUT /tafels/:id/attendance': ['chair of this tafel'],
  'POST /tafels/:id/decision': ['chair of this tafel'],
  'POST /tafels/:id/open': ['chair of this tafel'],
  'PUT /tafels/:id/room/share': ['chair of this tafel'],
  // A document: not for a child under 16, a network member, nor (restricted view) a parent without custody.
  'GET /tafels/:id/verslag': [
    ...READERS.filter((w) => w !== 'participant of another tafel'),
    'parent with custody',
    'child 16+',
  ],
  'GET /tafels/:id/verslag/pdf': [
    ...READERS.filter((w) => w !== 'participant of another tafel'),
    'parent with custody',
    'child 16+',
  ],
  'PUT /tafels/:id/verslag': ['chair of this tafel'],
  'POST /tafels/:id/verslag/adopt': ['chair of this tafel'],
  'POST /tafels/:id/verslag/replies': ['parent with custody', 'child 16+'],
  'PATCH /agreements/:id': ['active coordinator'],
  'GET /cases/:id/plan': [...READERS, ...FAMILY, 'left-out parent'],
  'GET /cases/:id/agreements': [...READERS, ...FAMILY, 'left-out parent'],
  'GET /cases/:id/plan/compare': [...READERS, ...FAMILY, 'left-out parent'],
  'GET /cases/:id/plan/versions/:number': [...READERS, ...FAMILY, 'left-out parent'],
  // A document: not for a child under 16 (the restricted view of a parent without custody: plans.int-spec).
  'GET /cases/:id/plan/versions/:number/pdf': [
    ...READERS,
    'parent with custody',
    'parent without custody',
    'left-out parent',
    'child 16+',
  ],
  // A parent with custody writes the family's own section (under family regie); the coordinator the rest.
  'PUT /cases/:id/plan': ['active coordinator', 'parent with custody', 'left-out parent'],
  'POST /cases/:id/plan/versions': ['active coordinator'],
  'POST /cases/:id/plan/versions/:number/answers': [...FAMILY, 'left-out parent'],
  'POST /cases/:id/plan/attachments': ['active coordinator', 'parent with custody', 'left-out parent'],
  'GET /cases/:id/plan/attachments/:attachmentId': [...READERS, 'parent with custody', 'left-out parent'],
};

/** Not a relationship route: break the glass is for those without one (see emergency-access.int-spec). */
const NOT_BY_RELATIONSHIP = ['POST /cases/:id/emergency-access'];

describe('authorization matrix: every case and tafel route × every relationship', () => {
  let t: TestApp;
  const personas = {} as Record<Who, { id: string; role: Role }>;
  const ids: Record<string, string> = {};
  const bodies: Record<string, object> = {};
  // Valid plan bodies, so that the relationship decides (the revision is stale: 409 for those let through).
  bodies['PUT /cases/:id/plan'] = { baseRevision: 999, sections: { family_view: 'Onze kijk' } };
  bodies['POST /cases/:id/plan/versions'] = { baseRevision: 999 };
  bodies['POST /cases/:id/plan/versions/:number/answers'] = { section: 'worries', answer: 'agree' };

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    const user = (role: Role, orgType?: Parameters<typeof makeUser>[3]) => makeUser(ds, role, {}, orgType);
    const coordinator = await user('coordinator');
    const former = await user('coordinator');
    const theCase = await makeCase(ds, former);
    await ds.query('UPDATE coordinator_assignment SET ended_at = now() WHERE case_id = $1', [theCase.id]);
    await ds.query(
      `INSERT INTO coordinator_assignment (case_id, user_id, started_at, reason, assigned_by_id)
       VALUES ($1, $2, now(), 'Overdracht', $3)`,
      [theCase.id, coordinator.id, former.id],
    );
    await addProfessional(ds, theCase.id, former);
    const added = await user('professional');
    await addProfessional(ds, theCase.id, added);
    // The one whose membership the DELETE route ends: no persona, so that the others keep theirs.
    const bystander = await user('professional');
    await addProfessional(ds, theCase.id, bystander);
    const raad = await user('professional', 'raad');
    const elsewhere = await user('professional', 'raad');
    const chair = await user('chair');
    const emergency = await user('professional');
    await ds.query(
      `INSERT INTO emergency_access (case_id, user_id, reason, granted_at, expires_at)
       VALUES ($1, $2, 'Crisisdienst heeft gegevens nodig', now(), now() + interval '1 hour')`,
      [theCase.id, emergency.id],
    );
    const family = {
      custody: await user('parent'),
      noCustody: await user('parent'),
      leftOut: await user('parent'),
      child14: await user('child'),
      child17: await user('child'),
      network: await user('network'),
    };
    const parent = await addMember(ds, theCase.id, 'parent', family.custody);
    const noCustody = await addMember(ds, theCase.id, 'parent', family.noCustody);
    await ds.query('UPDATE case_member SET custody = false WHERE id = $1', [noCustody.id]);
    const leftOut = await addMember(ds, theCase.id, 'parent', family.leftOut);
    await addMember(ds, theCase.id, 'child', family.child14, born(14));
    const youth = await addMember(ds, theCase.id, 'child', family.child17, born(17));
    const network = await addMember(ds, theCase.id, 'network', family.network);

    const agent = await loginAs(t.app, coordinator.email, TEST_PASSWORD);
    const tafelA: TafelDetail = (
      await agent.post('/api/v1/tafels').send(validRequest(theCase.id)).expect(201)
    ).body;
    const tafelB: TafelDetail = (
      await agent.post('/api/v1/tafels').send(validRequest(theCase.id)).expect(201)
    ).body;
    for (const [tafel, participant] of [
      [tafelA, { role: 'raad', userId: raad.id }],
      [tafelA, { role: 'confidant', memberId: network.id, confidantForMemberId: parent.id }],
      [tafelB, { role: 'raad', userId: elsewhere.id }],
    ] as const)
      await agent.post(`/api/v1/tafels/${tafel.id}/participants`).send(participant).expect(201);
    const seatOf = (memberId: string) => tafelA.participants.find((p) => p.memberId === memberId)?.id;
    await agent
      .put(`/api/v1/tafels/${tafelA.id}/participants/${seatOf(leftOut.id)}/not-invited`)
      .send({ reason: 'Contactverbod volgens de rechter.' })
      .expect(200);
    await ds.query(`INSERT INTO tafel_participant (tafel_id, role, user_id) VALUES ($1, 'chair', $2)`, [
      tafelA.id,
      chair.id,
    ]);
    const [raadSeat] = await ds.query(
      `SELECT id FROM tafel_participant WHERE tafel_id = $1 AND user_id = $2`,
      [tafelA.id, raad.id],
    );
    const [agreement] = await ds.query(
      `INSERT INTO agreement (tafel_id, case_id, owner_name, what, due_date)
       VALUES ($1, $2, 'Moeder', 'Naar de opvoedcursus', current_date) RETURNING id`,
      [tafelA.id, theCase.id],
    );
    const [{ regie_mode: regieMode }] = await ds.query('SELECT regie_mode FROM family_case WHERE id = $1', [
      theCase.id,
    ]);
    Object.assign(ids, {
      case: theCase.id,
      tafel: tafelA.id,
      participant: raadSeat.id,
      agreement: agreement.id,
      member: youth.id,
      bystander: bystander.id,
    });

    const entries: [Who, { id: string; role: Role }][] = [
      ['active coordinator', coordinator],
      ['former coordinator', former],
      ['added professional', added],
      ['participant of this tafel', raad],
      ['participant of another tafel', elsewhere],
      ['chair of this tafel', chair],
      ['emergency', emergency],
      ['parent with custody', family.custody],
      ['parent without custody', family.noCustody],
      ['left-out parent', family.leftOut],
      ['child 12-15', family.child14],
      ['child 16+', family.child17],
      ['network member', family.network],
      ['non-member', await user('coordinator')],
    ];
    for (const [who, u] of entries) personas[who] = { id: u.id, role: u.role };

    // Bodies that pass validation and change nothing, so that the answer shows the access decision:
    // an allowed caller meets a domain rule (already there, unchanged, wrong state) after the check.
    const reason = 'Matrix: een reden die lang genoeg is.';
    Object.assign(bodies, {
      'PATCH /cases/:id': { familyName: theCase.familyName },
      'POST /cases/:id/members': { kind: 'network', firstName: 'Buur', lastName: 'Matrix' },
      'PUT /cases/:id/members/:memberId/consent': { sharesWithParents: false },
      'POST /cases/:id/professionals': { userId: family.custody.id },
      'PUT /cases/:id/coordinator': { coordinatorId: coordinator.id, reason },
      'PUT /cases/:id/regie': { mode: regieMode, reason },
      'POST /cases/:id/invitations': { memberId: network.id, email: 'matrix@test.example' },
      'POST /tafels': { ...validRequest(theCase.id), momentType: 'overdracht' },
      'POST /tafels/:id/participants': { role: 'raad', userId: raad.id },
      'PUT /tafels/:id/participants/:participantId/not-invited': { reason },
      'PUT /tafels/:id/schedule': { sittingId: randomUUID(), startsAt: new Date(Date.now() + 86_400_000) },
      'POST /tafels/:id/cancel': { reason },
      'PUT /tafels/:id/rsvp': { response: 'accepted' },
      'PUT /tafels/:id/attendance': { items: [{ participantId: raadSeat.id, attendance: 'present' }] },
      'POST /tafels/:id/decision': {
        decision: 'no_investigation',
        rationale: 'De vrijwillige hulp loopt goed en gaat door.',
        parentsView: 'agree',
        parentsViewText: 'Wij zijn het eens.',
        childHeard: 'in_person',
        agreements: [],
      },
      'PUT /tafels/:id/room/share': { agendaItem: 'opening', shared: true },
      'PATCH /agreements/:id': { status: 'open' },
      'POST /tafels/:id/verslag/replies': { text: 'Matrix: een reactie.' },
      // A date in the future: refused (400) once the relationship lets the caller through.
      'POST /cases/:id/milestones': {
        type: 'vto_received',
        occurredOn: new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10),
      },
      // No such receiving organisation: refused (400) once the relationship lets the caller through.
      'POST /cases/:id/handovers': { toOrganisationId: randomUUID() },
    });
  });
  afterAll(() => t.close());

  const key = (e: Endpoint) => `${e.method} ${e.path.replace('/api/v1', '')}`;
  const routes = () =>
    discoverEndpoints(t).filter(
      (e) => /^(\/cases\/:id|\/tafels|\/agreements\/:id)/.test(e.path.replace('/api/v1', '')) && e.permission,
    );
  const onFamily = (e: Endpoint) => /^(POST \/tafels$|[A-Z]+ \/(cases|tafels|agreements)\/:id)/.test(key(e));

  it('names every case and tafel route', () => {
    const named = routes()
      .filter(onFamily)
      .map(key)
      .filter((k) => !NOT_BY_RELATIONSHIP.includes(k));
    expect(named.sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('answers each relationship on each route as the table above says', async () => {
    const sessions = t.app.get(SessionService);
    const mismatches: string[] = [];
    for (const e of routes().filter((x) => ALLOWED[key(x)])) {
      for (const who of RELATIONSHIPS) {
        const persona = personas[who];
        const token = await sessions.start(persona.id, { ip: '127.0.0.1', userAgent: 'matrix' });
        const url = e.path
          .replace(':participantId', ids['participant'])
          .replace(':memberId', ids['member'])
          .replace(':userId', ids['bystander'])
          .replace(
            /\/(cases|tafels)\/:id/,
            (_, what: string) => `/${what}/${ids[what === 'cases' ? 'case' : 'tafel']}`,
          )
          .replace('/agreements/:id', `/agreements/${ids['agreement']}`);
        const verb = e.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        const req = request(t.app.getHttpServer())[verb](url).set('Cookie', `${SESSION_COOKIE}=${token}`);
        const res = verb === 'get' || verb === 'delete' ? await req : await req.send(bodies[key(e)] ?? {});
        if (key(e) === 'DELETE /cases/:id/professionals/:userId' && res.status === 204) {
          await t.dataSource.query(
            'INSERT INTO case_professional (case_id, user_id, added_at) VALUES ($1, $2, now())',
            [ids['case'], ids['bystander']],
          );
        }
        if (key(e) === 'POST /tafels/:id/cancel' && res.status === 200) {
          await t.dataSource.query(
            `UPDATE tafel SET status = 'requested', cancel_reason = NULL WHERE id = $1`,
            [ids['tafel']],
          );
        }
        const permitted = roleHasPermission(persona.role, e.permission as Permission);
        const expected = !permitted
          ? 403
          : ALLOWED[key(e)].includes(who)
            ? 'through'
            : who === 'non-member'
              ? 404
              : 403;
        const got = [401, 403, 404].includes(res.status)
          ? res.status
          : res.status < 500
            ? 'through'
            : res.status;
        if (got !== expected)
          mismatches.push(
            `${key(e)} as ${who}: expected ${expected}, got ${res.status} ${res.body.detail ?? ''}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
