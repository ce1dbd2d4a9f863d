/**
 * Generated from the Gilde API's OpenAPI document by `npm run api:generate`.
 * Do not edit by hand: a test fails when this file and the API disagree.
 */

export interface paths {
    "/api/v1/admin/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credentials to review, oldest first (platform admins) */
        get: operations["CredentialsAdminController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/credentials/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a credential (platform admins) */
        post: operations["CredentialsAdminController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/credentials/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a credential verified (platform admins) */
        post: operations["CredentialsAdminController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's assignments, newest first (members) */
        get: operations["AssignmentsController_list"];
        put?: never;
        /**
         * Draft an assignment (hiring managers of the organisation)
         * @description Skill names may be English or Dutch labels or synonyms; unknown names are kept as free text and reported in skillResolution with suggestions.
         */
        post: operations["AssignmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One assignment
         * @description Members of the organisation see it in every state; interim managers only while it is published.
         */
        get: operations["AssignmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit an assignment (hiring managers)
         * @description Drafts: every field. Published and closed: description, startDate, endDate, hoursPerWeek, maxDayRate and remoteShare (other fields are 409). Filled: nothing. maxDayRate is 409 once anyone responded and after 3 changes since publication (see maxDayRateLock); each change after publication is recorded in budgetChanges. Editing a published assignment writes assignment.updated.
         */
        patch: operations["AssignmentsController_update"];
        trace?: never;
    };
    "/api/v1/assignments/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a published assignment (hiring managers) */
        post: operations["AssignmentsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite an interim manager to respond to a published assignment (hiring managers)
         * @description Once per interim manager (409 on a second); writes assignment.invitation_sent.
         */
        post: operations["InvitationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/match-weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The weights the assignment is matched with (organisation members) */
        get: operations["MatchesController_weights"];
        /** Adjust the component weights for one assignment (hiring managers); bounded, adding up to 100 */
        put: operations["MatchesController_setWeights"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ranked, explained matches of an assignment (organisation members)
         * @description Best first. Interims left out only because their minimum rate is above the budget follow, with rank null and the flag "rate"; reciprocal is false when the interim’s own preferences rule the assignment out (they are not notified).
         */
        get: operations["MatchesController_forAssignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft (hiring managers)
         * @description Checks completeness (400 lists what is missing); writes assignment.published.
         */
        post: operations["AssignmentsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a closed assignment again (hiring managers)
         * @description Checks completeness like publish; writes assignment.reopened.
         */
        post: operations["AssignmentsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An assignment's responses with match scores, oldest first (organisation members)
         * @description Procurement and organisation admins get ResponseForProcurementView (with proposedDayRate); hiring managers get ResponseForHiringManagerView (withinBudget instead of the rate).
         */
        get: operations["ResponsesController_list"];
        put?: never;
        /**
         * Respond to a published assignment (interim managers, once)
         * @description A second response to the same assignment is 409; writes response.submitted.
         */
        post: operations["ResponsesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Typo-tolerant search over published assignments (interims) */
        get: operations["SearchController_assignments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; also sets the browser session cookie. Failed attempts are limited per account and per IP */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session of the refresh token (body, or the session cookie with X-CSRF-Token); its live streams close */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of the account, this one included */
        post: operations["AccountsController_logoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a password reset link (1 h, single use). The answer is the same whether or not an account has the address */
        post: operations["AccountsController_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with a reset token; every session of the account ends */
        post: operations["AccountsController_confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate a refresh token (body refreshToken, or the session cookie with X-CSRF-Token); a reused token revokes the session */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account (interim manager or client user); also sets the browser session cookie */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The identity provider's redirect back: verifies state, nonce, PKCE and the ID token, signs the user in (session cookie) and redirects to the web app */
        get: operations["SsoSignInController_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sso/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign in through the organisation that claims the e-mail's domain: redirects to its identity provider (a browser is sent back to /login?sso=<code> when that fails) */
        get: operations["SsoSignInController_start"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify the e-mail address with the token of the link (single use, 48 h) */
        post: operations["AccountsController_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a new verification link (a few an hour) */
        post: operations["AccountsController_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An organisation's contracts (procurement, hiring managers), or the caller's own (interims)
         * @description Members of the organisation get ContractView (with the rate-card check); the interim manager gets ContractForInterimView (what the contract document states).
         */
        get: operations["ContractsController_list"];
        put?: never;
        /**
         * Draft a contract from a selected response (procurement)
         * @description A day rate above the rate card needs rateJustification (400 without it); the answer carries warnings.
         */
        post: operations["ContractsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One contract (procurement, hiring managers; the interim once sent)
         * @description Members of the organisation get ContractView (with the rate-card check); the interim manager gets ContractForInterimView (what the contract document states).
         */
        get: operations["ContractsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a draft, sent or accepted contract
         * @description Procurement edits every field; hiring managers only dates, hours and place of work. Editing a sent or accepted contract returns it to draft and voids the acceptances: procurement sends the new revision and the interim accepts again.
         */
        patch: operations["ContractsController_update"];
        trace?: never;
    };
    "/api/v1/contracts/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept (the interim of the contract): sent → accepted
         * @description Records who, when, the IP address and the SHA-256 of the document accepted.
         */
        post: operations["ContractsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every recorded step of the contract, who and when (procurement) */
        get: operations["ContractsController_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete (procurement or hiring manager): active → completed */
        post: operations["ContractsController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/countersign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Countersign (procurement): accepted → active */
        post: operations["ContractsController_countersign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contract as PDF (parties); ETag is the SHA-256 of the bytes */
        get: operations["ContractsController_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend an active contract (procurement): drafts a new version
         * @description The new version restates the contract with a later end date and needs a fresh DBA check; once countersigned it supersedes the active version.
         */
        post: operations["ContractsController_extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contract's reviews (parties) */
        get: operations["ReviewsController_list"];
        put?: never;
        /**
         * Review the other side of a completed contract, once per side
         * @description Hiring managers rate the interim (aspects: results, collaboration); the interim rates the organisation (clarity, decisiveness, payment, collaboration).
         */
        post: operations["ReviewsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send to the interim (procurement): draft → sent */
        post: operations["ContractsController_send"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Terminate with a reason (procurement) */
        post: operations["ContractsController_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's contracts as CSV (procurement) */
        get: operations["ContractsController_exportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dev/mailbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** With NODE_ENV=development or test only: e-mail kept in the local mailbox (own mail; platform admins see all) */
        get: operations["DevMailboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** PostgreSQL, Redis (with noeviction) and the search engine are usable; 503 otherwise */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An interim profile as clients see it
         * @description Includes the day-rate band. Contact data (e-mail, KvK, VAT) only once the interim responded to an assignment of your organisation. Hidden profiles are not found.
         */
        get: operations["ProfilesController_getForClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interims/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Erase your personal data (GDPR Art. 17)
         * @description Deletes profile, skills, availability and credentials, empties response texts and pseudonymises the account; contracts keep the pseudonymous party. You are signed out everywhere.
         */
        delete: operations["PersonalDataController_erase"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interims/me/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace your availability calendar
         * @description Periods of hours per week; at most 52, none overlapping.
         */
        put: operations["ProfilesController_putAvailability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interims/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything stored about you, as JSON (GDPR Art. 15 and 20)
         * @description One section per kind of data: account, sessions, profile, skills, availability, credentials, responses, invitations received, matches, notifications, preferences, contracts.
         */
        get: operations["PersonalDataController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interims/me/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published assignments matched to the caller, with the same breakdown */
        get: operations["MatchesController_forMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interims/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your profile, with credential verification states */
        get: operations["ProfilesController_getOwn"];
        /**
         * Create or replace your profile
         * @description Skills are matched to the ESCO taxonomy (English or Dutch, synonyms, small typos); unknown names are kept as free text and reported in skillResolutions with suggestions. A credential sent unchanged keeps its verification; a new or changed one starts unverified.
         */
        put: operations["ProfilesController_putProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interims/me/profile-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which organisations opened your profile, and on which days
         * @description One line per organisation and day, newest first; the person who looked is not shown. Kept for twelve months.
         */
        get: operations["ProfileViewsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interims/me/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s own responses, newest first, with states and rejection reasons */
        get: operations["ResponsesController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interims/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Full-text and filtered search over visible interim profiles (client users) */
        get: operations["SearchController_interims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join an organisation with an invitation token */
        post: operations["OrganisationsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller, with organisation memberships and roles */
        get: operations["OrganisationsController_me"];
        put?: never;
        post?: never;
        /**
         * Erase your account and personal data (GDPR Art. 17)
         * @description Personal data goes; an organisation's records (postings, decisions, contracts, audit trail, reviews) stay with the pseudonymised account: no name, no e-mail address. You are signed out everywhere. 409 `last_admin` while you are the only admin of an organisation: make another member admin first.
         */
        delete: operations["AccountDataController_erase"];
        options?: never;
        head?: never;
        /** Change the display name or language */
        patch: operations["AccountsController_updateMe"];
        trace?: never;
    };
    "/api/v1/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything stored about you, as JSON (GDPR Art. 15 and 20)
         * @description One section per kind of data: account, sessions, memberships, notifications and preferences for everyone; the profile and its responses and contracts for an interim; what a client user did for their organisation (postings, decisions, invitations, contracts drafted, reviews written), without other people's details.
         */
        get: operations["AccountDataController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own notification preferences per kind (defaults for the role where none were chosen) */
        get: operations["PreferencesController_get"];
        /** Change preferences for the kinds given (others stay); in-app is immediate, frequency says how e-mail goes; an interim's profile alert setting 'off' also stops match notifications */
        put: operations["PreferencesController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; every other session ends */
        post: operations["AccountsController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in sessions (device, IP, created, last used) */
        get: operations["AccountsController_sessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one session (its refresh tokens are revoked, its streams close) */
        delete: operations["AccountsController_endSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own notifications, newest first, with the unread count */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one own notification read (404 for anyone else’s) */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every own notification read */
        post: operations["NotificationsController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live notifications as server-sent events (Bearer header or ?token=) */
        get: operations["NotificationStreamController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/stream-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A one-time token for GET /notifications/stream?token= (EventSource cannot send headers) */
        post: operations["NotificationsController_streamToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The page an unsubscribe link opens: asks to confirm with a form that POSTs; changes nothing */
        get: operations["UnsubscribeController_confirm"];
        put?: never;
        /** Unsubscribe: RFC 8058 one-click POST (List-Unsubscribe-Post) or the page’s button */
        post: operations["UnsubscribeController_oneClick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an organisation; the caller becomes its admin and hiring manager */
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/contract-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client details printed on contracts (VAT number, address) */
        get: operations["RateCardsController_getDetails"];
        /** Set the client details printed on contracts (admins, procurement) */
        put: operations["RateCardsController_putDetails"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations not yet accepted or expired (organisation admins) */
        get: operations["MembersController_invitations"];
        put?: never;
        /** Invite a colleague in a role (organisation admins) */
        post: operations["OrganisationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a pending invitation (organisation admins); its link stops working
         * @description 409 `invitation_used` when it was already accepted.
         */
        delete: operations["MembersController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's members and their roles (any member) */
        get: operations["MembersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (organisation admins), or leave (a member, for themselves)
         * @description The person's access to the organisation ends at once: their next request for it answers 404 and their open live streams close. What they made stays with the organisation. 409 `last_admin` for the only admin.
         */
        delete: operations["MembersController_remove"];
        options?: never;
        head?: never;
        /**
         * Set a member's roles (organisation admins)
         * @description 409 `last_admin` when the organisation would be left without an admin.
         */
        patch: operations["MembersController_changeRoles"];
        trace?: never;
    };
    "/api/v1/organisations/{id}/rate-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's rate card (organisation members) */
        get: operations["RateCardsController_get"];
        /**
         * Replace the rate card: maximum day rate per assignment kind (and seniority)
         * @description Organisation admins and procurement. Assignments above the card are flagged.
         */
        put: operations["RateCardsController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/reputation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client organisation's reputation among interims (interims, organisation members) */
        get: operations["ReputationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's single sign-on settings, without the client secret (admins) */
        get: operations["SsoSettingsController_get"];
        /** Switch on or change OpenID Connect single sign-on for the organisation (admins); the issuer's discovery document is read first */
        put: operations["SsoSettingsController_put"];
        post?: never;
        /** Switch single sign-on off (admins): its domains are released; members keep their accounts */
        delete: operations["SsoSettingsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procurement/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assignments and contracts above the rate card (procurement, admins) */
        get: operations["RateCardsController_flags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responses/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a response with a reason (hiring managers)
         * @description submitted or shortlisted → rejected; the interim manager sees the reason and the note. Writes response.rejected. Procurement and organisation admins get ResponseForProcurementView (with proposedDayRate); hiring managers get ResponseForHiringManagerView (withinBudget instead of the rate).
         */
        post: operations["ResponsesController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responses/{id}/select": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Select a shortlisted response (hiring managers)
         * @description shortlisted → selected; one selected response per assignment (409 for a second). Writes response.selected, which asks procurement for a contract. Procurement and organisation admins get ResponseForProcurementView (with proposedDayRate); hiring managers get ResponseForHiringManagerView (withinBudget instead of the rate).
         */
        post: operations["ResponsesController_select"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responses/{id}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Shortlist a submitted response (hiring managers)
         * @description submitted → shortlisted; writes response.shortlisted. Procurement and organisation admins get ResponseForProcurementView (with proposedDayRate); hiring managers get ResponseForHiringManagerView (withinBudget instead of the rate).
         */
        post: operations["ResponsesController_shortlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responses/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw the own response (interim managers, until it is selected)
         * @description submitted or shortlisted → withdrawn; writes response.withdrawn.
         */
        post: operations["ResponsesController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resolve typed skill names to canonical skills; unknown names come back as free text with suggestions */
        get: operations["SkillsController_resolve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Autocomplete skills by prefix, tolerating typos, over English and Dutch labels and synonyms */
        get: operations["SkillsController_suggest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/taxonomy/assignment-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kinds of interim assignment, with English and Dutch labels */
        get: operations["TaxonomyController_assignmentKinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/taxonomy/sectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sectors, with English and Dutch labels */
        get: operations["TaxonomyController_sectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptanceView: {
            acceptedAt: string;
            /** @description SHA-256 (hex) of the document bytes accepted */
            documentSha256: string;
            /** @description Set when an edit voided it */
            invalidatedAt: string | null;
            /** @enum {string} */
            party: "interim" | "organisation";
            revision: number;
            /** Format: uuid */
            userId: string;
        };
        AcceptedView: {
            message: string;
            /** @example accepted */
            status: string;
        };
        AdminCredentialPage: {
            items: components["schemas"]["AdminCredentialView"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AdminCredentialView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            interimId: string;
            interimName: string;
            number: string;
            /** @enum {string} */
            status: "unverified" | "verified" | "expired" | "suspended";
            /** Format: date-time */
            suspendedAt: string | null;
            /** @enum {string} */
            type: "RQIM" | "CEIM" | "other";
            /** Format: date */
            validUntil: string;
            /** Format: date-time */
            verifiedAt: string | null;
            /** Format: uuid */
            verifiedBy: string | null;
        };
        AssignmentBudgetChangeView: {
            at: string;
            /** Format: uuid */
            changedBy: string;
            changedByName: string | null;
            fromMaxDayRate: number | null;
            toMaxDayRate: number | null;
        };
        AssignmentInvitationView: {
            /** Format: uuid */
            assignmentId: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            interimId: string;
            message: string | null;
        };
        AssignmentLocationDto: {
            /** @example Utrecht */
            city?: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example NL
             */
            country?: string;
        };
        AssignmentLocationView: {
            city: string | null;
            country: string | null;
        };
        AssignmentMatchView: {
            breakdown: components["schemas"]["BreakdownView"];
            computedAt: string;
            /** @description In the caller's language */
            explanation: string[];
            flags: ("sector" | "hours" | "travel" | "remote" | "rate")[];
            interim: components["schemas"]["MatchedInterimView"];
            /** @description 1 = best; null when left out by the budget */
            rank: number | null;
            rateWithinBudget: boolean;
            /** @description False when the interim's own preferences rule the assignment out */
            reciprocal: boolean;
            score: number;
        };
        AssignmentPageView: {
            items: components["schemas"]["AssignmentView"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AssignmentRequiredSkillView: {
            mustHave: boolean;
            name: string;
            /**
             * Format: uuid
             * @description null for free text
             */
            skillId: string | null;
            weight: number;
        };
        AssignmentSearchItem: {
            assignmentKind: string;
            city: string | null;
            country: string | null;
            endDate: string | null;
            hoursPerWeek: number;
            /** Format: uuid */
            id: string;
            languages: string[];
            organisationName: string;
            publishedAt: string | null;
            remoteShare: number;
            sector: string;
            skills: components["schemas"]["AssignmentSearchSkillView"][];
            /** @description YYYY-MM-DD */
            startDate: string;
            title: string;
        };
        AssignmentSearchPage: {
            items: components["schemas"]["AssignmentSearchItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AssignmentSearchSkillView: {
            mustHave: boolean;
            name: string;
        };
        AssignmentSkillResolutionView: {
            input: string;
            label: string;
            /** @enum {string} */
            matchedBy: "exact" | "synonym" | "fuzzy" | "free_text";
            /** Format: uuid */
            skillId: string | null;
            suggestions: components["schemas"]["AssignmentSkillSuggestionView"][];
        };
        AssignmentSkillSuggestionView: {
            label: string;
            /** Format: uuid */
            skillId: string;
        };
        AssignmentView: {
            /** @enum {string|null} */
            assignmentKind: "turnaround" | "restructuring" | "recovery" | "crisis_management" | "bridging_vacancy" | "change_programme" | "interim_ceo" | "interim_cfo" | "interim_coo" | "interim_cio" | "interim_hr" | "project_programme_management" | null;
            /** @description Every change of maxDayRate since publication, oldest first */
            budgetChanges: components["schemas"]["AssignmentBudgetChangeView"][];
            closedAt: string | null;
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
            description: string;
            /** Format: date */
            endDate: string | null;
            filledAt: string | null;
            hoursPerWeek: number | null;
            /** Format: uuid */
            id: string;
            languages: string[];
            location: components["schemas"]["AssignmentLocationView"];
            maxDayRate: number | null;
            /**
             * @description Why maxDayRate can no longer change (PATCH answers 409): `responses` once anyone responded, `change_limit` after 3 changes since publication; null while it can change
             * @enum {string|null}
             */
            maxDayRateLock: "responses" | "change_limit" | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            publishedAt: string | null;
            remoteShare: number;
            requiredSkills: components["schemas"]["AssignmentRequiredSkillView"][];
            /** @enum {string|null} */
            sector: "government" | "healthcare" | "education" | "financial_services" | "energy_utilities" | "manufacturing" | "logistics" | "retail" | "technology" | "housing" | "construction" | "agriculture_food" | "telecom_media" | "non_profit" | "professional_services" | null;
            /** Format: date */
            startDate: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "closed" | "filled";
            title: string;
            updatedAt: string;
            /** @description Bumped on every change */
            version: number;
        };
        AssignmentWriteView: {
            /** @enum {string|null} */
            assignmentKind: "turnaround" | "restructuring" | "recovery" | "crisis_management" | "bridging_vacancy" | "change_programme" | "interim_ceo" | "interim_cfo" | "interim_coo" | "interim_cio" | "interim_hr" | "project_programme_management" | null;
            /** @description Every change of maxDayRate since publication, oldest first */
            budgetChanges: components["schemas"]["AssignmentBudgetChangeView"][];
            closedAt: string | null;
            createdAt: string;
            /** Format: uuid */
            createdBy: string;
            description: string;
            /** Format: date */
            endDate: string | null;
            filledAt: string | null;
            hoursPerWeek: number | null;
            /** Format: uuid */
            id: string;
            languages: string[];
            location: components["schemas"]["AssignmentLocationView"];
            maxDayRate: number | null;
            /**
             * @description Why maxDayRate can no longer change (PATCH answers 409): `responses` once anyone responded, `change_limit` after 3 changes since publication; null while it can change
             * @enum {string|null}
             */
            maxDayRateLock: "responses" | "change_limit" | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            publishedAt: string | null;
            remoteShare: number;
            requiredSkills: components["schemas"]["AssignmentRequiredSkillView"][];
            /** @enum {string|null} */
            sector: "government" | "healthcare" | "education" | "financial_services" | "energy_utilities" | "manufacturing" | "logistics" | "retail" | "technology" | "housing" | "construction" | "agriculture_food" | "telecom_media" | "non_profit" | "professional_services" | null;
            /** @description Empty when requiredSkills was not sent */
            skillResolution: components["schemas"]["AssignmentSkillResolutionView"][];
            /** Format: date */
            startDate: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "closed" | "filled";
            title: string;
            updatedAt: string;
            /** @description Bumped on every change */
            version: number;
        };
        AuditEntryView: {
            action: string;
            /** Format: uuid */
            actorId: string | null;
            actorName: string | null;
            after: Record<string, never> | null;
            at: string;
            before: Record<string, never> | null;
            /** Format: uuid */
            entityId: string;
            entityType: string;
            ip: string | null;
        };
        AuditPageView: {
            items: components["schemas"]["AuditEntryView"][];
            page: number;
            pageSize: number;
            total: number;
        };
        AvailabilityPeriodDto: {
            /**
             * Format: date
             * @example 2026-03-01
             */
            from: string;
            /** @example 24 */
            hoursPerWeek: number;
            /**
             * Format: date
             * @example 2026-08-31
             */
            to: string;
        };
        AvailabilityView: {
            periods: components["schemas"]["PeriodView"][];
            version: number;
        };
        BreakdownView: {
            availability: number;
            credentials: number;
            fit: number;
            skills: number;
            trackRecord: number;
        };
        CatalogueEntryView: {
            code: string;
            labels: components["schemas"]["CatalogueLabelsView"];
        };
        CatalogueLabelsView: {
            en: string;
            nl: string;
        };
        CatalogueView: {
            items: components["schemas"]["CatalogueEntryView"][];
        };
        ChangePasswordDto: {
            currentPassword: string;
            newPassword: string;
        };
        ClientCredentialView: {
            /** @enum {string} */
            status: "unverified" | "verified" | "expired" | "suspended";
            /** @enum {string} */
            type: "RQIM" | "CEIM" | "other";
            /** Format: date */
            validUntil: string;
        };
        ClientProfileView: {
            assignmentKinds: string[];
            availability: components["schemas"]["PeriodView"][];
            /** Format: date */
            availableFrom: string | null;
            /** @description Present once the interim responded to an assignment of your organisation */
            contact: components["schemas"]["ContactView"] | null;
            credentials: components["schemas"]["ClientCredentialView"][];
            /** @description Whole euros per day */
            dayRate: components["schemas"]["RangeView"];
            displayName: string;
            headline: string;
            hoursPerWeek: components["schemas"]["RangeView"];
            /**
             * Format: uuid
             * @description The interim manager (user id)
             */
            interimId: string;
            languages: string[];
            location: components["schemas"]["ProfileLocationView"];
            maxTravelKm: number | null;
            /** @enum {string} */
            remotePreference: "remote" | "hybrid" | "onsite";
            sectors: string[];
            skills: components["schemas"]["ProfileSkillView"][];
            summary: string | null;
        };
        ClientReputationView: {
            completedContracts: number;
            decisionTime: components["schemas"]["DecisionTimeView"];
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            responseRate: components["schemas"]["ResponseRateView"];
            reviews: components["schemas"]["ClientReviewsView"];
        };
        ClientReviewsView: {
            /** @description Average per aspect: clarity, decisiveness, payment, collaboration (null when unrated) */
            aspects: Record<string, never>;
            averageRating: number | null;
            count: number;
        };
        ContactView: {
            email: string;
            kvkNumber: string | null;
            vatId: string | null;
        };
        ContractDetailsView: {
            address: string | null;
            kvkNumber: string | null;
            /** Format: uuid */
            organisationId: string;
            vatId: string | null;
        };
        ContractForInterimView: {
            acceptances: components["schemas"]["AcceptanceView"][];
            activatedAt: string | null;
            /** Format: uuid */
            assignmentId: string;
            completedAt: string | null;
            createdAt: string;
            dayRate: number;
            dba: components["schemas"]["DbaAnnexView"] | null;
            /** @description SHA-256 of the sent document */
            documentSha256: string | null;
            endDate: string;
            /** @description For extensions: first day extended */
            extensionFrom: string | null;
            /** @enum {string} */
            form: "direct" | "mediation" | "intermediary";
            hoursPerWeek: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            interimId: string;
            modelAgreement: components["schemas"]["ModelAgreementView"];
            noticePeriodDays: number | null;
            /** Format: uuid */
            organisationId: string;
            /** @description Both parties as sent (a snapshot) */
            parties: Record<string, never> | null;
            placeOfWork: string | null;
            /** Format: uuid */
            previousVersionId: string | null;
            /** Format: uuid */
            responseId: string;
            /** @description Counts edits; each revision has its own document */
            revision: number;
            seniority: string | null;
            sentAt: string | null;
            /**
             * Format: uuid
             * @description The first version: shared by all versions
             */
            seriesId: string;
            startDate: string;
            /** @enum {string} */
            status: "draft" | "sent" | "accepted" | "active" | "completed" | "terminated" | "superseded";
            supersededAt: string | null;
            terminatedAt: string | null;
            terminationReason: string | null;
            terms: string | null;
            updatedAt: string;
            version: number;
        };
        ContractPageView: {
            /** @description ContractView items for members of the organisation, ContractForInterimView for the interim */
            items: (components["schemas"]["ContractView"] | components["schemas"]["ContractForInterimView"])[];
            page: number;
            pageSize: number;
            total: number;
        };
        ContractView: {
            acceptances: components["schemas"]["AcceptanceView"][];
            activatedAt: string | null;
            /** Format: uuid */
            assignmentId: string;
            completedAt: string | null;
            createdAt: string;
            dayRate: number;
            dba: components["schemas"]["DbaView"] | null;
            /** @description SHA-256 of the sent document */
            documentSha256: string | null;
            endDate: string;
            /** @description For extensions: first day extended */
            extensionFrom: string | null;
            /** @enum {string} */
            form: "direct" | "mediation" | "intermediary";
            hoursPerWeek: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            interimId: string;
            modelAgreement: components["schemas"]["ModelAgreementView"];
            noticePeriodDays: number | null;
            /** Format: uuid */
            organisationId: string;
            /** @description Both parties as sent (a snapshot) */
            parties: Record<string, never> | null;
            placeOfWork: string | null;
            /** Format: uuid */
            previousVersionId: string | null;
            rateCard: components["schemas"]["RateCardCheckView"];
            /** Format: uuid */
            responseId: string;
            /** @description Counts edits; each revision has its own document */
            revision: number;
            seniority: string | null;
            sentAt: string | null;
            /**
             * Format: uuid
             * @description The first version: shared by all versions
             */
            seriesId: string;
            startDate: string;
            /** @enum {string} */
            status: "draft" | "sent" | "accepted" | "active" | "completed" | "terminated" | "superseded";
            supersededAt: string | null;
            terminatedAt: string | null;
            terminationReason: string | null;
            terms: string | null;
            updatedAt: string;
            version: number;
        };
        ContractWarningView: {
            /** @enum {string} */
            code: "above_rate_card" | "dba_check_missing" | "dba_high_risk";
            message: string;
        };
        ContractWithWarningsView: {
            acceptances: components["schemas"]["AcceptanceView"][];
            activatedAt: string | null;
            /** Format: uuid */
            assignmentId: string;
            completedAt: string | null;
            createdAt: string;
            dayRate: number;
            dba: components["schemas"]["DbaView"] | null;
            /** @description SHA-256 of the sent document */
            documentSha256: string | null;
            endDate: string;
            /** @description For extensions: first day extended */
            extensionFrom: string | null;
            /** @enum {string} */
            form: "direct" | "mediation" | "intermediary";
            hoursPerWeek: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            interimId: string;
            modelAgreement: components["schemas"]["ModelAgreementView"];
            noticePeriodDays: number | null;
            /** Format: uuid */
            organisationId: string;
            /** @description Both parties as sent (a snapshot) */
            parties: Record<string, never> | null;
            placeOfWork: string | null;
            /** Format: uuid */
            previousVersionId: string | null;
            rateCard: components["schemas"]["RateCardCheckView"];
            /** Format: uuid */
            responseId: string;
            /** @description Counts edits; each revision has its own document */
            revision: number;
            seniority: string | null;
            sentAt: string | null;
            /**
             * Format: uuid
             * @description The first version: shared by all versions
             */
            seriesId: string;
            startDate: string;
            /** @enum {string} */
            status: "draft" | "sent" | "accepted" | "active" | "completed" | "terminated" | "superseded";
            supersededAt: string | null;
            terminatedAt: string | null;
            terminationReason: string | null;
            terms: string | null;
            updatedAt: string;
            version: number;
            warnings: components["schemas"]["ContractWarningView"][];
        };
        CreateAssignmentDto: {
            /** @enum {string} */
            assignmentKind?: "turnaround" | "restructuring" | "recovery" | "crisis_management" | "bridging_vacancy" | "change_programme" | "interim_ceo" | "interim_cfo" | "interim_coo" | "interim_cio" | "interim_hr" | "project_programme_management";
            description?: string;
            /**
             * Format: date
             * @example 2030-09-01
             */
            endDate?: string;
            hoursPerWeek?: number;
            /**
             * @description ISO 639-1 codes
             * @example [
             *       "nl",
             *       "en"
             *     ]
             */
            languages?: string[];
            location?: components["schemas"]["AssignmentLocationDto"];
            /** @description Whole euros per day */
            maxDayRate?: number;
            /**
             * Format: uuid
             * @description The organisation; the caller must be its hiring manager
             */
            organisationId: string;
            /** @description Percentage of remote work */
            remoteShare?: number;
            requiredSkills?: components["schemas"]["RequiredSkillDto"][];
            /** @enum {string} */
            sector?: "government" | "healthcare" | "education" | "financial_services" | "energy_utilities" | "manufacturing" | "logistics" | "retail" | "technology" | "housing" | "construction" | "agriculture_food" | "telecom_media" | "non_profit" | "professional_services";
            /**
             * Format: date
             * @example 2030-03-01
             */
            startDate?: string;
            /** @example Interim CFO for a turnaround */
            title: string;
        };
        CreateContractDto: {
            /** @description Whole euros per day */
            dayRate: number;
            /** @description The self-employment (DBA) check */
            dbaCheck?: components["schemas"]["DbaCheckDto"];
            /** @example 2026-09-30 */
            endDate: string;
            /**
             * @default direct
             * @enum {string}
             */
            form: "direct" | "mediation" | "intermediary";
            hoursPerWeek: number;
            /** @description Model agreement reference; defaults to the Belastingdienst model "geen werkgeversgezag" for direct agreements */
            modelAgreementRef?: string | null;
            noticePeriodDays?: number | null;
            placeOfWork?: string | null;
            /** @description Required from procurement when the day rate is above the rate card */
            rateJustification?: string;
            /**
             * Format: uuid
             * @description A selected response
             */
            responseId: string;
            /** @enum {string|null} */
            seniority?: "medior" | "senior" | "executive" | null;
            /** @example 2026-04-01 */
            startDate: string;
            terms?: string | null;
        };
        CreateInvitationDto: {
            /** @example inkoop@example.nl */
            email: string;
            /** @enum {string} */
            role: "admin" | "hiring_manager" | "procurement";
        };
        CreateOrganisationDto: {
            /**
             * @description KvK number, 8 digits
             * @example 12345678
             */
            kvkNumber?: string;
            /** @example Gemeente Utrecht */
            name: string;
        };
        CreateResponseDto: {
            /**
             * Format: date
             * @description Today or later
             * @example 2030-03-01
             */
            availableFrom: string;
            motivation: string;
            /** @description Whole euros per day */
            proposedDayRate: number;
        };
        CreateReviewDto: {
            aspects?: components["schemas"]["ReviewAspectsDto"];
            comment?: string;
            rating: number;
        };
        CredentialDto: {
            /** @example RQIM-2021-0042 */
            number: string;
            /** @enum {string} */
            type: "RQIM" | "CEIM" | "other";
            /**
             * Format: date
             * @example 2027-06-30
             */
            validUntil: string;
        };
        DayRateDto: {
            /** @example 1250 */
            max: number;
            /**
             * @description Whole euros per day
             * @example 950
             */
            min: number;
        };
        DbaAnnexView: {
            /** @description The answers as given by procurement */
            answers: Record<string, never>;
            durationMonths: number;
            hourlyRate: number;
            reasons: string[];
            /** @enum {string} */
            riskLevel: "low" | "medium" | "high";
            score: number;
        };
        DbaCheckDto: {
            /** @description Acts as an entrepreneur (own acquisition, tools, investment) */
            actsAsEntrepreneur: boolean;
            /** @description Bears financial risk (no pay for undelivered work, own costs) */
            bearsFinancialRisk: boolean;
            /**
             * @description Embedding in the organisation
             * @enum {string}
             */
            embedding: "none" | "partial" | "full";
            /** @description Works for other clients too */
            multipleClients: boolean;
            notes?: string;
            /** @description Carries own professional liability insurance */
            professionalLiabilityInsurance: boolean;
            /**
             * @description Who directs how the work is done: the interim, shared, or the client
             * @enum {string}
             */
            workDirection: "interim" | "shared" | "client";
        };
        DbaView: {
            /** @description The answers as given by procurement */
            answers: Record<string, never>;
            checkedAt: string | null;
            checkedBy: string | null;
            durationMonths: number;
            hourlyRate: number;
            reasons: string[];
            /** @enum {string} */
            riskLevel: "low" | "medium" | "high";
            score: number;
        };
        DecisionTimeView: {
            /** @description Median days from response to first decision */
            medianDays: number | null;
            sampleSize: number;
        };
        ErrorBody: {
            /**
             * @description - `access_token_invalid` (identity): The access token is invalid or has expired; refresh it or sign in again.
             *     - `account_gone` (identity): The signed-in account no longer exists (deleted or erased); sign in again.
             *     - `account_type_not_allowed` (identity): This is for another kind of account (client or interim).
             *     - `already_invited` (assignments): This interim manager was already invited to this assignment.
             *     - `assignment_incomplete` (assignments): The assignment lacks what publication needs; `fields` names each missing or wrong field.
             *     - `bad_request` (kernel): The request cannot be served as sent.
             *     - `budget_change_limit` (assignments): The maximum day rate of a published assignment has changed as often as allowed.
             *     - `budget_locked` (assignments): The maximum day rate cannot change once interim managers have responded to the assignment.
             *     - `client_quota_exceeded` (profiles): The daily quota of interim profiles opened, or of searches, is used up; retry after Retry-After.
             *     - `conflict` (kernel): The request conflicts with what is already there.
             *     - `contract_being_revised` (contracts): The contract is being revised; the new version will be sent to accept.
             *     - `contract_exists` (contracts): A contract for this response already exists; edit it, or terminate it first.
             *     - `csrf_mismatch` (identity): A cookie session needs the X-CSRF-Token header matching the gilde_csrf cookie; reload the page.
             *     - `dba_check_required` (contracts): The self-employment (DBA) check must be answered before sending.
             *     - `email_already_verified` (accounts): The e-mail address is already verified.
             *     - `email_not_verified` (accounts): Verify your e-mail address first (see POST /auth/verify-email/resend).
             *     - `email_taken` (identity): An account with this e-mail address already exists.
             *     - `extension_open` (contracts): An extension of this contract is already being drafted.
             *     - `fields_locked` (assignments): These fields of the assignment cannot change in its current state; `state` names it.
             *     - `forbidden` (kernel): Signed in, but not allowed to do this.
             *     - `gone` (kernel): The link or token has expired.
             *     - `interim_only` (contracts): Only the interim manager of this contract may do this.
             *     - `internal_error` (kernel): Something went wrong on our side.
             *     - `invalid_credentials` (identity): The e-mail address or the password is wrong.
             *     - `invalid_json` (kernel): The request body is not valid JSON.
             *     - `invitation_expired` (identity): The organisation invitation has expired; ask for a new one.
             *     - `invitation_other_email` (identity): The organisation invitation was sent to another e-mail address.
             *     - `invitation_used` (identity): The organisation invitation was already accepted.
             *     - `last_admin` (identity): The organisation would be left without an admin: make another member admin first.
             *     - `membership_required` (identity): Interim profiles are shown to members of a client organisation; create or join one first.
             *     - `no_sent_document` (contracts): The contract has no sent document to accept.
             *     - `no_session` (identity): No refresh token in the body and no session cookie; sign in.
             *     - `not_found` (kernel): No such object, or not one the caller may see.
             *     - `organisation_role_required` (identity): This needs a role in the organisation the caller does not hold.
             *     - `password_is_email` (accounts): The password must not be the e-mail address.
             *     - `password_unchanged` (accounts): The new password is the same as the current one.
             *     - `password_wrong` (accounts): The current password is wrong.
             *     - `payload_too_large` (kernel): The request body is too large.
             *     - `procurement_only` (contracts): Only the client's procurement desk may do this to a contract.
             *     - `profile_missing` (profiles): The interim manager has no profile yet; create it first.
             *     - `rate_card_exceeded` (contracts): The day rate is above the rate card maximum; procurement must give a rateJustification.
             *     - `rate_limited` (kernel): Too many requests; retry after the time in the Retry-After header.
             *     - `refresh_token_invalid` (identity): The refresh token is invalid or expired; sign in again.
             *     - `response_already_selected` (assignments): Another response to this assignment is already selected.
             *     - `response_exists` (assignments): The interim manager has already responded to this assignment.
             *     - `response_not_selected` (contracts): A contract is drafted from a selected response only; `state` is the response status.
             *     - `review_exists` (contracts): This side has already reviewed the other for this contract.
             *     - `revision_not_accepted` (contracts): The interim manager has not accepted this revision of the contract.
             *     - `route_not_found` (kernel): No such route.
             *     - `search_unavailable` (search): The search engine is unavailable; try again in a minute.
             *     - `service_unavailable` (kernel): A service the request needs is down; try again shortly.
             *     - `session_ended` (identity): The sign-in behind this token has ended (signed out or revoked); sign in again.
             *     - `sign_in_locked` (identity): Too many failed sign-in attempts for this account or address; retry after Retry-After.
             *     - `sso_account_type` (identity): An interim manager account uses this e-mail address; organisation single sign-on is for client accounts.
             *     - `sso_denied` (identity): The identity provider did not sign the user in (cancelled or refused there).
             *     - `sso_email_domain` (identity): The e-mail address the identity provider gave is not in one of the organisation's domains.
             *     - `sso_email_unverified` (identity): The identity provider did not confirm that the e-mail address is verified.
             *     - `sso_not_configured` (identity): No organisation signs in addresses of this e-mail domain through single sign-on; use the password.
             *     - `sso_provider_unavailable` (identity): The organisation's identity provider could not be reached or answered wrongly; try again later.
             *     - `sso_state_invalid` (identity): The single sign-on attempt is unknown, expired, already used or was started in another browser; start again.
             *     - `sso_token_invalid` (identity): The identity provider's answer failed verification (signature, issuer, audience, nonce or expiry).
             *     - `state_conflict` (kernel): The object is not in a state that allows this now.
             *     - `stream_token_invalid` (notifications): The stream token is invalid or expired; ask for a new one.
             *     - `stream_token_used` (notifications): The stream token was already used (it works once); ask for a new one.
             *     - `stream_unavailable` (notifications): Live notifications are unavailable right now; try again shortly.
             *     - `token_expired` (accounts): The link has expired; ask for a new one.
             *     - `token_invalid` (accounts): The link is not valid, or was already used.
             *     - `token_reused` (identity): The refresh token was already used; every session of its sign-in is revoked; sign in again.
             *     - `too_many_streams` (notifications): The account has as many live notification streams open as allowed.
             *     - `unauthenticated` (kernel): No valid access token (or a token that has expired or been revoked).
             *     - `unsupported_media_type` (kernel): The request body is not JSON.
             *     - `validation_failed` (kernel): The request is not valid; `fields` says which part and why.
             * @enum {string}
             */
            code: "access_token_invalid" | "account_gone" | "account_type_not_allowed" | "already_invited" | "assignment_incomplete" | "bad_request" | "budget_change_limit" | "budget_locked" | "client_quota_exceeded" | "conflict" | "contract_being_revised" | "contract_exists" | "csrf_mismatch" | "dba_check_required" | "email_already_verified" | "email_not_verified" | "email_taken" | "extension_open" | "fields_locked" | "forbidden" | "gone" | "interim_only" | "internal_error" | "invalid_credentials" | "invalid_json" | "invitation_expired" | "invitation_other_email" | "invitation_used" | "last_admin" | "membership_required" | "no_sent_document" | "no_session" | "not_found" | "organisation_role_required" | "password_is_email" | "password_unchanged" | "password_wrong" | "payload_too_large" | "procurement_only" | "profile_missing" | "rate_card_exceeded" | "rate_limited" | "refresh_token_invalid" | "response_already_selected" | "response_exists" | "response_not_selected" | "review_exists" | "revision_not_accepted" | "route_not_found" | "search_unavailable" | "service_unavailable" | "session_ended" | "sign_in_locked" | "sso_account_type" | "sso_denied" | "sso_email_domain" | "sso_email_unverified" | "sso_not_configured" | "sso_provider_unavailable" | "sso_state_invalid" | "sso_token_invalid" | "state_conflict" | "stream_token_invalid" | "stream_token_used" | "stream_unavailable" | "token_expired" | "token_invalid" | "token_reused" | "too_many_streams" | "unauthenticated" | "unsupported_media_type" | "validation_failed";
            /** @description The HTTP status text */
            error: string;
            /** @description With `validation_failed` */
            fields?: components["schemas"]["FieldError"][];
            /** @description For people; programs switch on `code` */
            message: string | string[];
            /** @description With `state_conflict`: the state the object is in */
            state?: string;
            statusCode: number;
        };
        ExtendContractDto: {
            dayRate?: number;
            /** @description Required: the check is redone for an extension */
            dbaCheck: components["schemas"]["DbaCheckDto"];
            /**
             * @description The new end date, after the current one
             * @example 2027-03-31
             */
            endDate: string;
            hoursPerWeek?: number;
            noticePeriodDays?: number | null;
            placeOfWork?: string | null;
            /** @description Required from procurement when the day rate is above the rate card */
            rateJustification?: string;
            terms?: string | null;
        };
        FieldError: {
            /**
             * @description Why it failed: `required`, `invalid_type`, `too_long`, `too_large`, `too_small`, `not_allowed`, `unknown_field`, `invalid_date`, …
             *     - `before_extension` (contracts): An extension must end on or after the first day it extends.
             *     - `before_start` (assignments): The end date is before the start date.
             *     - `channel_required` (notifications): Choose at least one channel, or set the frequency to off.
             *     - `domain_taken` (identity): Another organisation already signs in this e-mail domain through single sign-on.
             *     - `domain_unproven` (identity): No admin of the organisation has a verified e-mail address in this domain.
             *     - `duplicate` (profiles): The list names this entry twice; list each once.
             *     - `extension_start_fixed` (contracts): An extension keeps the start date of the contract it extends.
             *     - `free_mail_domain` (identity): A free e-mail domain (such as gmail.com) cannot be claimed for single sign-on.
             *     - `in_the_past` (assignments): The date must be today or later.
             *     - `invalid_time_zone` (notifications): Not an IANA time zone such as Europe/Amsterdam.
             *     - `issuer_insecure` (identity): The issuer must use https.
             *     - `issuer_unreachable` (identity): No OpenID Connect discovery document for this issuer could be read (or it names another issuer).
             *     - `must_have_skill_required` (assignments): At least one required skill must be a must-have.
             *     - `not_after_current_end` (contracts): An extension must end after the current end date.
             *     - `not_for_account_type` (notifications): This kind of account does not receive this kind of notification.
             *     - `not_for_side` (contracts): This review aspect is rated by the other side.
             *     - `not_in_future` (assignments): The date must be after today.
             *     - `overlaps` (profiles): This period overlaps the previous one; a day is in one period only.
             *     - `same_skill` (profiles): Two names in the list resolve to the same skill; list it once.
             *     - `weak_password` (identity): The password is too easy to guess (for example, it is the e-mail address).
             *     - `weights_total` (matching): The match weights must add up to 100; every weight is named.
             */
            code: string;
            /** @description Dotted path of the field, e.g. `requiredSkills.0.name` */
            field: string;
            message: string;
        };
        HoursPerWeekDto: {
            max: number;
            min: number;
        };
        InterimMatchPage: {
            items: components["schemas"]["InterimMatchView"][];
            page: number;
            pageSize: number;
            total: number;
        };
        InterimMatchView: {
            assignment: components["schemas"]["MatchedAssignmentView"];
            breakdown: components["schemas"]["BreakdownView"];
            computedAt: string;
            explanation: string[];
            flags: string[];
            rateWithinBudget: boolean;
            reciprocal: boolean;
            score: number;
        };
        InterimSearchItem: {
            assignmentKinds: string[];
            /** @description YYYY-MM-DD */
            availableFrom: string | null;
            city: string | null;
            country: string | null;
            /** @description Verified, valid credential types */
            credentials: string[];
            headline: string;
            /** Format: uuid */
            id: string;
            languages: string[];
            /** @enum {string} */
            remotePreference: "remote" | "hybrid" | "onsite";
            sectors: string[];
            skills: components["schemas"]["InterimSearchSkillView"][];
        };
        InterimSearchPage: {
            items: components["schemas"]["InterimSearchItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        InterimSearchSkillView: {
            level: number;
            name: string;
            years: number;
        };
        InvitationView: {
            email: string;
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            role: "admin" | "hiring_manager" | "procurement";
            /** @description Single-use token; also sent by e-mail */
            token: string;
        };
        InviteInterimDto: {
            /**
             * Format: uuid
             * @description The interim manager's user id
             */
            interimId: string;
            message?: string;
        };
        KindPreferenceDto: {
            /**
             * @example [
             *       "in_app",
             *       "email"
             *     ]
             */
            channels: ("in_app" | "email")[];
            /**
             * @description How e-mail goes out: at once, in the daily digest, or not at all (off also stops in-app)
             * @enum {string}
             */
            frequency: "instant" | "daily" | "off";
        };
        KindPreferenceView: {
            channels: ("in_app" | "email")[];
            /** @enum {string} */
            frequency: "instant" | "daily" | "off";
        };
        LoginDto: {
            /** @example anna@example.nl */
            email: string;
            password: string;
        };
        MailboxMessageView: {
            /** Format: date-time */
            createdAt: string;
            html: Record<string, never> | null;
            /** Format: uuid */
            id: string;
            subject: string;
            text: string;
            to: string;
        };
        MailboxPageView: {
            items: components["schemas"]["MailboxMessageView"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MatchedAssignmentView: {
            assignmentKind: string;
            city: string | null;
            endDate: string | null;
            hoursPerWeek: number;
            /** Format: uuid */
            id: string;
            organisationName: string;
            remoteShare: number;
            sector: string;
            startDate: string;
            title: string;
        };
        MatchedInterimView: {
            assignmentKinds: string[];
            availableFrom: string | null;
            city: string | null;
            headline: string;
            /** Format: uuid */
            id: string;
            languages: string[];
            sectors: string[];
        };
        MatchWeightsDto: {
            /** @example 15 */
            availability: number;
            /** @example 10 */
            credentials: number;
            /** @example 15 */
            fit: number;
            /** @example 40 */
            skills: number;
            /** @example 20 */
            trackRecord: number;
        };
        MatchWeightsView: {
            availability: number;
            credentials: number;
            fit: number;
            /** @description True when the assignment uses the platform defaults */
            isDefault: boolean;
            skills: number;
            trackRecord: number;
        };
        MembershipView: {
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            roles: ("admin" | "hiring_manager" | "procurement")[];
        };
        MemberView: {
            displayName: string;
            email: string;
            /** Format: date-time */
            joinedAt: string;
            roles: ("admin" | "hiring_manager" | "procurement")[];
            /** Format: uuid */
            userId: string;
        };
        MeView: {
            /** @enum {string} */
            accountType: "interim" | "client";
            displayName: string;
            email: string;
            /** @description The address was proven; until then some actions answer 403 */
            emailVerified: boolean;
            /** Format: uuid */
            id: string;
            isPlatformAdmin: boolean;
            /** @enum {string} */
            locale: "en" | "nl";
            memberships: components["schemas"]["MembershipView"][];
        };
        ModelAgreementView: {
            reference: string | null;
            title: string | null;
        };
        MyResponsePageView: {
            items: components["schemas"]["MyResponseView"][];
            page: number;
            pageSize: number;
            total: number;
        };
        MyResponseView: {
            assignment: components["schemas"]["RespondedAssignmentView"];
            /** Format: date */
            availableFrom: string;
            createdAt: string;
            decidedAt: string | null;
            /** Format: uuid */
            id: string;
            motivation: string;
            proposedDayRate: number;
            rejectionNote: string | null;
            /** @enum {string|null} */
            rejectionReason: "experience_mismatch" | "availability" | "rate" | "other_candidate_selected" | "assignment_cancelled" | "other" | null;
            /** @enum {string} */
            status: "submitted" | "shortlisted" | "rejected" | "selected" | "withdrawn";
            updatedAt: string;
        };
        NotificationPageView: {
            items: components["schemas"]["NotificationView"][];
            page: number;
            pageSize: number;
            /** @description Notifications matching the filter */
            total: number;
            /** @description Unread notifications of the caller, whatever the filter */
            unread: number;
        };
        NotificationPreferencesView: {
            contract?: components["schemas"]["KindPreferenceView"];
            invitation?: components["schemas"]["KindPreferenceView"];
            /** @enum {string} */
            locale: "en" | "nl";
            match?: components["schemas"]["KindPreferenceView"];
            response?: components["schemas"]["KindPreferenceView"];
            review?: components["schemas"]["KindPreferenceView"];
            /** @example Europe/Amsterdam */
            timeZone: string;
        };
        NotificationSubjectView: {
            /** Format: uuid */
            id: string;
            /** @example assignment */
            type: string;
        };
        NotificationView: {
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "match" | "response" | "invitation" | "contract" | "review";
            /**
             * @description Path in the web UI
             * @example /assignments/3f1c...
             */
            link: string;
            /** Format: date-time */
            readAt?: Record<string, never> | null;
            /** @description Match score 0-100 (match notifications) */
            score?: Record<string, never> | null;
            subject: components["schemas"]["NotificationSubjectView"];
            /** @description In the reader's language */
            title: string;
            /**
             * @description The precise message
             * @example response.rejected
             */
            type: string;
        };
        OrganisationView: {
            /** Format: uuid */
            id: string;
            kvkNumber: string | null;
            name: string;
            roles: ("admin" | "hiring_manager" | "procurement")[];
        };
        OwnCredentialView: {
            /** Format: uuid */
            id: string;
            number: string;
            /** @enum {string} */
            status: "unverified" | "verified" | "expired" | "suspended";
            /** @enum {string} */
            type: "RQIM" | "CEIM" | "other";
            /** Format: date */
            validUntil: string;
            /** Format: date-time */
            verifiedAt: string | null;
        };
        OwnProfileView: {
            assignmentKinds: string[];
            availability: components["schemas"]["PeriodView"][];
            /** Format: date */
            availableFrom: string | null;
            credentials: components["schemas"]["OwnCredentialView"][];
            /** @description Whole euros per day */
            dayRate: components["schemas"]["RangeView"];
            displayName: string;
            headline: string;
            hoursPerWeek: components["schemas"]["RangeView"];
            /**
             * Format: uuid
             * @description The interim manager (user id)
             */
            interimId: string;
            kvkNumber: string | null;
            languages: string[];
            location: components["schemas"]["ProfileLocationView"];
            maxTravelKm: number | null;
            preferences: components["schemas"]["ProfileNotificationPreferencesView"];
            /** @enum {string} */
            remotePreference: "remote" | "hybrid" | "onsite";
            sectors: string[];
            skills: components["schemas"]["ProfileSkillView"][];
            summary: string | null;
            /** Format: date-time */
            updatedAt: string;
            vatId: string | null;
            version: number;
            /** @enum {string} */
            visibility: "public" | "clients" | "hidden";
        };
        PasswordResetConfirmDto: {
            password: string;
            /** @description The token from the reset link */
            token: string;
        };
        PasswordResetRequestDto: {
            /** @example anna@example.nl */
            email: string;
        };
        PendingInvitationView: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** @description Who sent it (null when that account was erased or has left) */
            invitedByName: string | null;
            /** @enum {string} */
            role: "admin" | "hiring_manager" | "procurement";
        };
        PeriodView: {
            /** Format: date */
            from: string;
            hoursPerWeek: number;
            /** Format: date */
            to: string;
        };
        PreferencesDto: {
            /** @enum {string} */
            notify: "instant" | "daily" | "off";
            /** @description Only be notified of assignments in these sectors (all when empty) */
            sectors?: ("government" | "healthcare" | "education" | "financial_services" | "energy_utilities" | "manufacturing" | "logistics" | "retail" | "technology" | "housing" | "construction" | "agriculture_food" | "telecom_media" | "non_profit" | "professional_services")[];
        };
        ProfileLocationDto: {
            /** @example Utrecht */
            city: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example NL
             */
            country: string;
        };
        ProfileLocationView: {
            city: string;
            country: string;
        };
        ProfileNotificationPreferencesView: {
            /** @enum {string} */
            notify: "instant" | "daily" | "off";
            sectors: string[];
        };
        ProfileSkillDto: {
            level: number;
            /** @example financieel management */
            name: string;
            /** @description Years of experience */
            years: number;
        };
        ProfileSkillResolutionView: {
            /** @description The name as sent */
            input: string;
            /** @description The canonical label, or the text kept as a free-text skill */
            label: string;
            /** @enum {string} */
            matchedBy: "exact" | "synonym" | "fuzzy" | "free_text";
            /** Format: uuid */
            skillId: string | null;
            suggestions: components["schemas"]["ProfileSkillSuggestionView"][];
        };
        ProfileSkillSuggestionView: {
            label: string;
            /** Format: uuid */
            skillId: string;
        };
        ProfileSkillView: {
            level: number;
            name: string;
            /**
             * Format: uuid
             * @description null for a free-text skill
             */
            skillId: string | null;
            years: number;
        };
        ProfileViewItem: {
            /** Format: date-time */
            firstViewedAt: string;
            /** @description The organisation whose member opened the profile */
            organisationName: string;
            /**
             * Format: date
             * @description The day (Europe/Amsterdam)
             */
            viewedOn: string;
        };
        ProfileViewPage: {
            items: components["schemas"]["ProfileViewItem"][];
            page: number;
            pageSize: number;
            total: number;
        };
        PublishedAssignmentView: {
            /** @enum {string|null} */
            assignmentKind: "turnaround" | "restructuring" | "recovery" | "crisis_management" | "bridging_vacancy" | "change_programme" | "interim_ceo" | "interim_cfo" | "interim_coo" | "interim_cio" | "interim_hr" | "project_programme_management" | null;
            description: string;
            /** Format: date */
            endDate: string | null;
            hoursPerWeek: number | null;
            /** Format: uuid */
            id: string;
            languages: string[];
            location: components["schemas"]["AssignmentLocationView"];
            maxDayRate: number | null;
            /** Format: uuid */
            organisationId: string;
            organisationName: string;
            publishedAt: string | null;
            remoteShare: number;
            requiredSkills: components["schemas"]["AssignmentRequiredSkillView"][];
            /** @enum {string|null} */
            sector: "government" | "healthcare" | "education" | "financial_services" | "energy_utilities" | "manufacturing" | "logistics" | "retail" | "technology" | "housing" | "construction" | "agriculture_food" | "telecom_media" | "non_profit" | "professional_services" | null;
            /** Format: date */
            startDate: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "closed" | "filled";
            title: string;
            updatedAt: string;
        };
        PutAvailabilityDto: {
            periods: components["schemas"]["AvailabilityPeriodDto"][];
        };
        PutContractDetailsDto: {
            address?: string | null;
            /** @example NL001234567B01 */
            vatId?: string | null;
        };
        PutProfileDto: {
            assignmentKinds: ("turnaround" | "restructuring" | "recovery" | "crisis_management" | "bridging_vacancy" | "change_programme" | "interim_ceo" | "interim_cfo" | "interim_coo" | "interim_cio" | "interim_hr" | "project_programme_management")[];
            /**
             * Format: date
             * @example 2026-03-01
             */
            availableFrom?: string;
            credentials?: components["schemas"]["CredentialDto"][];
            dayRate: components["schemas"]["DayRateDto"];
            /** @example Interim CFO for turnarounds in healthcare */
            headline: string;
            hoursPerWeek: components["schemas"]["HoursPerWeekDto"];
            /**
             * @description KvK number, 8 digits
             * @example 12345678
             */
            kvkNumber?: string;
            /**
             * @description ISO 639-1 codes
             * @example [
             *       "nl",
             *       "en"
             *     ]
             */
            languages: string[];
            location: components["schemas"]["ProfileLocationDto"];
            maxTravelKm?: number;
            preferences: components["schemas"]["PreferencesDto"];
            /** @enum {string} */
            remotePreference: "remote" | "hybrid" | "onsite";
            sectors: ("government" | "healthcare" | "education" | "financial_services" | "energy_utilities" | "manufacturing" | "logistics" | "retail" | "technology" | "housing" | "construction" | "agriculture_food" | "telecom_media" | "non_profit" | "professional_services")[];
            skills: components["schemas"]["ProfileSkillDto"][];
            summary?: string;
            /**
             * @description VAT identification number
             * @example NL123456789B01
             */
            vatId?: string;
            /** @enum {string} */
            visibility: "public" | "clients" | "hidden";
        };
        PutRateCardDto: {
            entries: components["schemas"]["RateCardEntryDto"][];
        };
        RangeView: {
            max: number;
            min: number;
        };
        RateCardCheckView: {
            aboveRateCard: boolean;
            justification: string | null;
            justifiedAt: string | null;
            justifiedBy: string | null;
            /** @description null when the card has no line */
            maxDayRate: number | null;
        };
        RateCardEntryDto: {
            /**
             * @example interim_cfo
             * @enum {string}
             */
            assignmentKind: "turnaround" | "restructuring" | "recovery" | "crisis_management" | "bridging_vacancy" | "change_programme" | "interim_ceo" | "interim_cfo" | "interim_coo" | "interim_cio" | "interim_hr" | "project_programme_management";
            /** @description Whole euros per day */
            maxDayRate: number;
            /**
             * @description Omit for the line that applies whatever the seniority
             * @enum {string}
             */
            seniority?: "medior" | "senior" | "executive";
        };
        RateCardEntryView: {
            assignmentKind: string;
            maxDayRate: number;
            /** @enum {string|null} */
            seniority: "medior" | "senior" | "executive" | null;
        };
        RateCardView: {
            entries: components["schemas"]["RateCardEntryView"][];
            /** Format: uuid */
            organisationId: string;
            updatedAt: string | null;
        };
        RateFlagsView: {
            items: components["schemas"]["RateFlagView"][];
        };
        RateFlagView: {
            /** Format: uuid */
            assignmentId: string;
            assignmentKind: string;
            /** Format: uuid */
            contractId: string | null;
            /** @description The day rate that exceeds the card */
            dayRate: number;
            /** @description Percentage above the card, rounded */
            excessPercent: number;
            justification: string | null;
            rateCardMaxDayRate: number;
            status: string;
            title: string;
            /** @enum {string} */
            type: "assignment_above_rate_card" | "contract_above_rate_card";
        };
        ReadAllView: {
            /** @description How many were marked read now */
            marked: number;
            unread: number;
        };
        ReadView: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            readAt: string;
            unread: number;
        };
        RefreshDto: {
            /** @description For API clients. Browsers send {} and the session cookie with the X-CSRF-Token header instead. */
            refreshToken?: string;
        };
        RegisterDto: {
            /** @enum {string} */
            accountType: "interim" | "client";
            /** @example Anna de Vries */
            displayName: string;
            /** @example anna@example.nl */
            email: string;
            password: string;
        };
        RejectResponseDto: {
            /** @description Shown to the interim manager */
            note?: string;
            /**
             * @description Shown to the interim manager
             * @enum {string}
             */
            reason: "experience_mismatch" | "availability" | "rate" | "other_candidate_selected" | "assignment_cancelled" | "other";
        };
        RequiredSkillDto: {
            mustHave: boolean;
            /**
             * @description Any English or Dutch label or synonym; unknown names are kept as free text
             * @example projectbeheer uitvoeren
             */
            name: string;
            weight: number;
        };
        ResolvedSkillsView: {
            items: components["schemas"]["ResolvedSkillView"][];
        };
        ResolvedSkillView: {
            input: string;
            /** @description Canonical label, or the input itself for free text */
            label: string;
            /** @enum {string} */
            matchedBy: "exact" | "synonym" | "fuzzy" | "free_text";
            /** Format: uuid */
            skillId: string | null;
            /** @description For free text: the skills probably meant */
            suggestions: components["schemas"]["SkillRefView"][];
        };
        RespondedAssignmentView: {
            /** Format: uuid */
            id: string;
            organisationName: string;
            /** @enum {string} */
            status: "draft" | "published" | "closed" | "filled";
            title: string;
        };
        RespondentView: {
            displayName: string;
            /** @description From the profile, when there is one */
            headline: string | null;
            /**
             * Format: uuid
             * @description The interim manager (user id)
             */
            id: string;
        };
        ResponseForHiringManagerView: {
            /** Format: uuid */
            assignmentId: string;
            /** Format: date */
            availableFrom: string;
            createdAt: string;
            decidedAt: string | null;
            /** Format: uuid */
            id: string;
            interim: components["schemas"]["RespondentView"];
            /** @description Match score 0-100 when matching has scored this interim for the assignment */
            matchScore: number | null;
            motivation: string;
            rejectionNote: string | null;
            /** @enum {string|null} */
            rejectionReason: "experience_mismatch" | "availability" | "rate" | "other_candidate_selected" | "assignment_cancelled" | "other" | null;
            /** @enum {string} */
            status: "submitted" | "shortlisted" | "rejected" | "selected" | "withdrawn";
            updatedAt: string;
            /** @description proposed rate ≤ maximum day rate (null when the assignment has no maximum) */
            withinBudget: boolean | null;
        };
        ResponseForProcurementView: {
            /** Format: uuid */
            assignmentId: string;
            /** Format: date */
            availableFrom: string;
            createdAt: string;
            decidedAt: string | null;
            /** Format: uuid */
            id: string;
            interim: components["schemas"]["RespondentView"];
            /** @description Match score 0-100 when matching has scored this interim for the assignment */
            matchScore: number | null;
            motivation: string;
            /** @description Whole euros per day */
            proposedDayRate: number;
            rejectionNote: string | null;
            /** @enum {string|null} */
            rejectionReason: "experience_mismatch" | "availability" | "rate" | "other_candidate_selected" | "assignment_cancelled" | "other" | null;
            /** @enum {string} */
            status: "submitted" | "shortlisted" | "rejected" | "selected" | "withdrawn";
            updatedAt: string;
            /** @description proposed rate ≤ maximum day rate (null when the assignment has no maximum) */
            withinBudget: boolean | null;
        };
        ResponsePageView: {
            /** @description ResponseForProcurementView items for procurement and admins, ResponseForHiringManagerView otherwise */
            items: (components["schemas"]["ResponseForProcurementView"] | components["schemas"]["ResponseForHiringManagerView"])[];
            page: number;
            pageSize: number;
            total: number;
        };
        ResponseRateView: {
            /** @description Of those, shortlisted, rejected or selected */
            answered: number;
            /** @description answered / received, 0-1 */
            rate: number | null;
            /** @description Responses that were not withdrawn */
            received: number;
        };
        ReviewAspectsDto: {
            /** @description Of a client: clarity of the assignment */
            clarity?: number;
            /** @description Either side */
            collaboration?: number;
            /** @description Of a client: decisiveness */
            decisiveness?: number;
            /** @description Of a client: payment */
            payment?: number;
            /** @description Of an interim: results against the agreed objectives */
            results?: number;
        };
        ReviewListView: {
            items: components["schemas"]["ReviewView"][];
        };
        ReviewView: {
            aspects: Record<string, never>;
            /** Format: uuid */
            authorId: string;
            /**
             * @description Who wrote it
             * @enum {string}
             */
            authorSide: "organisation" | "interim";
            comment: string | null;
            /** Format: uuid */
            contractId: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            rating: number;
        };
        SavedProfileView: {
            assignmentKinds: string[];
            availability: components["schemas"]["PeriodView"][];
            /** Format: date */
            availableFrom: string | null;
            credentials: components["schemas"]["OwnCredentialView"][];
            /** @description Whole euros per day */
            dayRate: components["schemas"]["RangeView"];
            displayName: string;
            headline: string;
            hoursPerWeek: components["schemas"]["RangeView"];
            /**
             * Format: uuid
             * @description The interim manager (user id)
             */
            interimId: string;
            kvkNumber: string | null;
            languages: string[];
            location: components["schemas"]["ProfileLocationView"];
            maxTravelKm: number | null;
            preferences: components["schemas"]["ProfileNotificationPreferencesView"];
            /** @enum {string} */
            remotePreference: "remote" | "hybrid" | "onsite";
            sectors: string[];
            /** @description One per skill sent, in order */
            skillResolutions: components["schemas"]["ProfileSkillResolutionView"][];
            skills: components["schemas"]["ProfileSkillView"][];
            summary: string | null;
            /** Format: date-time */
            updatedAt: string;
            vatId: string | null;
            version: number;
            /** @enum {string} */
            visibility: "public" | "clients" | "hidden";
        };
        SessionListView: {
            items: components["schemas"]["SessionView"][];
        };
        SessionView: {
            /** Format: date-time */
            createdAt: string;
            /** @description The session this request was made with */
            current: boolean;
            /** @description Browser and system, read from the user agent */
            device: string | null;
            /**
             * Format: uuid
             * @description The sign-in (refresh-token family)
             */
            id: string;
            ip: string | null;
            /** Format: date-time */
            lastUsedAt: string;
            userAgent: string | null;
        };
        SkillRefView: {
            label: string;
            /** Format: uuid */
            skillId: string;
        };
        SkillSuggestionsView: {
            items: components["schemas"]["SkillSuggestionView"][];
        };
        SkillSuggestionView: {
            /** @description Canonical label in the requested language (English when ESCO has no Dutch one) */
            label: string;
            /**
             * @description Language of matchedLabel
             * @enum {string}
             */
            lang: "en" | "nl";
            /** @description The label or synonym the query matched */
            matchedLabel: string;
            /** Format: uuid */
            skillId: string;
        };
        SsoSettingsDto: {
            /** @example gilde */
            clientId: string;
            /** @description Stored encrypted; never answered back */
            clientSecret: string;
            /**
             * @description Role of members single sign-on creates
             * @enum {string}
             */
            defaultRole: "hiring_manager" | "procurement";
            /**
             * @description E-mail domains whose users sign in through this provider: not free-mail domains, not another organisation's, and each the domain of a verified address of one of the organisation's admins
             * @example [
             *       "example.nl"
             *     ]
             */
            domains: string[];
            /**
             * @description The OpenID Connect issuer; its discovery document is read when saving
             * @example https://login.example.nl/realms/staff
             */
            issuer: string;
        };
        SsoSettingsView: {
            clientId: string | null;
            /** @enum {string|null} */
            defaultRole: "hiring_manager" | "procurement" | null;
            domains: string[];
            /** @description Whether single sign-on is switched on */
            enabled: boolean;
            issuer: string | null;
            /** @description When the settings last changed */
            updatedAt: string | null;
        };
        StreamTokenView: {
            /** Format: date-time */
            expiresAt: string;
            /** @description Pass as ?token= to GET /notifications/stream; good for one stream, for a minute */
            token: string;
        };
        TerminateContractDto: {
            reason: string;
        };
        TokensView: {
            accessToken: string;
            /** @description Seconds until the access token expires */
            expiresIn: number;
            /** @description For API clients (sign-in, registration, and a refresh that sent refreshToken in the body). A refresh through the session cookie leaves it out: the browser keeps it in the cookie. */
            refreshToken?: string;
            user: components["schemas"]["UserView"];
        };
        UnsubscribedView: {
            /** @enum {string} */
            email: "off";
            kind: string;
            preference: components["schemas"]["KindPreferenceView"];
        };
        UpdateAssignmentDto: {
            /** @enum {string} */
            assignmentKind?: "turnaround" | "restructuring" | "recovery" | "crisis_management" | "bridging_vacancy" | "change_programme" | "interim_ceo" | "interim_cfo" | "interim_coo" | "interim_cio" | "interim_hr" | "project_programme_management";
            description?: string;
            /**
             * Format: date
             * @example 2030-09-01
             */
            endDate?: string;
            hoursPerWeek?: number;
            /**
             * @description ISO 639-1 codes
             * @example [
             *       "nl",
             *       "en"
             *     ]
             */
            languages?: string[];
            location?: components["schemas"]["AssignmentLocationDto"];
            /** @description Whole euros per day */
            maxDayRate?: number;
            /** @description Percentage of remote work */
            remoteShare?: number;
            requiredSkills?: components["schemas"]["RequiredSkillDto"][];
            /** @enum {string} */
            sector?: "government" | "healthcare" | "education" | "financial_services" | "energy_utilities" | "manufacturing" | "logistics" | "retail" | "technology" | "housing" | "construction" | "agriculture_food" | "telecom_media" | "non_profit" | "professional_services";
            /**
             * Format: date
             * @example 2030-03-01
             */
            startDate?: string;
            /** @example Interim CFO for a turnaround */
            title?: string;
        };
        UpdateContractDto: {
            dayRate?: number;
            /** @description The self-employment (DBA) check */
            dbaCheck?: components["schemas"]["DbaCheckDto"];
            /** @example 2026-09-30 */
            endDate?: string;
            /**
             * @default direct
             * @enum {string}
             */
            form: "direct" | "mediation" | "intermediary";
            hoursPerWeek?: number;
            /** @description Model agreement reference; defaults to the Belastingdienst model "geen werkgeversgezag" for direct agreements */
            modelAgreementRef?: string | null;
            noticePeriodDays?: number | null;
            placeOfWork?: string | null;
            /** @description Required from procurement when the day rate is above the rate card */
            rateJustification?: string;
            /** @enum {string|null} */
            seniority?: "medior" | "senior" | "executive" | null;
            /** @example 2026-04-01 */
            startDate?: string;
            terms?: string | null;
        };
        UpdateMeDto: {
            /** @example Anna de Vries */
            displayName?: string;
            /** @enum {string} */
            locale?: "en" | "nl";
        };
        UpdateMemberRolesDto: {
            /** @description Every role the member holds afterwards (at least one) */
            roles: ("admin" | "hiring_manager" | "procurement")[];
        };
        UpdatePreferencesDto: {
            /** @description Contracts to draft, sign or accept */
            contract?: components["schemas"]["KindPreferenceDto"];
            /** @description Invitations to respond (interim managers) */
            invitation?: components["schemas"]["KindPreferenceDto"];
            /**
             * @description Language of e-mails and notifications
             * @enum {string}
             */
            locale?: "en" | "nl";
            /** @description New assignments that fit (interim managers) */
            match?: components["schemas"]["KindPreferenceDto"];
            /** @description Responses and their decisions */
            response?: components["schemas"]["KindPreferenceDto"];
            /** @description Reviews requested and received */
            review?: components["schemas"]["KindPreferenceDto"];
            /**
             * @description IANA time zone; the digest comes at 08:00 there
             * @example Europe/Amsterdam
             */
            timeZone?: string;
        };
        UserView: {
            /** @enum {string} */
            accountType: "interim" | "client";
            displayName: string;
            email: string;
            emailVerified: boolean;
            /** Format: uuid */
            id: string;
            isPlatformAdmin: boolean;
            /** @enum {string} */
            locale: "en" | "nl";
        };
        VerifyEmailDto: {
            /** @description The token from the verification link */
            token: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    CredentialsAdminController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Effective state today */
                status?: "unverified" | "verified" | "expired" | "suspended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCredentialPage"];
                };
            };
        };
    };
    CredentialsAdminController_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCredentialView"];
                };
            };
            /** @description Already suspended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CredentialsAdminController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCredentialView"];
                };
            };
            /** @description Already verified, or expired */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssignmentsController_list: {
        parameters: {
            query: {
                organisationId: string;
                page?: number;
                pageSize?: number;
                status?: "draft" | "published" | "closed" | "filled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentPageView"];
                };
            };
        };
    };
    AssignmentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssignmentDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentWriteView"];
                };
            };
        };
    };
    AssignmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"] | components["schemas"]["PublishedAssignmentView"];
                };
            };
        };
    };
    AssignmentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAssignmentDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentWriteView"];
                };
            };
        };
    };
    AssignmentsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
        };
    };
    InvitationsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteInterimDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentInvitationView"];
                };
            };
        };
    };
    MatchesController_weights: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchWeightsView"];
                };
            };
        };
    };
    MatchesController_setWeights: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MatchWeightsDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchWeightsView"];
                };
            };
        };
    };
    MatchesController_forAssignment: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentMatchView"][];
                };
            };
        };
    };
    AssignmentsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
        };
    };
    AssignmentsController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentView"];
                };
            };
        };
    };
    ResponsesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "submitted" | "shortlisted" | "rejected" | "selected" | "withdrawn";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponsePageView"];
                };
            };
        };
    };
    ResponsesController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResponseDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyResponseView"];
                };
            };
        };
    };
    SearchController_assignments: {
        parameters: {
            query?: {
                kind?: "turnaround" | "restructuring" | "recovery" | "crisis_management" | "bridging_vacancy" | "change_programme" | "interim_ceo" | "interim_cfo" | "interim_coo" | "interim_cio" | "interim_hr" | "project_programme_management";
                /** @description Comma-separated ISO 639-1 codes; any of them */
                languages?: string;
                page?: number;
                pageSize?: number;
                /** @description Free text; typo-tolerant on words of five letters or more */
                q?: string;
                /** @description true: at least half remote; false: mostly on site */
                remote?: boolean;
                sector?: "government" | "healthcare" | "education" | "financial_services" | "energy_utilities" | "manufacturing" | "logistics" | "retail" | "technology" | "housing" | "construction" | "agriculture_food" | "telecom_media" | "non_profit" | "professional_services";
                /** @description Comma-separated skill names; all must be asked for */
                skills?: string;
                /** @description Starts on or after this date (YYYY-MM-DD) */
                startAfter?: string;
                /** @description Starts on or before this date (YYYY-MM-DD) */
                startBefore?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentSearchPage"];
                };
            };
            /** @description The search engine is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensView"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountsController_logoutAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountsController_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedView"];
                };
            };
        };
    };
    AccountsController_confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensView"];
                };
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensView"];
                };
            };
        };
    };
    SsoSignInController_callback: {
        parameters: {
            query: {
                code?: string;
                error?: string;
                error_description?: string;
                error_uri?: string;
                iss?: string;
                session_state?: string;
                state: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Signed in: redirect to the web app */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    SsoSignInController_start: {
        parameters: {
            query: {
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Redirect to the organisation's identity provider */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountsController_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountsController_resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ContractsController_list: {
        parameters: {
            query?: {
                /** @description Required for client users */
                organisationId?: string;
                page?: number;
                pageSize?: number;
                status?: "draft" | "sent" | "accepted" | "active" | "completed" | "terminated" | "superseded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractPageView"];
                };
            };
        };
    };
    ContractsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContractDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractWithWarningsView"];
                };
            };
        };
    };
    ContractsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"] | components["schemas"]["ContractForInterimView"];
                };
            };
        };
    };
    ContractsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContractDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractWithWarningsView"];
                };
            };
        };
    };
    ContractsController_accept: {
        parameters: {
            query?: never;
            header: {
                "user-agent": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractForInterimView"];
                };
            };
        };
    };
    ContractsController_audit: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageView"];
                };
            };
        };
    };
    ContractsController_complete: {
        parameters: {
            query?: never;
            header: {
                "user-agent": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    ContractsController_countersign: {
        parameters: {
            query?: never;
            header: {
                "user-agent": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    ContractsController_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ContractsController_extend: {
        parameters: {
            query?: never;
            header: {
                "user-agent": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendContractDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractWithWarningsView"];
                };
            };
        };
    };
    ReviewsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewListView"];
                };
            };
        };
    };
    ReviewsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReviewDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewView"];
                };
            };
        };
    };
    ContractsController_send: {
        parameters: {
            query?: never;
            header: {
                "user-agent": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    ContractsController_terminate: {
        parameters: {
            query?: never;
            header: {
                "user-agent": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminateContractDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractView"];
                };
            };
        };
    };
    ContractsController_exportCsv: {
        parameters: {
            query: {
                organisationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DevMailboxController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MailboxPageView"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProfilesController_getForClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientProfileView"];
                };
            };
        };
    };
    PersonalDataController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProfilesController_putAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutAvailabilityDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailabilityView"];
                };
            };
        };
    };
    PersonalDataController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        exportedAt?: string;
                        format?: string;
                        /** Format: uuid */
                        subjectId?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    MatchesController_forMe: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterimMatchPage"];
                };
            };
        };
    };
    ProfilesController_getOwn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnProfileView"];
                };
            };
        };
    };
    ProfilesController_putProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutProfileDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedProfileView"];
                };
            };
        };
    };
    ProfileViewsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfileViewPage"];
                };
            };
        };
    };
    ResponsesController_mine: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "submitted" | "shortlisted" | "rejected" | "selected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyResponsePageView"];
                };
            };
        };
    };
    SearchController_interims: {
        parameters: {
            query?: {
                /** @description Available on or before this date (YYYY-MM-DD) */
                availableFrom?: string;
                /** @description Holds this credential, verified and valid */
                credential?: "RQIM" | "CEIM" | "other";
                kind?: "turnaround" | "restructuring" | "recovery" | "crisis_management" | "bridging_vacancy" | "change_programme" | "interim_ceo" | "interim_cfo" | "interim_coo" | "interim_cio" | "interim_hr" | "project_programme_management";
                /** @description Comma-separated ISO 639-1 codes; all must be spoken */
                languages?: string;
                /** @description Whole euros per day: the interim’s minimum rate is at most this */
                maxDayRate?: number;
                page?: number;
                pageSize?: number;
                /** @description Free text; typo-tolerant on words of five letters or more */
                q?: string;
                remotePreference?: "remote" | "hybrid" | "onsite";
                sector?: "government" | "healthcare" | "education" | "financial_services" | "energy_utilities" | "manufacturing" | "logistics" | "retail" | "technology" | "housing" | "construction" | "agriculture_food" | "telecom_media" | "non_profit" | "professional_services";
                /** @description Comma-separated skill names (English or Dutch, synonyms allowed); all must be present */
                skills?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterimSearchPage"];
                };
            };
            /** @description The search engine is unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganisationsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationView"];
                };
            };
        };
    };
    OrganisationsController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
        };
    };
    AccountDataController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountsController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
        };
    };
    AccountDataController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        exportedAt?: string;
                        format?: string;
                        /** Format: uuid */
                        subjectId?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    PreferencesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
        };
    };
    PreferencesController_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePreferencesDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferencesView"];
                };
            };
        };
    };
    AccountsController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AccountsController_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionListView"];
                };
            };
        };
    };
    AccountsController_endSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description true: only unread; false: only read; absent: all */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageView"];
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadView"];
                };
            };
        };
    };
    NotificationsController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAllView"];
                };
            };
        };
    };
    NotificationStreamController_stream: {
        parameters: {
            query?: {
                /** @description One-time token from POST /notifications/stream-token */
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotificationsController_streamToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StreamTokenView"];
                };
            };
        };
    };
    UnsubscribeController_confirm: {
        parameters: {
            query: {
                /** @description The signed token from the e-mail link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description HTML confirmation page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UnsubscribeController_oneClick: {
        parameters: {
            query: {
                /** @description The signed token from the e-mail link */
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsubscribedView"];
                };
            };
        };
    };
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationView"];
                };
            };
        };
    };
    RateCardsController_getDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetailsView"];
                };
            };
        };
    };
    RateCardsController_putDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutContractDetailsDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractDetailsView"];
                };
            };
        };
    };
    MembersController_invitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingInvitationView"][];
                };
            };
        };
    };
    OrganisationsController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvitationDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationView"];
                };
            };
        };
    };
    MembersController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MembersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"][];
                };
            };
        };
    };
    MembersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MembersController_changeRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberRolesDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberView"];
                };
            };
        };
    };
    RateCardsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateCardView"];
                };
            };
        };
    };
    RateCardsController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutRateCardDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateCardView"];
                };
            };
        };
    };
    ReputationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientReputationView"];
                };
            };
        };
    };
    SsoSettingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoSettingsView"];
                };
            };
        };
    };
    SsoSettingsController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SsoSettingsDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoSettingsView"];
                };
            };
        };
    };
    SsoSettingsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RateCardsController_flags: {
        parameters: {
            query: {
                organisationId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateFlagsView"];
                };
            };
        };
    };
    ResponsesController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectResponseDto"];
            };
        };
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseForProcurementView"] | components["schemas"]["ResponseForHiringManagerView"];
                };
            };
        };
    };
    ResponsesController_select: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseForProcurementView"] | components["schemas"]["ResponseForHiringManagerView"];
                };
            };
        };
    };
    ResponsesController_shortlist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseForProcurementView"] | components["schemas"]["ResponseForHiringManagerView"];
                };
            };
        };
    };
    ResponsesController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyResponseView"];
                };
            };
        };
    };
    SkillsController_resolve: {
        parameters: {
            query: {
                locale?: "en" | "nl";
                /** @description Repeat the parameter: names=a&names=b */
                names: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResolvedSkillsView"];
                };
            };
        };
    };
    SkillsController_suggest: {
        parameters: {
            query: {
                limit?: number;
                /** @description Label language; default the caller's */
                locale?: "en" | "nl";
                /** @description What the user typed so far */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillSuggestionsView"];
                };
            };
        };
    };
    TaxonomyController_assignmentKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueView"];
                };
            };
        };
    };
    TaxonomyController_sectors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Refused: see `code` */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description Server error */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueView"];
                };
            };
        };
    };
}
