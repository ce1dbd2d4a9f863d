import { useI18n } from '../i18n/i18n';
import { SCORE_COMPONENTS } from '../lib/matches';
import type { MatchView } from '../lib/matches';
import { ScoreBar } from './ui';

/** A match score's components as small bars, in the fixed order; price is never one of them. */
export function Breakdown({ breakdown }: { breakdown: Partial<MatchView['breakdown']> }) {
  const { t } = useI18n();
  return (
    <div className="breakdown">
      {SCORE_COMPONENTS.map((c) => {
        const value = breakdown[c];
        if (value === undefined) return null;
        return (
          <div className="breakdown-row" key={c}>
            <span>{t.matches.components[c]}</span>
            <ScoreBar value={value} small label={t.matches.components[c]} />
            <span className="tabular num text-right">{Math.round(value)}</span>
          </div>
        );
      })}
    </div>
  );
}
