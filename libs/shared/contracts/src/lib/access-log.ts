/** One row of the access log as the privacy officer searches it (NEN 7513 fields). */
export interface AccessLogRow {
  id: string;
  occurredAt: string;
  event: string;
  action: 'C' | 'R' | 'U' | 'D' | 'E';
  caseId: string | null;
  personId: string | null;
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

export interface AccessLogQuery {
  caseId?: string;
  userId?: string;
  from?: string;
  to?: string;
}

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
