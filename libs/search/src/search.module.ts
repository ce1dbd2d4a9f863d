import { Module } from '@nestjs/common';
import { AssignmentsCoreModule } from '@gilde/assignments';
import { ProfileBrowsingModule, ProfilesCoreModule } from '@gilde/profiles';
import { TaxonomyModule } from '@gilde/taxonomy';
import { SearchController } from './api/search.controller';
import { SearchService } from './api/search.service';
import { SearchDocumentSource } from './indexing/search-document.source';
import { SearchIndexHandler } from './indexing/search-index.handler';
import { SearchIndexerService } from './indexing/search-indexer.service';
import { SearchReconcileHandler } from './indexing/search-reconcile.handler';
import { SearchSchedulesService } from './indexing/search-schedules.service';
import { SEARCH_ENGINE } from './search-engine';
import { SearchEnginePreparer, searchEngineProvider } from './search-engine.factory';

/** The configured engine, the document projection and the indexer; no HTTP, no jobs. */
@Module({
  imports: [ProfilesCoreModule, AssignmentsCoreModule, TaxonomyModule],
  providers: [
    searchEngineProvider,
    SearchEnginePreparer,
    SearchDocumentSource,
    SearchIndexerService,
  ],
  exports: [SEARCH_ENGINE, SearchDocumentSource, SearchIndexerService],
})
export class SearchCoreModule {}

/** GET /interims/search and GET /assignments/search. */
@Module({
  imports: [
    SearchCoreModule,
    ProfilesCoreModule,
    ProfileBrowsingModule,
    AssignmentsCoreModule,
    TaxonomyModule,
  ],
  controllers: [SearchController],
  providers: [SearchService],
  exports: [SearchCoreModule],
})
export class SearchModule {}

/** The 'search-index' queue's handlers and the reconciler's schedule, for the worker. */
@Module({
  imports: [SearchCoreModule],
  providers: [SearchIndexHandler, SearchReconcileHandler, SearchSchedulesService],
})
export class SearchWorkerModule {}
