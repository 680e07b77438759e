import { Permission } from './permissions';

/** The NEN 7513 action code: create, read, update, delete, export. */
export type AccessLogAction = 'C' | 'R' | 'U' | 'D' | 'E';

/** Every action on a case or a tafel that needs a relationship, with its NEN 7513 action code. */
export const ACCESS_ACTIONS = {
  'case.read': 'R',
  'case.events.read': 'R',
  'case.access-log.read': 'R',
  'case.update': 'U',
  'case.regie': 'U',
  'case.handover': 'U',
  'case.handover.candidates': 'R',
  'case.handover.orphaned': 'U',
  'case.member.add': 'C',
  'case.member.consent': 'U',
  'case.professional.add': 'C',
  'case.professional.remove': 'D',
  'case.invite': 'C',
  'case.milestone.record': 'C',
  'case.measures.read': 'R',
  'case.overdracht.send': 'U',
  'case.destroy': 'D',
  'tafel.request': 'C',
  'tafel.read': 'R',
  'tafel.slots.read': 'R',
  'tafel.schedule': 'U',
  'tafel.cancel': 'U',
  'tafel.participants.manage': 'U',
  'tafel.rsvp': 'U',
  'tafel.attendance': 'U',
  'tafel.decide': 'C',
  'tafel.open': 'U',
  'tafel.room.share': 'U',
  'tafel.verslag.read': 'R',
  'tafel.verslag.write': 'U',
  'tafel.verslag.reply': 'C',
  'tafel.notes.read': 'R',
  'tafel.notes.write': 'U',
  'tafel.notes.shared': 'R',
  'agreement.update': 'U',
  'plan.read': 'R',
  'plan.document.read': 'R',
  'plan.edit': 'U',
  'plan.edit.family': 'U',
  'plan.publish': 'C',
  'plan.answer': 'C',
  'plan.attach': 'C',
  'plan.attach.read': 'R',
} as const satisfies Record<string, AccessLogAction>;
export type AccessActionName = keyof typeof ACCESS_ACTIONS;

/**
 * A read of several cases at once (a list), one row per case shown; `handover.list`: the overdrachten
 * waiting for the caller's organisation (family name, gemeente, sender); `case.retention.list`: the
 * closed cases past their retention term, shown to the administrator (case number, gemeente, dates).
 */
export const LIST_READ_EVENTS = [
  'case.list',
  'tafel.list',
  'dashboard.read',
  'handover.list',
  'case.retention.list',
] as const;
export type ListReadEvent = (typeof LIST_READ_EVENTS)[number];

/**
 * The functional administrator's actions; the account acted on is the row's person. `admin.user.read`:
 * the account of a family member or confidant shown in the administrator's list of accounts —
 * that a person has one says they are a client of youth protection.
 */
export const ADMIN_EVENTS = [
  'admin.organisation.create',
  'admin.organisation.update',
  'admin.user.read',
  'admin.user.create',
  'admin.user.update',
  'admin.user.deactivate',
  'admin.user.reactivate',
  'admin.user.second-factor-reset',
] as const;
export type AdminEvent = (typeof ADMIN_EVENTS)[number];

/** The privacy officer's own use of the log. */
export const ACCESS_LOG_USE_EVENTS = ['access_log_searched', 'access_log_exported'] as const;
export type AccessLogUseEvent = (typeof ACCESS_LOG_USE_EVENTS)[number];

/** A professional's emergency access to a case (break the glass). */
export const EMERGENCY_ACCESS_EVENT = 'case.emergency-access';

/** Every event the API logs as itself (see the access table in docs/security.md). */
export type AccessLogEvent =
  | AccessActionName
  | ListReadEvent
  | AdminEvent
  | AccessLogUseEvent
  | typeof EMERGENCY_ACCESS_EVENT;

/** Suffix of the event of a granted write that then failed: an attempt, not an authorised change. */
export const FAILED_SUFFIX = '.failed';

/**
 * What a row's `event` holds: an event, that event as a failed attempt, or — for a refusal at the
 * permission check — the permission itself.
 */
export type AccessLogCode = AccessLogEvent | `${AccessLogEvent}${typeof FAILED_SUFFIX}` | Permission;

/** One row of the access log as the privacy officer searches it (NEN 7513 fields). */
export interface AccessLogRow {
  id: string;
  occurredAt: string;
  event: string;
  action: AccessLogAction;
  caseId: string | null;
  /** The case's number and family name, so that a row reads without looking an id up. */
  caseNumber: string | null;
  familyName: string | null;
  personId: string | null;
  /** The family member whose data it was, when one is named. */
  personName: string | null;
  userId: string;
  userName: string;
  role: string;
  organisationId: string | null;
  /** The name of the user's organisation. */
  organisationName: string | null;
  /**
   * The account acted on: the one an administrator showed, created or changed (`admin.user.*`), or the
   * professional a coordinator added to or removed from a case (`case.professional.*`).
   */
  account: { name: string; email: string; role: string } | null;
  onBehalfOf: string | null;
  accessPoint: string | null;
  authorised: boolean;
  relationship: string;
  consent: string | null;
  emergency: boolean;
}

/**
 * The privacy officer's search. `family` matches a case number or a family name (a leading "Gezin" —
 * the family as the app names it — is dropped), `person` the name
 * of a family member (their own rows and the rows of their case), `user` a user's name or e-mail;
 * all three match a part, case-insensitively. `caseId`/`userId` match exactly.
 */
export interface AccessLogQuery {
  caseId?: string;
  userId?: string;
  family?: string;
  person?: string;
  user?: string;
  /** Only the reads under emergency access (break the glass). */
  emergencyOnly?: boolean;
  from?: string;
  to?: string;
}

/** The longest search text of the access log. */
export const ACCESS_LOG_SEARCH_MAX_LENGTH = 100;

/** What of the family's file someone used: the file itself, the gezinsplan, a tafel or its verslag. */
export const FILE_PARTS = ['dossier', 'plan', 'tafel', 'verslag'] as const;
export type FilePart = (typeof FILE_PARTS)[number];

/**
 * "Who looked at my file", for a parent or child: one line per person, per day, per part of the file
 * and per kind of use, in plain words. The family member's own actions are left out.
 */
export interface FileViewing {
  /** The Dutch calendar day (yyyy-mm-dd). */
  day: string;
  /** The last time on that day. */
  lastAt: string;
  who: string;
  organisation: string | null;
  role: string;
  /** This person was the family's coordinator (regievoerder) when they used the file. */
  coordinator: boolean;
  part: FilePart;
  /** `geantwoord`: answered an invitation (whether they come to the tafel) — no change to the file. */
  what: 'bekeken' | 'gewijzigd' | 'toegevoegd' | 'verwijderd' | 'geëxporteerd' | 'geantwoord';
  /** How many times on that day. */
  times: number;
  /** At least one of them was an emergency access (break the glass). */
  emergency: boolean;
}

/** Break the glass: a professional's time-limited emergency access to a case they are not a member of. */
export interface EmergencyAccessRequest {
  reason: string;
}

export interface EmergencyAccess {
  id: string;
  caseId: string;
  caseNumber: string;
  userId: string;
  userName: string;
  reason: string;
  grantedAt: string;
  expiresAt: string;
  reviewedAt: string | null;
  reviewNote: string | null;
}

export interface EmergencyReviewRequest {
  note: string;
}

/** The newest rows a search of the access log returns; `X-Total-Count` says how many match, the export has all. */
export const ACCESS_LOG_SEARCH_ROWS = 200;
