import { Global, Module } from '@nestjs/common';
import { RespondentFacts } from '@gilde/assignments';
import { UserDirectory } from '@gilde/identity';
import { ProfilesCoreModule } from '@gilde/profiles';
import { StoredMatches } from '../matches/stored-matches.reader';
import { MatchedRespondentFacts } from './matched-respondent-facts';

/**
 * Supplies the assignments API with what it shows about respondents. Global because
 * assignments cannot import this library (it depends on assignments); the API app imports it
 * once.
 */
@Global()
@Module({
  imports: [ProfilesCoreModule],
  providers: [
    StoredMatches,
    UserDirectory,
    { provide: RespondentFacts, useClass: MatchedRespondentFacts },
  ],
  exports: [RespondentFacts],
})
export class RespondentFactsModule {}
