/**
 * Where personal data about a user lives, and what export and erasure do with it. Every
 * column that refers to a user (by id or e-mail address) must appear here, either as a
 * source or as an exclusion with its reason; a test compares this list with the live
 * schema. Tables of other libraries are listed too: an entry whose table does not exist
 * (yet) is skipped at run time.
 */

export type ErasureRule =
  /** Rows go. */
  | { action: 'delete' }
  /** Rows stay (others rely on them); these free-text columns are emptied. */
  | { action: 'blank'; columns: string[] }
  /** Rows stay as they are: the reason says why that is lawful. */
  | { action: 'keep'; reason: string }
  /** Handled explicitly by ErasureService (the account row, sessions). */
  | { action: 'account' }
  /**
   * A derived store another library removes when it handles `profile.erased` (it must see the
   * rows to remove everything derived from them, such as the search index's word list).
   */
  | { action: 'derived'; by: string };

export interface PersonalDataSource {
  table: string;
  /** The column that names the subject. */
  column: string;
  /** What the column holds: the subject's user id (default) or e-mail address. */
  by?: 'id' | 'email';
  /** Key in the export document. */
  section: string;
  /** One row at most: exported as an object (or null) rather than a list. */
  single?: boolean;
  /** Columns left out of the export: secrets, or other people's identifiers. */
  omit?: string[];
  /**
   * Instead of the table's rows: a query (the subject as $1) answering one `row` jsonb per
   * exported item, for a section that shows another table's data in place of someone's id.
   */
  exportQuery?: string;
  erasure: ErasureRule;
}

export interface ExcludedColumn {
  table: string;
  column: string;
  reason: string;
}

/**
 * Why what a client user did for their organisation stays after their erasure: the records
 * are the organisation's, and they name the person only by the pseudonymised account id.
 */
const ORGANISATION_RECORD =
  "the organisation's own record of its work; it names the author only by the pseudonymised " +
  'account id (no name, no e-mail address)';

const CONTRACT_RETENTION =
  'contracts are kept for the statutory retention period (7 years, Dutch tax law); ' +
  'the party is the pseudonymised account';

/** Every account's own data, and what an interim manager's work leaves. */
const ACCOUNT_AND_INTERIM_SOURCES: readonly PersonalDataSource[] = [
  // identity
  {
    table: 'users',
    column: 'id',
    section: 'account',
    single: true,
    omit: ['password_hash'],
    erasure: { action: 'account' },
  },
  {
    table: 'refresh_tokens',
    column: 'user_id',
    section: 'sessions',
    omit: ['token_hash', 'family_id'],
    erasure: { action: 'account' },
  },
  {
    table: 'account_tokens',
    column: 'user_id',
    section: 'accountLinks',
    omit: ['token_hash'],
    erasure: { action: 'delete' },
  },
  {
    table: 'account_security_events',
    column: 'user_id',
    section: 'securityEvents',
    erasure: { action: 'delete' },
  },
  {
    table: 'memberships',
    column: 'user_id',
    section: 'memberships',
    erasure: { action: 'delete' },
  },
  {
    table: 'organisation_invitations',
    column: 'email',
    by: 'email',
    section: 'organisationInvitations',
    omit: ['invited_by', 'accepted_by'],
    erasure: { action: 'delete' },
  },
  // profiles
  {
    table: 'interim_profiles',
    column: 'user_id',
    section: 'profile',
    single: true,
    erasure: { action: 'delete' },
  },
  { table: 'profile_skills', column: 'user_id', section: 'skills', erasure: { action: 'delete' } },
  {
    table: 'availability_periods',
    column: 'user_id',
    section: 'availability',
    erasure: { action: 'delete' },
  },
  {
    table: 'credentials',
    column: 'user_id',
    section: 'credentials',
    omit: ['verified_by', 'suspended_by'],
    erasure: { action: 'delete' },
  },
  {
    table: 'profile_views',
    column: 'interim_id',
    section: 'profileViews',
    // Which organisation opened the profile and when; the viewer is a client's employee and
    // stays out.
    exportQuery: `
      SELECT jsonb_build_object('organisation', o.name, 'viewedOn', v.viewed_on,
                                'firstViewedAt', min(v.viewed_at)) AS row
        FROM profile_views v JOIN organisations o ON o.id = v.viewer_organisation_id
       WHERE v.interim_id = $1
       GROUP BY o.id, o.name, v.viewed_on
       ORDER BY v.viewed_on, o.name, o.id`,
    erasure: { action: 'delete' },
  },
  {
    // The profiles a client user opened: they go with the account.
    table: 'profile_views',
    column: 'viewer_user_id',
    section: 'profilesViewed',
    erasure: { action: 'delete' },
  },
  {
    table: 'profile_consent_changes',
    column: 'user_id',
    section: 'profileConsentLog',
    erasure: {
      action: 'keep',
      reason:
        'the append-only consent log of visibility and match notifications proves lawful ' +
        'processing (GDPR Art. 7(1)); it holds no personal data beyond the pseudonymised account id',
    },
  },
  // assignments
  {
    table: 'responses',
    column: 'interim_id',
    section: 'responses',
    omit: ['decided_by'],
    // The organisation keeps the fact of the response for its records; the texts go.
    erasure: { action: 'blank', columns: ['motivation', 'rejection_note'] },
  },
  {
    table: 'assignment_invitations',
    column: 'interim_id',
    section: 'invitationsReceived',
    omit: ['invited_by'],
    erasure: { action: 'delete' },
  },
  // matching
  {
    table: 'assignment_matches',
    column: 'interim_id',
    section: 'matches',
    erasure: { action: 'delete' },
  },
  {
    table: 'interim_track_records',
    column: 'interim_id',
    section: 'trackRecord',
    single: true,
    erasure: { action: 'delete' },
  },
  // search (the PostgreSQL engine's derived index; rebuilt from the profile). The search
  // library deletes the document with the words only it contributed to the typo list.
  {
    table: 'search_profiles',
    column: 'interim_id',
    section: 'searchIndex',
    single: true,
    omit: ['document'],
    erasure: { action: 'derived', by: 'the search-index handler of profile.erased' },
  },
  {
    table: 'search_profile_skills',
    column: 'interim_id',
    section: 'searchIndexSkills',
    erasure: { action: 'derived', by: 'the search-index handler of profile.erased' },
  },
  // notifications (deliveries cascade from their notification)
  {
    table: 'notifications',
    column: 'recipient_id',
    section: 'notifications',
    erasure: { action: 'delete' },
  },
  {
    table: 'notification_digests',
    column: 'recipient_id',
    section: 'notificationDigests',
    erasure: { action: 'delete' },
  },
  {
    table: 'notification_daily_counts',
    column: 'recipient_id',
    section: 'notificationDailyCounts',
    erasure: { action: 'delete' },
  },
  {
    table: 'notification_preferences',
    column: 'user_id',
    section: 'notificationPreferences',
    erasure: { action: 'delete' },
  },
  {
    table: 'notification_preference_changes',
    column: 'user_id',
    section: 'consentLog',
    erasure: {
      action: 'keep',
      reason:
        'the append-only consent log proves lawful processing (GDPR Art. 7(1)); it holds ' +
        'no personal data beyond the pseudonymised account id',
    },
  },
  {
    table: 'mailbox_messages',
    column: 'to_address',
    by: 'email',
    section: 'mailbox',
    erasure: { action: 'delete' },
  },
  // contracts
  {
    table: 'contracts',
    column: 'interim_id',
    section: 'contracts',
    // Procurement's internal notes and staff ids are the organisation's, not the subject's.
    omit: [
      'created_by',
      'rate_justified_by',
      'dba_checked_by',
      'rate_card_max_day_rate',
      'rate_justification',
    ],
    erasure: { action: 'keep', reason: CONTRACT_RETENTION },
  },
  {
    table: 'contract_acceptances',
    column: 'user_id',
    section: 'contractAcceptances',
    erasure: {
      action: 'keep',
      reason: `evidence of what was accepted, when and from where; ${CONTRACT_RETENTION}`,
    },
  },
  {
    table: 'audit_events',
    column: 'actor_id',
    section: 'auditTrail',
    erasure: {
      action: 'keep',
      reason: `the append-only audit trail of contracts; ${CONTRACT_RETENTION}`,
    },
  },
  {
    table: 'reviews',
    column: 'interim_id',
    section: 'reviews',
    omit: ['author_id'],
    // Ratings stay for the organisation's statistics; the written comments go.
    erasure: { action: 'blank', columns: ['comment'] },
  },
];

/**
 * What a client user did for their organisation: exported as the facts of their own actions
 * (other people's details left out), kept for the organisation after an erasure.
 */
const CLIENT_USER_SOURCES: readonly PersonalDataSource[] = [
  {
    table: 'organisations',
    column: 'created_by',
    section: 'organisationsFounded',
    exportQuery: `
      SELECT jsonb_build_object('organisationId', o.id, 'name', o.name,
                                'createdAt', o.created_at) AS row
        FROM organisations o WHERE o.created_by = $1 ORDER BY o.created_at, o.id`,
    erasure: { action: 'keep', reason: ORGANISATION_RECORD },
  },
  {
    table: 'organisation_invitations',
    column: 'invited_by',
    section: 'organisationInvitationsSent',
    // The invitee's address is theirs, not the subject's.
    omit: ['email', 'accepted_by'],
    erasure: { action: 'keep', reason: ORGANISATION_RECORD },
  },
  {
    table: 'assignments',
    column: 'created_by',
    section: 'assignmentsAuthored',
    exportQuery: `
      SELECT jsonb_build_object('assignmentId', a.id, 'organisationId', a.organisation_id,
                                'title', a.title, 'status', a.status,
                                'createdAt', a.created_at) AS row
        FROM assignments a WHERE a.created_by = $1 ORDER BY a.created_at, a.id`,
    erasure: { action: 'keep', reason: ORGANISATION_RECORD },
  },
  {
    table: 'assignment_budget_changes',
    column: 'changed_by',
    section: 'assignmentBudgetChanges',
    erasure: { action: 'keep', reason: ORGANISATION_RECORD },
  },
  {
    table: 'assignment_invitations',
    column: 'invited_by',
    section: 'interimInvitationsSent',
    // Which interim was invited is about them: the subject's part is the invitation and its text.
    omit: ['interim_id'],
    erasure: { action: 'keep', reason: ORGANISATION_RECORD },
  },
  {
    table: 'responses',
    column: 'decided_by',
    section: 'responseDecisions',
    exportQuery: `
      SELECT jsonb_build_object('responseId', r.id, 'assignmentId', r.assignment_id,
                                'status', r.status, 'updatedAt', r.updated_at) AS row
        FROM responses r WHERE r.decided_by = $1 ORDER BY r.updated_at, r.id`,
    erasure: { action: 'keep', reason: ORGANISATION_RECORD },
  },
  {
    table: 'contracts',
    column: 'created_by',
    section: 'contractsDrafted',
    exportQuery: contractFacts('created_by'),
    erasure: { action: 'keep', reason: CONTRACT_RETENTION },
  },
  {
    table: 'contracts',
    column: 'rate_justified_by',
    section: 'contractRatesJustified',
    exportQuery: contractFacts('rate_justified_by'),
    erasure: { action: 'keep', reason: CONTRACT_RETENTION },
  },
  {
    table: 'contracts',
    column: 'dba_checked_by',
    section: 'contractDbaChecks',
    exportQuery: contractFacts('dba_checked_by'),
    erasure: { action: 'keep', reason: CONTRACT_RETENTION },
  },
  {
    table: 'reviews',
    column: 'author_id',
    section: 'reviewsWritten',
    erasure: { action: 'keep', reason: ORGANISATION_RECORD },
  },
  {
    table: 'organisation_contract_details',
    column: 'updated_by',
    section: 'organisationContractDetailsEdited',
    erasure: { action: 'keep', reason: ORGANISATION_RECORD },
  },
  {
    table: 'rate_card_entries',
    column: 'updated_by',
    section: 'rateCardEntriesEdited',
    erasure: { action: 'keep', reason: ORGANISATION_RECORD },
  },
];

/** A contract the subject worked on, without the interim's details. */
function contractFacts(column: 'created_by' | 'rate_justified_by' | 'dba_checked_by'): string {
  return `
      SELECT jsonb_build_object('contractId', c.id, 'organisationId', c.organisation_id,
                                'assignmentId', c.assignment_id, 'status', c.status,
                                'revision', c.revision, 'createdAt', c.created_at) AS row
        FROM contracts c WHERE c.${column} = $1 ORDER BY c.created_at, c.id`;
}

export const PERSONAL_DATA_SOURCES: readonly PersonalDataSource[] = [
  ...ACCOUNT_AND_INTERIM_SOURCES,
  ...CLIENT_USER_SOURCES,
];

export const EXCLUDED_COLUMNS: readonly ExcludedColumn[] = [
  {
    table: 'account_tokens',
    column: 'email',
    reason: "the subject's own address a link went to: exported and deleted through user_id",
  },
  {
    table: 'profile_consent_changes',
    column: 'changed_by',
    reason: 'who changed the consent: the subject themself, exported through user_id',
  },
  {
    table: 'users',
    column: 'email',
    reason: 'part of the account row: exported and pseudonymised through users.id',
  },
  {
    table: 'users',
    column: 'platform_admin_granted_by',
    reason:
      "the operator's name on the account's admin grant: exported with the account row " +
      '(users.id); it names the operator, not another account',
  },
  {
    table: 'organisation_invitations',
    column: 'accepted_by',
    reason: 'client accounts only; the invitation itself is exported by e-mail address',
  },
  {
    table: 'credentials',
    column: 'verified_by',
    reason: 'the platform admin who verified the credential, not the subject',
  },
  {
    table: 'credentials',
    column: 'suspended_by',
    reason: 'the platform admin who suspended the credential, not the subject',
  },
  {
    table: 'organisation_sso',
    column: 'updated_by',
    reason: "the organisation's single sign-on settings, changed by one of its admins",
  },
];
