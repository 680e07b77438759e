import { DashboardKind } from './dashboard';
import { MemberAccount } from './identity';
import { Gemeente } from './organisation';

export const CHAIN_PHASES = [
  'signal',
  'toeleiding',
  'drang',
  'investigation',
  'measure',
  'step_down',
  'closed',
] as const;
export type ChainPhase = (typeof CHAIN_PHASES)[number];

export const REGIE_MODES = ['family', 'professional'] as const;
export type RegieMode = (typeof REGIE_MODES)[number];

export const MEMBER_KINDS = ['parent', 'child', 'network'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export interface CaseMember {
  id: string;
  kind: MemberKind;
  firstName: string;
  lastName: string;
  /** ISO date (yyyy-mm-dd); set for children. */
  birthDate: string | null;
  /** Age in whole years today; null without a birth date. */
  age: number | null;
  /** Parents only: holds gezag. */
  custody: boolean | null;
  /** Null when there is none, or when it is not for this viewer to see. */
  address: string | null;
  /** Contact details hidden from the other parent. */
  addressConfidential: boolean;
  /** Data withheld from this viewer (a child of 16+ without consent; the restricted parent view). */
  restricted: boolean;
  /** The person has a Tafel account (otherwise a coordinator can invite them). */
  hasAccount: boolean;
  /** A child of 16 or older: consents to the parents seeing their part (see `ConsentRequest`). */
  sharesWithParents: boolean;
  /** This member is the signed-in family member themselves. */
  self: boolean;
  /**
   * A parent's or child's account and invitation, only for a caller who may invite (`case.invite`);
   * absent for everyone else, and for network members.
   */
  account?: MemberAccount;
}

export interface CoordinatorRef {
  userId: string;
  displayName: string;
  organisation: string | null;
  since: string;
}

export interface CaseSummary {
  id: string;
  caseNumber: string;
  familyName: string;
  gemeente: Gemeente;
  phase: ChainPhase;
  regieMode: RegieMode;
  coordinator: CoordinatorRef | null;
  updatedAt: string;
}

/**
 * A row of the case list: the family with what needs the caller's action on it now, by kind (the
 * same alerts as "Mijn gezinnen"; empty when nothing does, or when the caller does not hold its regie).
 */
export interface CaseListItem extends CaseSummary {
  needsAction: DashboardKind[];
}

/**
 * A professional added to the case (`POST cases/:id/professionals`, or a former coordinator after a
 * hand-over) whose membership has not ended: the active coordinator ends it when their involvement does.
 */
export interface CaseProfessional {
  userId: string;
  displayName: string;
  organisation: string | null;
  /** When they were added. */
  since: string;
}

export interface CaseDetail extends CaseSummary {
  members: CaseMember[];
  /**
   * The added professionals (not the active coordinator, not those only seated at a tafel), oldest
   * first, only for a caller who may end their membership (`case.professional.remove`: the active
   * coordinator); absent for everyone else.
   */
  professionals?: CaseProfessional[];
  createdAt: string;
  /**
   * The timeline is not part of this viewer's view (the restricted view of a parent without custody,
   * `NON_CUSTODIAL_PARENT_VIEW`): the page then does not ask for it.
   */
  timelineWithheld: boolean;
  /** A closed case: the end of its retention term (yyyy-mm-dd); null while it is open. */
  retainUntil: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * What the case list can be sorted by: `phase` follows the chain's order, `lastActivity` the last
 * change, `needsAction` puts the families that need the caller's action first (ascending).
 */
export const CASE_SORT_KEYS = ['caseNumber', 'familyName', 'phase', 'lastActivity', 'needsAction'] as const;
export type CaseSortKey = (typeof CASE_SORT_KEYS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export interface CaseListQuery {
  gemeente?: Gemeente;
  phase?: ChainPhase;
  q?: string;
  page?: number;
  pageSize?: number;
  /** Without it: the last changed family first. */
  sort?: CaseSortKey;
  /** `asc` unless given. */
  direction?: SortDirection;
  /** Only the families that need the caller's action now. */
  needsAction?: boolean;
}

export interface CreateCaseRequest {
  familyName: string;
  gemeente: Gemeente;
}

export interface UpdateCaseRequest {
  familyName?: string;
  gemeente?: Gemeente;
  phase?: ChainPhase;
}

export interface AddMemberRequest {
  kind: MemberKind;
  firstName: string;
  lastName: string;
  birthDate?: string;
  custody?: boolean;
  address?: string;
  addressConfidential?: boolean;
}

/** From this age a child decides whether the parents see their data (their consent). */
export const DATA_CONSENT_AGE = 16;

/** Whether the member is a child old enough to give or withdraw that consent. */
export function decidesOwnConsent(member: Pick<CaseMember, 'kind' | 'age'>): boolean {
  return member.kind === 'child' && member.age !== null && member.age >= DATA_CONSENT_AGE;
}

/** A child of 16 or older gives or withdraws consent to the parents seeing their part. */
export interface ConsentRequest {
  sharesWithParents: boolean;
}

/** Hand-over: the new coordinator takes over in one atomic step. */
export interface HandoverRequest {
  coordinatorId: string;
  reason: string;
}

export interface RegieChangeRequest {
  mode: RegieMode;
  reason: string;
}

/** A user who may be made coordinator of a case (for the hand-over dialog). */
export interface CoordinatorCandidate {
  id: string;
  displayName: string;
  organisation: string | null;
}
