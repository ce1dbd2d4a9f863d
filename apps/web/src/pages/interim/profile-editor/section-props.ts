import type { Draft } from '../../../lib/profile-draft';

/** What each section of the profile form gets: the draft, a setter and the field errors. */
export interface SectionProps {
  draft: Draft;
  set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  errors: Record<string, string>;
}
