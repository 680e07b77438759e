import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESS_ACTIONS, AccessActionName } from '@tafel/shared/contracts';
import {
  ACCESS_TABLE,
  AccessFacts,
  NO_FACTS,
  RELATIONSHIPS,
  Seat,
  accessTableMarkdown,
  decide,
  isAllowed,
  relationshipsOf,
} from './case-access.policy';

const NOW = new Date('2026-06-01T12:00:00Z');
const seat = (tafelId: string, role: Seat['role'], extra: Partial<Seat> = {}): Seat => ({
  participantId: `p-${tafelId}-${role}`,
  tafelId,
  role,
  invitation: 'invited',
  memberId: null,
  confidantForMemberId: null,
  ...extra,
});
const facts = (extra: Partial<AccessFacts>): AccessFacts => ({ ...NO_FACTS, ...extra });
const member = (kind: 'parent' | 'child' | 'network', extra: Partial<AccessFacts['member']> = {}) => ({
  id: 'm1',
  kind,
  custody: kind === 'parent' ? true : null,
  birthDate: null,
  ...extra,
});

describe('docs/security.md', () => {
  it('holds the relationship × action table exactly as the code decides', () => {
    const doc = readFileSync(join(__dirname, '../../../../../../docs/security.md'), 'utf8');
    expect(doc).toContain(accessTableMarkdown());
  });
});

describe('the access table', () => {
  const writes = (Object.keys(ACCESS_TABLE) as AccessActionName[]).filter((a) => ACCESS_ACTIONS[a] !== 'R');

  it('lets the family follow the live notes and those seated at the tafel write them', () => {
    const readers = RELATIONSHIPS.filter((r) => isAllowed(r, 'tafel.notes.read'));
    const writers = RELATIONSHIPS.filter((r) => isAllowed(r, 'tafel.notes.write'));
    expect(writers).toEqual(['requester', 'chair', 'secretary', 'participant']);
    expect(readers).toEqual(expect.arrayContaining([...writers, 'emergency', 'parent', 'youth', 'network']));
    for (const outside of ['other_tafel', 'left_out_parent', 'child'] as const)
      expect(readers).not.toContain(outside);
  });

  it('gives a child under 16 only the shared sections, and lets only the chair share them', () => {
    expect(RELATIONSHIPS.filter((r) => isAllowed(r, 'tafel.notes.shared'))).toEqual(['child']);
    expect(RELATIONSHIPS.filter((r) => isAllowed(r, 'tafel.room.share'))).toEqual(['chair']);
  });

  it('lets emergency access read and never write', () => {
    expect(isAllowed('emergency', 'case.read')).toBe(true);
    expect(isAllowed('emergency', 'tafel.read')).toBe(true);
    expect(writes.filter((a) => isAllowed('emergency', a))).toEqual([]);
  });

  it('gives the case, its regie, its coordinator, its members, added professionals and invitations to the active coordinator alone', () => {
    for (const action of [
      'case.update',
      'case.regie',
      'case.handover',
      'case.member.add',
      'case.professional.add',
      'case.professional.remove',
      'case.invite',
    ] as const) {
      expect(RELATIONSHIPS.filter((r) => isAllowed(r, action))).toEqual(['coordinator']);
    }
  });

  it("logs ending an added professional's membership as a delete (NEN 7513 D), adding one as a create", () => {
    expect(ACCESS_ACTIONS['case.professional.remove']).toBe('D');
    expect(ACCESS_ACTIONS['case.professional.add']).toBe('C');
  });

  it('lets the administrator only hand over an orphaned family, and nobody else do that', () => {
    const actions = Object.keys(ACCESS_TABLE) as AccessActionName[];
    expect(actions.filter((a) => isAllowed('admin', a))).toEqual(['case.handover.orphaned']);
    expect(RELATIONSHIPS.filter((r) => isAllowed(r, 'case.handover.orphaned'))).toEqual(['admin']);
  });

  it('lets the administrator only destroy a closed case, and nobody else — no emergency access', () => {
    const actions = Object.keys(ACCESS_TABLE) as AccessActionName[];
    expect(actions.filter((a) => isAllowed('archive', a))).toEqual(['case.destroy']);
    expect(RELATIONSHIPS.filter((r) => isAllowed(r, 'case.destroy'))).toEqual(['archive']);
    expect(relationshipsOf(facts({ closed: true }))).toEqual(['archive']);
    expect(decide(['coordinator', 'emergency'], 'case.destroy')).toEqual({
      allowed: false,
      relationship: 'coordinator',
    });
  });

  it('lets only the requester, the coordinator and the chair change who sits at a tafel', () => {
    expect(RELATIONSHIPS.filter((r) => isAllowed(r, 'tafel.participants.manage'))).toEqual([
      'coordinator',
      'requester',
      'chair',
    ]);
  });

  it('keeps a left-out parent away from the tafel and a network member away from the case', () => {
    expect(isAllowed('left_out_parent', 'tafel.read')).toBe(false);
    expect(isAllowed('network', 'case.read')).toBe(false);
    expect(isAllowed('network', 'tafel.read')).toBe(true);
  });

  it('lets the professionals and the family, but no network member, read the measures', () => {
    expect(RELATIONSHIPS.filter((r) => isAllowed(r, 'case.measures.read'))).toEqual([
      'coordinator',
      'professional',
      'participant',
      'emergency',
      'parent',
      'parent_without_custody',
      'child',
      'youth',
    ]);
    expect(decide(relationshipsOf(facts({ member: member('network') })), 'case.measures.read').allowed).toBe(
      false,
    );
    const child = member('child', { birthDate: '2013-01-01' });
    expect(decide(relationshipsOf(facts({ member: child }), undefined, NOW), 'case.measures.read')).toEqual({
      allowed: true,
      relationship: 'child',
      emergency: false,
    });
  });

  it('lets every professional relationship read every tafel of its case (tafel lists rely on it)', () => {
    for (const r of ['coordinator', 'professional', 'participant', 'other_tafel', 'emergency'] as const)
      expect(isAllowed(r, 'tafel.read')).toBe(true);
  });
});

describe('relationshipsOf and decide', () => {
  it('gives the administrator a relationship only to a family whose coordinator is deactivated', () => {
    expect(relationshipsOf(facts({ orphaned: true }))).toEqual(['admin']);
    expect(relationshipsOf(facts({ orphaned: false }))).toEqual([]);
    expect(decide(['admin'], 'case.read')).toEqual({ allowed: false, relationship: 'admin' });
  });

  it('tells the active coordinator from a former one, who stays on as an added professional', () => {
    expect(decide(relationshipsOf(facts({ coordinator: true })), 'case.handover').allowed).toBe(true);
    const former = decide(relationshipsOf(facts({ professional: true })), 'case.handover');
    expect(former).toEqual({ allowed: false, relationship: 'professional' });
  });

  it('leaves a removed professional only what else relates them: a seat at a tafel, else nothing', () => {
    const removed = facts({ professional: false });
    expect(decide(relationshipsOf(removed), 'case.read')).toEqual({ allowed: false, relationship: null });
    const seated = facts({ professional: false, seats: [seat('t1', 'raad')] });
    expect(decide(relationshipsOf(seated), 'case.read')).toMatchObject({
      allowed: true,
      relationship: 'participant',
    });
    expect(decide(relationshipsOf(facts({ professional: true })), 'case.professional.remove')).toEqual({
      allowed: false,
      relationship: 'professional',
    });
  });

  it('prefers a membership to an emergency access, and marks reads through emergency alone', () => {
    expect(decide(relationshipsOf(facts({ professional: true, emergency: true })), 'case.read')).toEqual({
      allowed: true,
      relationship: 'professional',
      emergency: false,
    });
    expect(decide(relationshipsOf(facts({ emergency: true })), 'case.read')).toEqual({
      allowed: true,
      relationship: 'emergency',
      emergency: true,
    });
    expect(decide(relationshipsOf(facts({ emergency: true })), 'case.update')).toEqual({
      allowed: false,
      relationship: 'emergency',
    });
  });

  it('counts a seat at this tafel, not a seat at another tafel of the case', () => {
    const raad = facts({ seats: [seat('t1', 'raad')] });
    expect(relationshipsOf(raad)).toEqual(['participant']);
    expect(relationshipsOf(raad, 't1')).toEqual(['participant']);
    expect(relationshipsOf(raad, 't2')).toEqual(['other_tafel']);
    expect(decide(relationshipsOf(raad, 't2'), 'tafel.participants.manage').allowed).toBe(false);
    expect(decide(relationshipsOf(raad, 't2'), 'tafel.read').allowed).toBe(true);
    const chair = facts({ seats: [seat('t1', 'chair')] });
    expect(decide(relationshipsOf(chair, 't1'), 'tafel.decide').allowed).toBe(true);
    expect(decide(relationshipsOf(chair, 't2'), 'tafel.decide').allowed).toBe(false);
  });

  it('derives the family relationship from kind, custody, age and the seat at this tafel', () => {
    expect(relationshipsOf(facts({ member: member('parent') }))).toEqual(['parent']);
    expect(relationshipsOf(facts({ member: member('parent', { custody: false }) }))).toEqual([
      'parent_without_custody',
    ]);
    const leftOut = facts({
      member: member('parent'),
      seats: [seat('t1', 'parent', { memberId: 'm1', invitation: 'not_invited' })],
    });
    expect(relationshipsOf(leftOut, 't1')).toEqual(['left_out_parent']);
    expect(relationshipsOf(leftOut, 't2')).toEqual(['parent']);
    expect(
      relationshipsOf(facts({ member: member('child', { birthDate: '2012-01-01' }) }), undefined, NOW),
    ).toEqual(['child']);
    expect(
      relationshipsOf(facts({ member: member('child', { birthDate: '2010-01-01' }) }), undefined, NOW),
    ).toEqual(['youth']);
  });

  it('relates a network member to the tafel they are invited to and to no other', () => {
    const network = facts({
      member: member('network'),
      seats: [seat('t1', 'confidant', { memberId: 'm1', confidantForMemberId: 'm2' })],
    });
    expect(decide(relationshipsOf(network, 't1'), 'tafel.read').allowed).toBe(true);
    expect(relationshipsOf(network, 't2')).toEqual([]);
    expect(decide(relationshipsOf(network), 'case.read')).toEqual({
      allowed: false,
      relationship: 'network',
    });
  });

  it('finds nothing for a stranger', () => {
    expect(decide(relationshipsOf(NO_FACTS), 'case.read')).toEqual({ allowed: false, relationship: null });
  });
});
