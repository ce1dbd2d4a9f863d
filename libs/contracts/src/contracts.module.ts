import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssignmentSummaries, AssignmentsCoreModule } from '@gilde/assignments';
import {
  IdentityCoreModule,
  IdentityModule,
  OrganisationDirectory,
  UserDirectory,
} from '@gilde/identity';
import { ProfilesCoreModule } from '@gilde/profiles';
import { ContractRecordsService } from './audit/contract-records.service';
import { DomainEventAuditHandler } from './audit/domain-event-audit.handler';
import { InterimErasureHandler } from './audit/interim-erasure.handler';
import { PurgedResponseAuditHandler } from './audit/purged-response-audit.handler';
import { ContractAccessService } from './contracts/contract-access.service';
import { ContractLifecycleService } from './contracts/contract-lifecycle.service';
import { ContractRulesService } from './contracts/contract-rules.service';
import { ContractsController } from './contracts/contracts.controller';
import { ContractsService } from './contracts/contracts.service';
import { ContractDocumentRenderer } from './documents/contract-document.renderer';
import { ContractDocumentsService } from './documents/contract-documents.service';
import { ContractDownloadsService } from './documents/contract-downloads.service';
import { AuditEvent } from './entities/audit-event.entity';
import { ContractAcceptance } from './entities/contract-acceptance.entity';
import { ContractDocument } from './entities/contract-document.entity';
import { Contract } from './entities/contract.entity';
import { OrganisationContractDetails } from './entities/organisation-contract-details.entity';
import { RateCardEntry } from './entities/rate-card-entry.entity';
import { Review } from './entities/review.entity';
import { RateCardsController } from './rate-cards/rate-cards.controller';
import { RateCardsService } from './rate-cards/rate-cards.service';
import { ClientReputationReader } from './reputation/client-reputation.reader';
import { ReputationController } from './reputation/reputation.controller';
import { TrackRecordSource } from './reputation/track-record.source';
import { ReviewsController } from './reviews/reviews.controller';
import { ReviewsService } from './reviews/reviews.service';

const ENTITIES = TypeOrmModule.forFeature([
  RateCardEntry,
  OrganisationContractDetails,
  Contract,
  ContractAcceptance,
  ContractDocument,
  AuditEvent,
  Review,
]);

/** What contracts reads of the libraries that own assignments, people and organisations. */
const READERS = [AssignmentSummaries, UserDirectory, OrganisationDirectory];

/** Readers other libraries use, without HTTP: track records, client reputation, rate cards. */
@Module({
  imports: [ENTITIES, IdentityCoreModule],
  providers: [...READERS, TrackRecordSource, ClientReputationReader, RateCardsService],
  exports: [...READERS, TrackRecordSource, ClientReputationReader, RateCardsService],
})
export class ContractsCoreModule {}

/** Rate cards, contracts, documents, audit trail and reviews: the procurement API. */
@Module({
  imports: [
    ENTITIES,
    IdentityModule,
    AssignmentsCoreModule,
    ProfilesCoreModule,
    ContractsCoreModule,
  ],
  controllers: [RateCardsController, ContractsController, ReviewsController, ReputationController],
  providers: [
    ContractAccessService,
    ContractRulesService,
    ContractsService,
    ContractLifecycleService,
    ContractDocumentRenderer,
    ContractDocumentsService,
    ContractDownloadsService,
    ContractRecordsService,
    ReviewsService,
  ],
  exports: [ContractsCoreModule],
})
export class ContractsModule {}

/** Job handlers: the audit trail of assignments and responses, and erasure of interims. */
@Module({
  imports: [ENTITIES, ContractsCoreModule],
  providers: [DomainEventAuditHandler, InterimErasureHandler, PurgedResponseAuditHandler],
  exports: [ContractsCoreModule],
})
export class ContractsWorkerModule {}
