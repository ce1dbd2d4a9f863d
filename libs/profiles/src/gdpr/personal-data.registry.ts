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

const CONTRACT_RETENTION =
  'contracts are kept for the statutory retention period (7 years, Dutch tax law); ' +
  'the party is the pseudonymised account';

export const PERSONAL_DATA_SOURCES: readonly PersonalDataSource[] = [
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
    // The profiles a client user opened. Client accounts have no export or erasure yet; when
    // they do, these rows go with the account.
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
    table: 'organisations',
    column: 'created_by',
    reason: "the organisation's record of who founded it (client accounts only)",
  },
  {
    table: 'organisation_invitations',
    column: 'invited_by',
    reason: 'the inviting colleague, not the subject',
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
    table: 'assignments',
    column: 'created_by',
    reason: "the client organisation's posting; its author is a client user",
  },
  {
    table: 'responses',
    column: 'decided_by',
    reason: 'the hiring manager who decided, not the subject',
  },
  {
    table: 'assignment_budget_changes',
    column: 'changed_by',
    reason: "the hiring manager who changed the posting's budget, a client user",
  },
  {
    table: 'assignment_invitations',
    column: 'invited_by',
    reason: 'the inviting hiring manager, not the subject',
  },
  {
    table: 'contracts',
    column: 'created_by',
    reason: 'the procurement officer who drafted the contract, not the subject',
  },
  {
    table: 'contracts',
    column: 'rate_justified_by',
    reason: 'the procurement officer who justified the rate, not the subject',
  },
  {
    table: 'contracts',
    column: 'dba_checked_by',
    reason: 'the procurement officer who ran the DBA check, not the subject',
  },
  {
    table: 'reviews',
    column: 'author_id',
    reason:
      "every review of the interim's contracts, by either side, is exported through reviews.interim_id",
  },
  {
    table: 'organisation_contract_details',
    column: 'updated_by',
    reason: "the organisation's own contract details, edited by client staff",
  },
  {
    table: 'rate_card_entries',
    column: 'updated_by',
    reason: "the organisation's rate card, edited by client staff",
  },
  {
    table: 'organisation_sso',
    column: 'updated_by',
    reason: "the organisation's single sign-on settings, changed by one of its admins",
  },
];
