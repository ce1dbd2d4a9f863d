import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  AssignmentSummaries,
  AssignmentsCoreModule,
  AssignmentsForMatching,
} from '@gilde/assignments';
import { ContractsCoreModule } from '@gilde/contracts';
import { IdentityCoreModule, UserDirectory } from '@gilde/identity';
import { ProfilesCoreModule } from '@gilde/profiles';
import { SearchCoreModule } from '@gilde/search';
import { TaxonomyModule } from '@gilde/taxonomy';
import { AssignmentMatchWeights } from './entities/assignment-match-weights.entity';
import { AssignmentMatch } from './entities/assignment-match.entity';
import { InterimTrackRecord } from './entities/interim-track-record.entity';
import { MatchInputsReader } from './matches/match-inputs.reader';
import { MatchesController } from './matches/matches.controller';
import { MatchesReader } from './matches/matches.reader';
import { MatchesService } from './matches/matches.service';
import { MatchingHandler } from './matches/matching.handler';
import { MatchingService } from './matches/matching.service';
import { TrackRecordsService } from './track-records/track-records.service';

/** Scoring, stored matches and track records, without HTTP or jobs. */
@Module({
  imports: [
    TypeOrmModule.forFeature([AssignmentMatch, AssignmentMatchWeights, InterimTrackRecord]),
    AssignmentsCoreModule,
    ProfilesCoreModule,
    TaxonomyModule,
    SearchCoreModule,
    ContractsCoreModule,
  ],
  providers: [
    MatchInputsReader,
    MatchingService,
    MatchesReader,
    TrackRecordsService,
    // The owners' readers, on the shared data source.
    AssignmentSummaries,
    AssignmentsForMatching,
    UserDirectory,
  ],
  exports: [MatchingService, MatchesReader, TrackRecordsService, AssignmentsForMatching],
})
export class MatchingCoreModule {}

/** GET /assignments/:id/matches, GET /interims/me/matches, match weights. */
@Module({
  imports: [MatchingCoreModule, IdentityCoreModule, AssignmentsCoreModule, ProfilesCoreModule],
  controllers: [MatchesController],
  providers: [MatchesService],
  exports: [MatchingCoreModule],
})
export class MatchingModule {}

/** The 'matching' queue's handler, for the worker. */
@Module({
  imports: [MatchingCoreModule],
  providers: [MatchingHandler],
})
export class MatchingWorkerModule {}
