/** RFC 9457 problem details, as every error of the API is returned. */
export interface InvalidParam {
  name: string;
  reason: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ErrorCode;
  invalidParams?: InvalidParam[];
  /** On a version conflict (409): the resource as someone else saved it. */
  current?: unknown;
}

export const ERROR_CODES = [
  'validation_failed',
  'malformed_body',
  'payload_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'too_many_attempts',
  'invalid_credentials',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'coordinator_not_eligible',
  'same_coordinator',
  'regie_unchanged',
  'invalid_state',
  'too_early',
  'email_in_use',
  'member_of_cases',
  'nothing_changed',
  'slot_unavailable',
  'double_booked',
  'participants_incomplete',
  'invitation_expired',
  'login_flow_invalid',
  'assurance_too_low',
  'account_not_linked',
  'service_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
