import { Foundation1795771546249 } from './1795771546249-Foundation';
import { TaxonomySchema1795771957143 } from './1795771957143-TaxonomySchema';
import { TaxonomyLabelIndexes1795771960000 } from './1795771960000-TaxonomyLabelIndexes';
import { TaxonomySuggestWords1795772200000 } from './1795772200000-TaxonomySuggestWords';
import { InterimProfiles1795772250000 } from './1795772250000-InterimProfiles';
import { NotificationsPipeline1795772600000 } from './1795772600000-NotificationsPipeline';
import { Assignments1795772700000 } from './1795772700000-Assignments';
import { SearchIndex1795773000000 } from './1795773000000-SearchIndex';
import { MatchingTables1795773100000 } from './1795773100000-MatchingTables';
import { Contracts1795773200000 } from './1795773200000-Contracts';
import { AuditAppendOnly1795773200001 } from './1795773200001-AuditAppendOnly';
import { SearchIndexOrder1795773300000 } from './1795773300000-SearchIndexOrder';
import { SearchTsvectorAggregate1795773400000 } from './1795773400000-SearchTsvectorAggregate';
import { OutboxWakeUp1795773500000 } from './1795773500000-OutboxWakeUp';
import { SearchTermsTrigramGist1795773600000 } from './1795773600000-SearchTermsTrigramGist';
import { AssignmentMatchesWithoutUserKey1795773700000 } from './1795773700000-AssignmentMatchesWithoutUserKey';
import { SearchProfileFilterIndexes1795773800000 } from './1795773800000-SearchProfileFilterIndexes';
import { MatchExplanationAsJson1795773900000 } from './1795773900000-MatchExplanationAsJson';
import { ResponseRetention1795774000000 } from './1795774000000-ResponseRetention';
import { PlatformAdminGrants1795774100000 } from './1795774100000-PlatformAdminGrants';
import { AssignmentBudgetChanges1795774400000 } from './1795774400000-AssignmentBudgetChanges';
import { ProfileViews1795774500000 } from './1795774500000-ProfileViews';
import { AuditPseudonymisation1795774600000 } from './1795774600000-AuditPseudonymisation';
import { ProfileConsentChanges1795774610000 } from './1795774610000-ProfileConsentChanges';
import { Accounts1795774900000 } from './1795774900000-Accounts';
import { OrganisationSso1796672851327 } from './1796672851327-OrganisationSso';

/** Every migration, in order. New ones are appended here after `npm run migration:generate`. */
export const MIGRATIONS = [
  Foundation1795771546249,
  TaxonomySchema1795771957143,
  TaxonomyLabelIndexes1795771960000,
  TaxonomySuggestWords1795772200000,
  InterimProfiles1795772250000,
  NotificationsPipeline1795772600000,
  Assignments1795772700000,
  SearchIndex1795773000000,
  MatchingTables1795773100000,
  Contracts1795773200000,
  AuditAppendOnly1795773200001,
  SearchIndexOrder1795773300000,
  SearchTsvectorAggregate1795773400000,
  OutboxWakeUp1795773500000,
  SearchTermsTrigramGist1795773600000,
  AssignmentMatchesWithoutUserKey1795773700000,
  SearchProfileFilterIndexes1795773800000,
  MatchExplanationAsJson1795773900000,
  ResponseRetention1795774000000,
  PlatformAdminGrants1795774100000,
  AssignmentBudgetChanges1795774400000,
  ProfileViews1795774500000,
  AuditPseudonymisation1795774600000,
  ProfileConsentChanges1795774610000,
  Accounts1795774900000,
  OrganisationSso1796672851327,
];
