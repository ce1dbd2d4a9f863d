import type { Schemas } from '../../../api/client';
import type { MatchView } from '../../../lib/matches';
import type { Response } from '../../../lib/responses';

/** One compared candidate: what their profile, response and match say, where known. */
export interface CompareColumn {
  id: string;
  profile: Schemas['ClientProfileView'] | undefined;
  response: Response | undefined;
  match: MatchView | undefined;
}
