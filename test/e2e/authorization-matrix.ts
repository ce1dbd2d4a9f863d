/**
 * The authorization matrix of the assignments, responses, accounts and organisation members API: every route, every kind of
 * caller, the expected status. The suite in authorization-matrix.e2e-spec.ts runs every cell
 * against the real API and checks that the routes here are exactly the routes the controllers
 * declare, so a new route cannot ship without its row.
 *
 * Objects belong to organisation A; "interim" wrote the responses; hiringManagerB is the owner of
 * another organisation (admin and hiring manager there), who must get 404 for A's objects.
 */

export const ACTORS = [
  'anonymous',
  'interim',
  'otherInterim',
  'hiringManagerA',
  'procurementA',
  'adminA',
  'hiringManagerB',
] as const;
export type Actor = (typeof ACTORS)[number];

/** What the route's :id (or organisationId) points at, created fresh for every cell. */
export type Target =
  | 'organisationA'
  | 'draftA'
  | 'publishedA'
  | 'closedA'
  | 'submittedResponseA'
  | 'shortlistedResponseA'
  | 'caller'
  /** A sign-in (refresh-token family) of "interim". */
  | 'sessionOfInterim'
  /** organisationA and a fresh member of it (hiring manager): `:id` and `:userId`. */
  | 'memberOfA'
  /** organisationA and a fresh pending invitation of it: `:id` and `:invitationId`. */
  | 'pendingInvitationA'
  /**
   * A fresh account of the actor's kind with the actor's memberships: the call acts on the
   * caller's own account, which it may end.
   */
  | 'twinOfCaller';

export interface MatrixRow {
  /** As the controller declares it: METHOD /path/:param */
  route: string;
  target: Target;
  body?:
    | 'assignment'
    | 'assignmentPatch'
    | 'invitation'
    | 'response'
    | 'rejection'
    | 'badToken'
    | 'unknownEmail'
    | 'resetWithBadToken'
    | 'wrongCurrentPassword'
    | 'locale'
    | 'ssoSettings'
    | 'roles';
  expect: Record<Actor, number>;
}

/** Statuses in ACTORS order. */
function s(...statuses: number[]): Record<Actor, number> {
  if (statuses.length !== ACTORS.length) throw new Error('one status per actor');
  return Object.fromEntries(ACTORS.map((a, i) => [a, statuses[i]])) as Record<Actor, number>;
}

//                                       anon interim other  hmA  procA adminA hmB
const HIRING_MANAGER_OF_A_WRITES = s(401, 403, 403, 200, 403, 403, 404);
const MEMBERS_OF_A_READ = s(401, 403, 403, 200, 200, 200, 404);
const ADMIN_OF_A_READS = s(401, 403, 403, 403, 403, 200, 404);
const ADMIN_OF_A_DELETES = s(401, 403, 403, 403, 403, 204, 404);

export const MATRIX: MatrixRow[] = [
  {
    route: 'POST /assignments',
    target: 'organisationA',
    body: 'assignment',
    expect: s(401, 403, 403, 201, 403, 403, 404),
  },
  { route: 'GET /assignments', target: 'organisationA', expect: MEMBERS_OF_A_READ },
  { route: 'GET /assignments/:id', target: 'draftA', expect: s(401, 404, 404, 200, 200, 200, 404) },
  {
    route: 'GET /assignments/:id',
    target: 'publishedA',
    expect: s(401, 200, 200, 200, 200, 200, 404),
  },
  {
    route: 'GET /assignments/:id',
    target: 'closedA',
    expect: s(401, 404, 404, 200, 200, 200, 404),
  },
  {
    route: 'PATCH /assignments/:id',
    target: 'draftA',
    body: 'assignmentPatch',
    expect: HIRING_MANAGER_OF_A_WRITES,
  },
  {
    route: 'PATCH /assignments/:id',
    target: 'publishedA',
    body: 'assignmentPatch',
    expect: HIRING_MANAGER_OF_A_WRITES,
  },
  { route: 'POST /assignments/:id/publish', target: 'draftA', expect: HIRING_MANAGER_OF_A_WRITES },
  {
    route: 'POST /assignments/:id/close',
    target: 'publishedA',
    expect: HIRING_MANAGER_OF_A_WRITES,
  },
  { route: 'POST /assignments/:id/reopen', target: 'closedA', expect: HIRING_MANAGER_OF_A_WRITES },
  {
    route: 'POST /assignments/:id/invitations',
    target: 'publishedA',
    body: 'invitation',
    expect: s(401, 403, 403, 201, 403, 403, 404),
  },
  {
    route: 'POST /assignments/:id/responses',
    target: 'publishedA',
    body: 'response',
    expect: s(401, 201, 201, 403, 403, 403, 403),
  },
  {
    // Drafts do not exist for interim managers.
    route: 'POST /assignments/:id/responses',
    target: 'draftA',
    body: 'response',
    expect: s(401, 404, 404, 403, 403, 403, 403),
  },
  { route: 'GET /assignments/:id/responses', target: 'publishedA', expect: MEMBERS_OF_A_READ },
  {
    route: 'GET /interims/me/responses',
    target: 'caller',
    expect: s(401, 200, 200, 403, 403, 403, 403),
  },
  {
    // Which organisations opened the caller's own profile.
    route: 'GET /interims/me/profile-views',
    target: 'caller',
    expect: s(401, 200, 200, 403, 403, 403, 403),
  },
  {
    route: 'POST /responses/:id/shortlist',
    target: 'submittedResponseA',
    expect: HIRING_MANAGER_OF_A_WRITES,
  },
  {
    route: 'POST /responses/:id/select',
    target: 'shortlistedResponseA',
    expect: HIRING_MANAGER_OF_A_WRITES,
  },
  {
    route: 'POST /responses/:id/reject',
    target: 'submittedResponseA',
    body: 'rejection',
    expect: HIRING_MANAGER_OF_A_WRITES,
  },
  {
    // Only the interim who responded; another interim is told it does not exist.
    route: 'POST /responses/:id/withdraw',
    target: 'submittedResponseA',
    expect: s(401, 200, 404, 403, 403, 403, 403),
  },
  // Accounts: every caller acts on their own account only.
  // Anyone may use a link; a bad one is refused past the guard (400), whoever sends it.
  {
    route: 'POST /auth/verify-email',
    target: 'caller',
    body: 'badToken',
    expect: s(400, 400, 400, 400, 400, 400, 400),
  },
  // The actors are verified already: 409, and no mail.
  {
    route: 'POST /auth/verify-email/resend',
    target: 'caller',
    expect: s(401, 409, 409, 409, 409, 409, 409),
  },
  {
    route: 'POST /auth/password-reset',
    target: 'caller',
    body: 'unknownEmail',
    expect: s(202, 202, 202, 202, 202, 202, 202),
  },
  {
    route: 'POST /auth/password-reset/confirm',
    target: 'caller',
    body: 'resetWithBadToken',
    expect: s(400, 400, 400, 400, 400, 400, 400),
  },
  {
    route: 'POST /auth/logout-all',
    target: 'caller',
    expect: s(401, 204, 204, 204, 204, 204, 204),
  },
  {
    route: 'POST /me/password',
    target: 'caller',
    body: 'wrongCurrentPassword',
    expect: s(401, 400, 400, 400, 400, 400, 400),
  },
  {
    route: 'PATCH /me',
    target: 'caller',
    body: 'locale',
    expect: s(401, 200, 200, 200, 200, 200, 200),
  },
  { route: 'GET /me/sessions', target: 'caller', expect: s(401, 200, 200, 200, 200, 200, 200) },
  // Only the person whose session it is; for anyone else it does not exist.
  {
    route: 'DELETE /me/sessions/:id',
    target: 'sessionOfInterim',
    expect: s(401, 204, 404, 404, 404, 404, 404),
  },
  // Single sign-on settings: the organisation's admins only.
  {
    route: 'GET /organisations/:id/sso',
    target: 'organisationA',
    expect: s(401, 403, 403, 403, 403, 200, 404),
  },
  {
    // Past the access checks the admin's body is refused: its issuer has no discovery document.
    route: 'PUT /organisations/:id/sso',
    target: 'organisationA',
    body: 'ssoSettings',
    expect: s(401, 403, 403, 403, 403, 400, 404),
  },
  {
    route: 'DELETE /organisations/:id/sso',
    target: 'organisationA',
    expect: s(401, 403, 403, 403, 403, 204, 404),
  },
  // Signing in through an organisation's provider: anyone; without the query, refused alike.
  { route: 'GET /auth/sso/start', target: 'caller', expect: s(400, 400, 400, 400, 400, 400, 400) },
  {
    route: 'GET /auth/sso/callback',
    target: 'caller',
    expect: s(400, 400, 400, 400, 400, 400, 400),
  },
  { route: 'GET /me/export', target: 'caller', expect: s(401, 200, 200, 200, 200, 200, 200) },
  { route: 'DELETE /me', target: 'twinOfCaller', expect: s(401, 204, 204, 204, 204, 204, 204) },
  // Organisation members: members read, admins change; leaving is tested on its own.
  { route: 'GET /organisations/:id/members', target: 'organisationA', expect: MEMBERS_OF_A_READ },
  {
    route: 'PATCH /organisations/:id/members/:userId',
    target: 'memberOfA',
    body: 'roles',
    expect: ADMIN_OF_A_READS,
  },
  {
    route: 'DELETE /organisations/:id/members/:userId',
    target: 'memberOfA',
    expect: ADMIN_OF_A_DELETES,
  },
  {
    route: 'GET /organisations/:id/invitations',
    target: 'organisationA',
    expect: ADMIN_OF_A_READS,
  },
  {
    route: 'DELETE /organisations/:id/invitations/:invitationId',
    target: 'pendingInvitationA',
    expect: ADMIN_OF_A_DELETES,
  },
];
