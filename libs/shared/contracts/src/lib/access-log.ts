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

/** "Who looked at my file", for a parent or child: people and organisations, in plain words. */
export interface FileViewing {
  occurredAt: string;
  who: string;
  organisation: string | null;
  role: string;
  what: 'bekeken' | 'gewijzigd' | 'toegevoegd' | 'verwijderd' | 'geëxporteerd';
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
