import { ErrorCode, InvalidParam, ProblemDetails } from '@tafel/shared/contracts';

const TITLES: Record<ErrorCode, { status: number; title: string }> = {
  validation_failed: { status: 400, title: 'Invalid request' },
  malformed_body: { status: 400, title: 'Malformed request body' },
  payload_too_large: { status: 413, title: 'Request body too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported body encoding' },
  unauthenticated: { status: 401, title: 'Not logged in' },
  too_many_attempts: { status: 429, title: 'Too many attempts' },
  invalid_credentials: { status: 401, title: 'Login failed' },
  forbidden: { status: 403, title: 'Not allowed' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict' },
  coordinator_not_eligible: { status: 422, title: 'Not a possible coordinator' },
  same_coordinator: { status: 409, title: 'Already the coordinator' },
  regie_unchanged: { status: 409, title: 'Regie mode unchanged' },
  invalid_state: { status: 409, title: 'Not possible in the current state' },
  too_early: { status: 409, title: "Not possible before the tafel's day" },
  email_in_use: { status: 409, title: 'E-mail address already in use' },
  member_of_cases: { status: 409, title: 'Role locked while a member of cases' },
  nothing_changed: { status: 409, title: 'Nothing changed since the last version' },
  slot_unavailable: { status: 409, title: 'Slot not available' },
  double_booked: { status: 409, title: 'Someone is already booked at that time' },
  participants_incomplete: { status: 422, title: 'Required participants missing' },
  invitation_expired: { status: 410, title: 'Invitation no longer valid' },
  login_flow_invalid: { status: 400, title: 'Login flow invalid' },
  assurance_too_low: { status: 403, title: 'Assurance level too low' },
  account_not_linked: { status: 403, title: 'No account linked' },
  service_unavailable: { status: 503, title: 'Service unavailable' },
  internal: { status: 500, title: 'Internal error' },
};

export function problem(code: ErrorCode, detail?: string, invalidParams?: InvalidParam[]): ProblemDetails {
  const { status, title } = TITLES[code];
  return {
    type: `https://tafel.example/problems/${code.replace(/_/g, '-')}`,
    title,
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(invalidParams?.length ? { invalidParams } : {}),
  };
}
