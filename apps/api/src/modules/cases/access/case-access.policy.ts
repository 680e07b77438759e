import {
  ACCESS_ACTIONS,
  AccessActionName,
  InvitationStatus,
  MemberKind,
  TafelRole,
} from '@tafel/shared/contracts';
import { ageOn } from '@tafel/shared/util';
import { DATA_CONSENT_AGE } from '../case-view.policy';

/**
 * Why a caller may touch a case or a tafel. Case actions see `participant` for a seat at any tafel of
 * the case; tafel actions see the seat at *this* tafel (`requester`, `chair`, `secretary`,
 * `participant`) or `other_tafel`, and a parent marked not invited to it is `left_out_parent`.
 * `admin` is the functional administrator toward a case whose active coordinator is deactivated —
 * an orphaned family — and toward no other case. `archive` is the functional administrator toward a
 * closed case, kept until its retention term ends: they may only destroy it (once the term has passed).
 */
export const RELATIONSHIPS = [
  'coordinator',
  'professional',
  'requester',
  'chair',
  'secretary',
  'participant',
  'other_tafel',
  'emergency',
  'parent',
  'parent_without_custody',
  'left_out_parent',
  'child',
  'youth',
  'network',
  'admin',
  'archive',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** Actions on one tafel (an agreement belongs to one); `tafel.request` acts on the case. */
export type TafelActionName = Exclude<
  Extract<AccessActionName, `tafel.${string}` | 'agreement.update'>,
  'tafel.request'
>;
export type CaseActionName = Exclude<AccessActionName, TafelActionName>;

const READERS: readonly Relationship[] = ['coordinator', 'professional', 'participant', 'emergency'];
const OWN_FAMILY: readonly Relationship[] = ['parent', 'parent_without_custody', 'child', 'youth'];
const AT_THIS_TAFEL: readonly Relationship[] = ['requester', 'chair', 'secretary', 'participant'];

/**
 * THE table: relationship × action → allowed. Emergency access reads and never writes; the active
 * coordinator alone edits the case, its regie, its coordinator, its members, its added professionals
 * and invitations; a tafel is run by those seated at it, and only the requester, the coordinator and
 * the chair change who sits.
 */
export const ACCESS_TABLE: Readonly<Record<AccessActionName, readonly Relationship[]>> = {
  'case.read': [...READERS, ...OWN_FAMILY],
  'case.events.read': [...READERS, ...OWN_FAMILY],
  'case.access-log.read': OWN_FAMILY,
  'case.update': ['coordinator'],
  'case.regie': ['coordinator'],
  'case.handover': ['coordinator'],
  'case.handover.candidates': ['coordinator'],
  // A family whose coordinator is deactivated would be stuck (a hand-over needs its coordinator): the
  // administrator hands it to another coordinator, without reading anything of it.
  'case.handover.orphaned': ['admin'],
  'case.member.add': ['coordinator'],
  // A child of 16 or older gives or withdraws their own consent; the coordinator records it for them.
  'case.member.consent': ['coordinator', 'youth'],
  'case.professional.add': ['coordinator'],
  // Need-to-know ends with the involvement: the active coordinator ends an added professional's
  // membership (a seat at a tafel of the case is a relationship of its own and stays).
  'case.professional.remove': ['coordinator'],
  'case.invite': ['coordinator'],
  // A milestone is recorded by a professional of the case; the chain module then requires the
  // organisation type that owns the milestone (MILESTONE_OWNERS).
  'case.milestone.record': ['coordinator', 'professional', 'participant'],
  // A court measure is what the court tells the family: each reads the measures the viewer policy
  // gives them (measuresForViewer: a parent their children's, a child their own).
  'case.measures.read': [...READERS, ...OWN_FAMILY],
  // The receiving organisation accepts or returns by its own organisation, not by a relationship.
  'case.overdracht.send': ['coordinator'],
  // Destruction after the retention term is the administrator's act on a closed case; it reads nothing
  // of it, and an emergency access (or any membership) never gives it.
  'case.destroy': ['archive'],
  'tafel.request': ['coordinator', 'professional', 'participant'],
  'tafel.read': [
    'coordinator',
    'professional',
    ...AT_THIS_TAFEL,
    'other_tafel',
    'emergency',
    ...OWN_FAMILY,
    'network',
  ],
  'tafel.slots.read': ['coordinator', 'requester'],
  'tafel.schedule': ['coordinator', 'requester'],
  'tafel.cancel': ['coordinator', 'requester'],
  'tafel.participants.manage': ['coordinator', 'requester', 'chair'],
  'tafel.rsvp': [...AT_THIS_TAFEL, ...OWN_FAMILY, 'network'],
  'tafel.attendance': ['chair', 'secretary'],
  'tafel.decide': ['chair'],
  'tafel.open': ['chair'],
  // "Delen met kind": the chair decides which sections of the notes a child under 16 receives.
  'tafel.room.share': ['chair'],
  // The verslag is a document: network members get none; a child under 16 reads only its sections
  // shared with them (`tafel.notes.shared`); the viewer policy withholds it from a parent without
  // custody under the restricted view.
  'tafel.verslag.read': [
    'coordinator',
    'professional',
    ...AT_THIS_TAFEL,
    'emergency',
    'parent',
    'parent_without_custody',
    'child',
    'youth',
  ],
  'tafel.verslag.write': ['chair', 'secretary'],
  'tafel.verslag.reply': ['parent', 'parent_without_custody', 'youth'],
  // The live notes (the draft verslag): the family follows them — a child from the age of consent, a
  // confidant (network) only at the tafel they are seated at — and those seated at it write; the
  // tafel's status decides whether they can still be written (TAFEL_STATUS_ALLOWS.notes).
  'tafel.notes.read': [
    'coordinator',
    'professional',
    ...AT_THIS_TAFEL,
    'emergency',
    'parent',
    'parent_without_custody',
    'youth',
    'network',
  ],
  'tafel.notes.write': AT_THIS_TAFEL,
  // A child under 16 does not follow the notes: they receive only the plain text of the sections the
  // chair shares with them (`tafel.room.share`), in the room and in the verslag.
  'tafel.notes.shared': ['child'],
  'agreement.update': ['coordinator'],
  'plan.read': [...READERS, ...OWN_FAMILY],
  // A plan version as a document (the PDF): not for a child under 16; the viewer policy withholds it
  // from a parent without custody under the restricted view.
  'plan.document.read': [...READERS, 'parent', 'parent_without_custody', 'youth'],
  'plan.edit': ['coordinator'],
  // A parent with custody writes the family's sections — while the family holds the regie.
  'plan.edit.family': ['parent'],
  'plan.publish': ['coordinator'],
  'plan.answer': OWN_FAMILY,
  'plan.attach': ['coordinator', 'parent'],
  'plan.attach.read': [...READERS, 'parent'],
};

export function isAllowed(relationship: Relationship, action: AccessActionName): boolean {
  return ACCESS_TABLE[action].includes(relationship);
}

/** A seat at one tafel of the case (cancelled tafels give none). */
export interface Seat {
  participantId: string;
  tafelId: string;
  role: TafelRole;
  invitation: InvitationStatus;
  memberId: string | null;
  confidantForMemberId: string | null;
}

/** The caller's own membership of the family. */
export interface FamilyMembership {
  id: string;
  kind: MemberKind;
  custody: boolean | null;
  birthDate: string | null;
}

/** Everything the database knows about one caller and one case. */
export interface AccessFacts {
  coordinator: boolean;
  /** The caller is the administrator and the case's active coordinator is deactivated. */
  orphaned?: boolean;
  /** The caller is the administrator and the case is closed (kept until its retention term ends). */
  closed?: boolean;
  professional: boolean;
  emergency: boolean;
  seats: Seat[];
  member: FamilyMembership | null;
}

export const NO_FACTS: AccessFacts = {
  coordinator: false,
  professional: false,
  emergency: false,
  seats: [],
  member: null,
};

function seatRelationship(role: TafelRole): Relationship {
  return role === 'requester' || role === 'chair' || role === 'secretary' ? role : 'participant';
}

function familyRelationship(member: FamilyMembership, seat: Seat | undefined, now: Date): Relationship {
  switch (member.kind) {
    case 'parent':
      if (seat?.invitation === 'not_invited') return 'left_out_parent';
      return member.custody === false ? 'parent_without_custody' : 'parent';
    case 'child':
      return member.birthDate && ageOn(member.birthDate, now) >= DATA_CONSENT_AGE ? 'youth' : 'child';
    case 'network':
      return 'network';
  }
}

/**
 * The caller's relationships, strongest first (membership before emergency access). For a tafel
 * action pass the tafel id: the seat at that tafel counts, a seat elsewhere is `other_tafel`.
 */
export function relationshipsOf(facts: AccessFacts, tafelId?: string, now = new Date()): Relationship[] {
  const found: Relationship[] = [];
  if (facts.coordinator) found.push('coordinator');
  if (tafelId === undefined) {
    if (facts.seats.some((s) => !s.memberId)) found.push('participant');
  } else {
    const here = facts.seats.filter((s) => s.tafelId === tafelId && !s.memberId);
    const order: Relationship[] = ['requester', 'chair', 'secretary', 'participant'];
    found.push(...order.filter((r) => here.some((s) => seatRelationship(s.role) === r)));
  }
  if (facts.professional) found.push('professional');
  if (tafelId !== undefined && !found.length && facts.seats.some((s) => !s.memberId))
    found.push('other_tafel');
  if (facts.member) {
    const member = facts.member;
    const seat = facts.seats.find((s) => s.tafelId === tafelId && s.memberId === member.id);
    // A network member has a relationship only to the tafel they are invited to.
    if (member.kind !== 'network' || tafelId === undefined || seat)
      found.push(familyRelationship(member, seat, now));
  }
  if (facts.emergency) found.push('emergency');
  if (facts.orphaned) found.push('admin');
  if (facts.closed) found.push('archive');
  return found;
}

/** What the check answers: the relationship that allows the action, or why not. */
export type AccessDecision =
  | { allowed: true; relationship: Relationship; emergency: boolean }
  | { allowed: false; relationship: Relationship | null };

export function decide(relationships: Relationship[], action: AccessActionName): AccessDecision {
  const allowing = relationships.find((r) => isAllowed(r, action));
  if (allowing) return { allowed: true, relationship: allowing, emergency: allowing === 'emergency' };
  return { allowed: false, relationship: relationships[0] ?? null };
}

/** The relationship × action table of docs/security.md, generated from ACCESS_TABLE. */
export function accessTableMarkdown(): string {
  const header = `| action | code | ${RELATIONSHIPS.join(' | ')} |`;
  const rule = `|---|:-:|${RELATIONSHIPS.map(() => ':-:').join('|')}|`;
  const rows = (Object.keys(ACCESS_TABLE) as AccessActionName[]).map(
    (a) =>
      `| \`${a}\` | ${ACCESS_ACTIONS[a]} | ${RELATIONSHIPS.map((r) => (isAllowed(r, a) ? '✔' : '')).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}
