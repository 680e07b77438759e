import type { Attendance, ChildHeard, Decision, MomentType, ParentsView, TafelRole } from './tafel';

/** The longest reaction of a family member to a verslag, and the shortest (white space does not count). */
export const VERSLAG_REPLY_MIN_LENGTH = 2;
export const VERSLAG_REPLY_MAX_LENGTH = 4000;
/** The longest text of one discussion section of a verslag. */
export const VERSLAG_SECTION_MAX_LENGTH = 20000;

/** A draft is corrected by the chair or the secretary; adopted is final (and immutable). */
export type VerslagStatus = 'draft' | 'adopted';

export interface VerslagParticipant {
  name: string;
  role: TafelRole;
  attendance: Attendance | null;
}

/** The discussion of one agenda item: the frozen notes of its section, as text. */
export interface VerslagSection {
  key: string;
  title: string;
  text: string;
}

export interface VerslagAgreement {
  owner: string;
  what: string;
  dueDate: string;
}

/** The fixed structure of a verslag (issue 10): what the tafel was, who was there, what was said and decided. */
export interface VerslagContent {
  momentType: MomentType;
  /** When the tafel was held (ISO date-time). */
  heldAt: string | null;
  place: string | null;
  participants: VerslagParticipant[];
  childHeard: ChildHeard | null;
  discussion: VerslagSection[];
  decision: Decision | null;
  rationale: string | null;
  agreements: VerslagAgreement[];
  parentsView: ParentsView | null;
  parentsViewText: string | null;
}

/** A family member's written reaction: attached to the adopted verslag, dated, never merged into it. */
export interface VerslagReply {
  id: string;
  author: string;
  text: string;
  createdAt: string;
}

export interface Verslag {
  tafelId: string;
  status: VerslagStatus;
  content: VerslagContent;
  adoptedAt: string | null;
  adoptedBy: string | null;
  /** SHA-256 (hex) of the adopted version's canonical text; null for a draft. */
  hash: string | null;
  /** The norm: the verslag reaches the parents within N working days of the tafel (ISO date). */
  dueBy: string | null;
  /** Adopted after `dueBy`, or not yet adopted and `dueBy` has passed. */
  normBroken: boolean;
  replies: VerslagReply[];
  /** True for a child under 16: only the sections the chair shared with them were sent, nothing else. */
  sharedSectionsOnly: boolean;
}

/** The chair's or secretary's corrections of a draft: the text of discussion sections and the rationale. */
export interface VerslagCorrection {
  discussion?: { key: string; text: string }[];
  rationale?: string;
  parentsViewText?: string;
}

export interface VerslagReplyInput {
  text: string;
}
