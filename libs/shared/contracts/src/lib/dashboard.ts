import type { MomentType } from './tafel';

/**
 * "Mijn gezinnen": what needs the attention of whoever holds the regie, per family they coordinate.
 * - `agreement_overdue`: an open agreement (tafel or plan) past its due date
 * - `plan_awaiting_answer`: the current plan version still waits on a parent's answer
 * - `plan_disagreement`: a parent disagrees with a section of the current plan version
 * - `drang_deadline`: the drang conditions' deadline is within `DASHBOARD_DRANG_DAYS`
 * - `measure_ending`: a measure ends within 3 months (suggests an afschaling tafel)
 * - `turning_18`: a child turns 18 soon (the chain norm, 6 months ahead by default: the Jeugdwet ends)
 * - `handover_incoming`: a hand-over to the caller's organisation waits to be accepted
 * - `handover_sent`: a hand-over of a coordinated family is not yet accepted
 * - `norm_broken`: a chain norm past its deadline (its end milestone still missing) that is the caller's to keep
 * - `norm_due`: a chain norm about to break (within two days) that is the caller's to keep
 */
export const DASHBOARD_KINDS = [
  'agreement_overdue',
  'plan_awaiting_answer',
  'plan_disagreement',
  'drang_deadline',
  'measure_ending',
  'turning_18',
  'handover_incoming',
  'handover_sent',
  'norm_broken',
  'norm_due',
] as const;
export type DashboardKind = (typeof DASHBOARD_KINDS)[number];

export const DASHBOARD_DRANG_DAYS = 30;

export interface DashboardItem {
  kind: DashboardKind;
  caseId: string;
  caseNumber: string;
  /** Null for an incoming hand-over: the family is not the caller's until it is accepted. */
  familyName: string | null;
  /** The date it is due (ISO date), or when it began (a plan version, a hand-over sent). */
  date: string | null;
  /**
   * A neutral label (a norm's name, a measure's type; for an incoming hand-over the sending
   * organisation's name); never a case's text.
   */
  label: string | null;
}

/**
 * A tafel of one of the caller's families that is requested (or postponed) and not yet scheduled:
 * the regie holder books it on the tafel's page.
 */
export interface TafelToSchedule {
  tafelId: string;
  caseId: string;
  caseNumber: string;
  familyName: string;
  momentType: MomentType;
  /** When it was requested (ISO date-time). */
  requestedAt: string;
  /** Whole days since the request. */
  waitingDays: number;
  /**
   * The date it must be held by (ISO date): a herbespreking's end of the drang period, else the
   * request → tafel norm when the region set one; null: no deadline.
   */
  holdBefore: string | null;
}

export interface Dashboard {
  items: DashboardItem[];
  /** The tafels waiting to be scheduled, the first deadline first. */
  tafelsToSchedule: TafelToSchedule[];
}
