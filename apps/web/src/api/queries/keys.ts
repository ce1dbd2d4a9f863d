/**
 * Every TanStack query key of the app in one place, so a read and the writes that refresh it
 * (invalidateQueries, setQueryData) cannot drift apart. A key's first element is its family:
 * invalidating `queryKeys.assignments.all` refreshes every organisation's list.
 */
export const queryKeys = {
  me: ['me'] as const,
  assignment: (id: string) => ['assignment', id] as const,
  assignments: {
    all: ['assignments'] as const,
    ofOrganisation: (organisationId: string | undefined) =>
      ['assignments', organisationId] as const,
  },
  myResponses: ['my-responses'] as const,
  ownProfile: ['own-profile'] as const,
  contracts: {
    all: ['contracts'] as const,
  },
} as const;
