/**
 * Every TanStack query key of the app in one place, so a read and the writes that refresh it
 * (invalidateQueries, setQueryData) cannot drift apart. A key's first element is its family:
 * invalidating `queryKeys.assignments.all` refreshes every organisation's list.
 */
export const queryKeys = {
  me: ['me'] as const,
  /** The account's open sessions (devices) and its notification preferences. */
  sessions: ['sessions'] as const,
  notificationPreferences: ['notification-preferences'] as const,
  organisationMembers: (organisationId: string) =>
    ['organisation-members', organisationId] as const,
  pendingInvitations: (organisationId: string) =>
    ['organisation-invitations', organisationId] as const,
  ssoSettings: (organisationId: string) => ['sso-settings', organisationId] as const,
  assignment: (id: string) => ['assignment', id] as const,
  assignments: {
    all: ['assignments'] as const,
    ofOrganisation: (organisationId: string | undefined) =>
      ['assignments', organisationId] as const,
  },
  assignmentSearch: (params: string) => ['assignment-search', params] as const,
  /** An assignment's responses; its family also covers the selected ones. */
  responses: (assignmentId: string) => ['responses', assignmentId] as const,
  selectedResponses: (assignmentId: string) => ['responses', assignmentId, 'selected'] as const,
  /** Matches carry explanations worded in the caller's language, hence the language in the key. */
  matches: (assignmentId: string, lang: string) => ['matches', assignmentId, lang] as const,
  interimMatches: {
    all: ['interim-matches'] as const,
    inLanguage: (lang: string) => ['interim-matches', lang] as const,
  },
  myResponses: ['my-responses'] as const,
  ownProfile: ['own-profile'] as const,
  profileViews: ['profile-views'] as const,
  interimProfile: (interimId: string) => ['interim-profile', interimId] as const,
  contracts: {
    all: ['contracts'] as const,
    visibleTo: (organisationId: string | undefined) =>
      ['contracts', organisationId ?? 'mine'] as const,
  },
  contract: (id: string) => ['contract', id] as const,
  contractAudit: (id: string) => ['contract-audit', id] as const,
  contractDetails: (organisationId: string) => ['contract-details', organisationId] as const,
  rateCard: (organisationId: string | undefined) => ['rate-card', organisationId] as const,
  rateFlags: {
    all: ['rate-flags'] as const,
    ofOrganisation: (organisationId: string | undefined) => ['rate-flags', organisationId] as const,
  },
  /** The taxonomy never changes while the app runs; the live stream leaves it alone. */
  taxonomy: (catalogue: 'sectors' | 'assignment-kinds') => ['taxonomy', catalogue] as const,
  skillSuggestions: (lang: string, q: string) => ['skills', 'suggest', lang, q] as const,
  notifications: {
    all: ['notifications'] as const,
    unread: ['notifications', 'unread'] as const,
    lists: ['notifications', 'list'] as const,
    list: (unreadOnly: boolean) => ['notifications', 'list', unreadOnly] as const,
  },
  devMailbox: {
    messages: ['dev-mailbox'] as const,
    available: ['dev-mailbox', 'available'] as const,
  },
} as const;

/** Families the live stream must not refresh: they do not change with any notification. */
export const STATIC_QUERY_FAMILIES: readonly string[] = [
  queryKeys.taxonomy('sectors')[0],
  queryKeys.me[0],
];
