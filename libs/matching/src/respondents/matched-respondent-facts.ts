import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RespondentFact, RespondentFacts } from '@gilde/assignments';
import { UserDirectory } from '@gilde/identity';
import { ProfilesReader } from '@gilde/profiles';
import { StoredMatches } from '../matches/stored-matches.reader';

/** Respondents' headlines from their profiles and their scores from the stored matches. */
@Injectable()
export class MatchedRespondentFacts extends RespondentFacts {
  constructor(
    private readonly profiles: ProfilesReader,
    private readonly matches: StoredMatches,
    private readonly directory: UserDirectory,
  ) {
    super();
  }

  async describe(
    pairs: { assignmentId: string; interimId: string }[],
    manager?: EntityManager,
  ): Promise<Map<string, RespondentFact>> {
    const [profiles, matches] = await Promise.all([
      this.profiles.getMany([...new Set(pairs.map((p) => p.interimId))], manager),
      this.matches.byPairs(pairs, manager),
    ]);
    const headlines = new Map(profiles.map((p) => [p.interimId, p.headline]));
    return new Map(
      pairs.map((p) => {
        const key = `${p.assignmentId}:${p.interimId}`;
        const fact = {
          headline: headlines.get(p.interimId) ?? null,
          matchScore: matches.get(key)?.score ?? null,
        };
        return [key, fact];
      }),
    );
  }

  async invitable(interimId: string, manager?: EntityManager): Promise<boolean> {
    const [person, profile] = await Promise.all([
      this.directory.contacts([interimId], manager).then((c) => c.get(interimId)),
      this.profiles.get(interimId, manager),
    ]);
    return (
      person?.accountType === 'interim' &&
      !person.erased &&
      profile !== null &&
      profile.visibility !== 'hidden'
    );
  }
}
