/**
 * Lengths of free text, counted in characters after trimming on the web side. The API's DTOs
 * enforce them and the web forms check them before sending, so both say the same.
 */

/** A reason for a change: regie, hand-over, moving or cancelling a tafel. */
export const REASON_MIN_LENGTH = 5;
export const REASON_MAX_LENGTH = 1000;

/** Why a tafel is requested (verzoek tot bespreking). */
export const REQUEST_REASON_MIN_LENGTH = 10;

/** Why a parent is not invited ("ouders aan tafel, tenzij"). */
export const NOT_INVITED_REASON_MIN_LENGTH = 10;

/** Break the glass: why access is needed now, without membership. */
export const EMERGENCY_REASON_MIN_LENGTH = 20;

/** The privacy officer's review of an emergency access. */
export const REVIEW_NOTE_MIN_LENGTH = 5;

/** Emergency reasons and review notes. */
export const NOTE_MAX_LENGTH = 2000;

/** A text that must say something: voluntary help tried, the parents' reaction, an agreement. */
export const TEXT_MIN_LENGTH = 5;

/** Short texts: an agreement, a reason the parents could not be reached, an absence reason. */
export const SHORT_TEXT_MAX_LENGTH = 1000;

/** Long texts: the request's reason and reactions, a decision's rationale and the parents' view. */
export const TEXT_MAX_LENGTH = 4000;

/** The chair's rationale of a decision. */
export const RATIONALE_MIN_LENGTH = 10;

/** The parents' view of a decision, in their own words. */
export const PARENTS_VIEW_MIN_LENGTH = 2;

/** Why a participant was absent. */
export const ABSENCE_REASON_MIN_LENGTH = 3;

/** Where a sitting takes place. */
export const LOCATION_MIN_LENGTH = 2;
export const LOCATION_MAX_LENGTH = 200;

/** An e-mail address (RFC 5321). */
export const EMAIL_MAX_LENGTH = 320;
