import { OIDC_START_PATH } from './identity';

/**
 * The API's routes below `API_PREFIX`, one string each: the controllers bind them as they are
 * (`:id` is a Nest route parameter) and the web fills them in with `apiPath()`.
 */
export const API_ROUTES = {
  health: 'health',
  me: 'me',
  authMethods: 'auth/methods',
  login: 'auth/login',
  logout: 'auth/logout',
  totpVerify: 'auth/totp/verify',
  totpEnrolment: 'auth/totp/enrolment',
  totpEnrolmentConfirm: 'auth/totp/enrolment/confirm',
  session: 'auth/session',
  oidcStart: OIDC_START_PATH,
  oidcCallback: 'auth/oidc/callback',
  organisations: 'organisations',
  people: 'people',

  adminUsers: 'admin/users',
  adminUser: 'admin/users/:id',
  adminUserDeactivate: 'admin/users/:id/deactivate',
  adminUserReactivate: 'admin/users/:id/reactivate',
  adminUserResponsibilities: 'admin/users/:id/responsibilities',
  adminUserHandover: 'admin/users/:id/hand-over',
  adminUserSecondFactorReset: 'admin/users/:id/second-factor/reset',
  adminOrganisations: 'admin/organisations',
  adminOrganisation: 'admin/organisations/:id',
  adminSettings: 'admin/settings',
  adminRetention: 'admin/retention',
  adminRetentionDestroy: 'admin/retention/destroy',

  cases: 'cases',
  case: 'cases/:id',
  caseMembers: 'cases/:id/members',
  caseMemberConsent: 'cases/:id/members/:memberId/consent',
  caseProfessionals: 'cases/:id/professionals',
  caseProfessional: 'cases/:id/professionals/:userId',
  caseCoordinator: 'cases/:id/coordinator',
  caseCoordinatorCandidates: 'cases/:id/coordinator-candidates',
  caseRegie: 'cases/:id/regie',
  caseEvents: 'cases/:id/events',
  caseMilestones: 'cases/:id/milestones',
  caseMeasures: 'cases/:id/measures',
  measuresEndingSoon: 'measures/ending-soon',
  caseHandovers: 'cases/:id/handovers',
  handoversIncoming: 'handovers/incoming',
  handoverAccept: 'handovers/:handoverId/accept',
  handoverReturn: 'handovers/:handoverId/return',
  normsDue: 'norms/due',
  caseAccessLog: 'cases/:id/access-log',
  caseEmergencyAccess: 'cases/:id/emergency-access',
  caseInvitations: 'cases/:id/invitations',
  casePlan: 'cases/:id/plan',
  casePlanVersions: 'cases/:id/plan/versions',
  casePlanVersion: 'cases/:id/plan/versions/:number',
  casePlanAnswers: 'cases/:id/plan/versions/:number/answers',
  casePlanCompare: 'cases/:id/plan/compare',
  casePlanAttachments: 'cases/:id/plan/attachments',
  casePlanAttachment: 'cases/:id/plan/attachments/:attachmentId',
  caseAgreements: 'cases/:id/agreements',
  casePlanVersionPdf: 'cases/:id/plan/versions/:number/pdf',
  dashboard: 'dashboard',
  familyHome: 'me/family',

  invitation: 'invitations/:token',
  invitationAccept: 'invitations/:token/accept',

  emergencyAccesses: 'emergency-accesses',
  emergencyAccessReview: 'emergency-accesses/:id/review',
  accessLog: 'access-log',
  accessLogExport: 'access-log/export',

  tafels: 'tafels',
  tafel: 'tafels/:id',
  tafelParticipants: 'tafels/:id/participants',
  tafelParticipantNotInvited: 'tafels/:id/participants/:participantId/not-invited',
  tafelSlotProposals: 'tafels/:id/slot-proposals',
  tafelSchedule: 'tafels/:id/schedule',
  tafelCancel: 'tafels/:id/cancel',
  tafelRsvp: 'tafels/:id/rsvp',
  tafelAttendance: 'tafels/:id/attendance',
  tafelDecision: 'tafels/:id/decision',
  tafelOpen: 'tafels/:id/open',
  tafelRoomShare: 'tafels/:id/room/share',
  tafelVerslag: 'tafels/:id/verslag',
  tafelVerslagAdopt: 'tafels/:id/verslag/adopt',
  tafelVerslagPdf: 'tafels/:id/verslag/pdf',
  tafelVerslagReplies: 'tafels/:id/verslag/replies',
  agreement: 'agreements/:id',
  sittings: 'sittings',
  unavailability: 'me/unavailability',
} as const;

export type ApiRoute = (typeof API_ROUTES)[keyof typeof API_ROUTES];

/** The parameter names of a route: 'tafels/:id/participants/:participantId' → 'id' | 'participantId'. */
export type RouteParamName<T extends string> = T extends `${string}:${infer Name}/${infer Rest}`
  ? Name | RouteParamName<Rest>
  : T extends `${string}:${infer Name}`
    ? Name
    : never;

export type RouteParams<T extends string> = { readonly [Name in RouteParamName<T>]: string };

/**
 * A route with its parameters filled in, each encoded: apiPath(API_ROUTES.case, { id }) →
 * 'cases/4f0c…'. A route without parameters takes none.
 */
export function apiPath<T extends ApiRoute>(
  route: T,
  ...[params]: RouteParamName<T> extends never ? [] : [RouteParams<T>]
): string {
  const values = (params ?? {}) as Readonly<Record<string, string>>;
  return route.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`apiPath: no value for :${name} in ${route}`);
    return encodeURIComponent(value);
  });
}
