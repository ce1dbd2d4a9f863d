import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { Schemas } from '../../api/client';
import { errorMessage, TextAreaField } from '../../components/forms';
import { Icon } from '../../components/icons';
import { Badge, Dialog, EmptyState, Loading, ScoreBar, useToast } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useSectors } from '../../lib/catalogue';
import { useMatches } from '../../api/queries';
import { SCORE_COMPONENTS } from '../../lib/matches';
import type { MatchView } from '../../lib/matches';

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

export function Explanation({ match }: { match: { explanation: string[] } }) {
  const lines = match.explanation;
  if (!lines.length) return null;
  return (
    <ul className="explanations">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

export function MatchesTab({
  assignment,
  matches,
  compare,
  canInvite,
}: {
  assignment: Schemas['AssignmentView'];
  matches: ReturnType<typeof useMatches>;
  compare: { selected: string[]; toggle(id: string): void };
  canInvite: boolean;
}) {
  const { t, date } = useI18n();
  const sectors = useSectors();
  const toast = useToast();
  const [inviting, setInviting] = useState<MatchView | null>(null);
  const [message, setMessage] = useState('');
  const [invited, setInvited] = useState<Set<string>>(new Set());

  const invite = useMutation({
    mutationFn: (m: MatchView) =>
      call(
        api.POST('/api/v1/assignments/{id}/invitations', {
          params: { path: { id: assignment.id } },
          body: { interimId: m.interim.id, ...(message.trim() ? { message: message.trim() } : {}) },
        }),
      ),
    onSuccess: (_r, m) => {
      setInvited((s) => new Set(s).add(m.interim.id));
      toast({ title: t.matches.invited(m.interim.headline) });
      setInviting(null);
      setMessage('');
    },
    onError: (err) =>
      toast({ title: t.errors.couldNotSave, body: errorMessage(err, t), tone: 'danger' }),
  });

  if (matches.isPending) return <Loading label={t.matches.loading} />;
  const items = matches.data ?? [];
  if (!items.length)
    return (
      <div className="card">
        <EmptyState icon="sparkle" title={t.matches.emptyTitle}>
          {assignment.status === 'published' ? t.matches.emptyBody : t.matches.notPublished}
        </EmptyState>
      </div>
    );

  return (
    <div className="stack">
      <p className="small muted">{t.matches.lead}</p>
      <ol className="stack plain-list">
        {items.map((m, i) => {
          const name = m.interim.headline || t.matches.anonymous;
          return (
            <li className="card" key={m.interim.id}>
              <article className="card-body stack" aria-labelledby={`match-${m.interim.id}`}>
                <div className="row between top">
                  <div className="row top nowrap">
                    <span className="rank" aria-label={t.matches.rank(m.rank ?? i + 1)}>
                      {m.rank ?? i + 1}
                    </span>
                    <div>
                      <h3 id={`match-${m.interim.id}`} className="text-md">
                        <Link to={`/candidates/${m.interim.id}?assignment=${assignment.id}`}>
                          {name}
                        </Link>
                      </h3>
                      <div className="small muted">
                        {[
                          m.interim.city,
                          m.interim.availableFrom
                            ? `${t.responses.availableFrom} ${date(m.interim.availableFrom)}`
                            : null,
                          m.interim.sectors.map((s) => sectors.label(s)).join(', '),
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </div>
                    </div>
                  </div>
                  <div className="row">
                    {m.rateWithinBudget ? (
                      <Badge tone="success">{t.responses.withinBudget}</Badge>
                    ) : (
                      <Badge tone="warning">{t.matches.ratePartlyAbove}</Badge>
                    )}
                  </div>
                </div>
                <div className="grid-2">
                  <div className="stack-sm">
                    <div className="row between">
                      <span className="small muted">{t.matches.score}</span>
                    </div>
                    <div className="score">
                      <span className="score-value lg">{Math.round(m.score)}</span>
                      <ScoreBar value={m.score} label={t.matches.scoreOf(name)} />
                    </div>
                    <Breakdown breakdown={m.breakdown} />
                  </div>
                  <div className="stack-sm">
                    <span className="small muted">{t.matches.why}</span>
                    <Explanation match={m} />
                  </div>
                </div>
                <div className="btn-row end">
                  <label className="checkbox small">
                    <input
                      type="checkbox"
                      checked={compare.selected.includes(m.interim.id)}
                      onChange={() => compare.toggle(m.interim.id)}
                    />
                    {t.responses.compare}
                  </label>
                  {canInvite && assignment.status === 'published' ? (
                    invited.has(m.interim.id) ? (
                      <Badge tone="brand">{t.matches.invitedBadge}</Badge>
                    ) : (
                      <button
                        type="button"
                        className="btn btn-primary btn-sm"
                        onClick={() => setInviting(m)}
                      >
                        <Icon name="send" width={16} height={16} /> {t.matches.invite}
                      </button>
                    )
                  ) : null}
                </div>
              </article>
            </li>
          );
        })}
      </ol>
      <Dialog
        open={inviting !== null}
        onClose={() => setInviting(null)}
        title={t.matches.inviteTitle(inviting?.interim.headline ?? '')}
        footer={
          <>
            <button type="button" className="btn btn-secondary" onClick={() => setInviting(null)}>
              {t.common.cancel}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={invite.isPending}
              onClick={() => inviting && invite.mutate(inviting)}
            >
              {t.matches.sendInvite}
            </button>
          </>
        }
      >
        <div className="form">
          <p className="muted">{t.matches.inviteLead}</p>
          <TextAreaField
            label={t.matches.message}
            optional
            rows={4}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
        </div>
      </Dialog>
    </div>
  );
}
