import { useState } from 'react';
import type { Schemas } from '../../../api/client';
import type { useMatches } from '../../../api/queries';
import { EmptyState, Loading } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { MatchView } from '../../../lib/matches';
import { InviteDialog } from './invite-dialog';
import { MatchCard } from './match-card';
import type { CompareSelection } from './use-compare-selection';
import { useInvite } from './use-invite';

/** The assignment's ranked matches; the hiring manager invites from here while it is published. */
export function MatchesTab({
  assignment,
  matches,
  compare,
  canInvite,
}: {
  assignment: Schemas['AssignmentView'];
  matches: ReturnType<typeof useMatches>;
  compare: CompareSelection;
  canInvite: boolean;
}) {
  const { t } = useI18n();
  const [inviting, setInviting] = useState<MatchView | null>(null);
  const [message, setMessage] = useState('');
  const [invited, setInvited] = useState<Set<string>>(new Set());
  const invite = useInvite(assignment.id, (m) => {
    setInvited((s) => new Set(s).add(m.interim.id));
    setInviting(null);
    setMessage('');
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

  const mayInvite = canInvite && assignment.status === 'published';
  return (
    <div className="stack">
      <p className="small muted">{t.matches.lead}</p>
      <ol className="stack plain-list">
        {items.map((m, i) => (
          <MatchCard
            key={m.interim.id}
            assignmentId={assignment.id}
            match={m}
            rank={m.rank ?? i + 1}
            compared={compare.selected.includes(m.interim.id)}
            onToggleCompare={() => compare.toggle(m.interim.id)}
            invite={
              mayInvite ? { done: invited.has(m.interim.id), start: () => setInviting(m) } : null
            }
          />
        ))}
      </ol>
      <InviteDialog
        match={inviting}
        message={message}
        onMessage={setMessage}
        busy={invite.isPending}
        onClose={() => setInviting(null)}
        onConfirm={() => inviting && invite.mutate({ match: inviting, message })}
      />
    </div>
  );
}
