/** One row of the access log as the privacy officer searches it (NEN 7513 fields). */
export interface AccessLogRow {
  id: string;
  occurredAt: string;
  event: string;
  action: 'C' | 'R' | 'U' | 'D' | 'E';
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
  onBehalfOf: string | null;
  accessPoint: string | null;
  authorised: boolean;
  relationship: string;
  consent: string | null;
  emergency: boolean;
}

/**
 * The privacy officer's search. `family` matches a case number or a family name, `person` the name
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
