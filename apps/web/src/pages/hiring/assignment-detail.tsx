import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { errorMessage, SelectField, TextAreaField } from '../../components/forms';
import { Icon } from '../../components/icons';
import { AssignmentStatus, ResponseStatus } from '../../components/status';
import {
  Avatar,
  Badge,
  Dialog,
  EmptyState,
  PageHeader,
  QueryView,
  Score,
  useTitle,
  useToast,
} from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useAssignmentKinds, useSectors } from '../../lib/catalogue';
import { CompareView } from './compare-view';
import { MatchesTab, useMatches } from './matches-tab';
import { proposedRate } from '../../lib/responses';
import { queryKeys, useAssignment } from '../../api/queries';

type Assignment = Schemas['AssignmentView'];
type Response = Schemas['ResponsePageView']['items'][number];
type RejectionReason = Schemas['RejectResponseDto']['reason'];
const REJECTION_REASONS: RejectionReason[] = [
  'experience_mismatch',
  'availability',
  'rate',
  'other_candidate_selected',
  'assignment_cancelled',
  'other',
];
export const MAX_COMPARE = 3;

export function useResponses(id: string, enabled = true) {
  return useQuery({
    queryKey: ['responses', id],
    queryFn: () =>
      call(
        api.GET('/api/v1/assignments/{id}/responses', {
          params: { path: { id }, query: { pageSize: 100 } },
        }),
      ),
    enabled,
  });
}

/**
 * The candidates picked for comparison, mirrored in the URL (?compare=a,b) so a comparison can be
 * shared. Kept in state too: router navigations run as transitions, and a controlled checkbox must
 * reflect the click at once.
 */
export function useCompareSelection() {
  const [params, setParams] = useSearchParams();
  const [selected, setSelected] = useState<string[]>(() =>
    (params.get('compare') ?? '').split(',').filter(Boolean),
  );
  const toggle = (interimId: string) => {
    const next = selected.includes(interimId)
      ? selected.filter((x) => x !== interimId)
      : [...selected, interimId].slice(-MAX_COMPARE);
    setSelected(next);
    const copy = new URLSearchParams(params);
    if (next.length) copy.set('compare', next.join(','));
    else copy.delete('compare');
    setParams(copy, { replace: true });
  };
  return { selected, toggle };
}

export function AssignmentDetailPage() {
  const { id = '' } = useParams();
  const query = useAssignment(id);
  return <QueryView query={query}>{(a) => <AssignmentDetail assignment={a} />}</QueryView>;
}

function AssignmentDetail({ assignment: a }: { assignment: Assignment }) {
  const { t } = useI18n();
  useTitle(a.title);
  const { hasRole } = useSession();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? (a.status === 'draft' ? 'overview' : 'matches');
  const kinds = useAssignmentKinds();
  const sectors = useSectors();
  const queryClient = useQueryClient();
  const toast = useToast();
  const responses = useResponses(a.id, a.status !== 'draft');
  const matches = useMatches(a.id, a.status !== 'draft', a.status === 'published');
  const compare = useCompareSelection();
  const isHiringManager = hasRole('hiring_manager');

  const transition = useMutation({
    mutationFn: (action: 'publish' | 'close' | 'reopen') => {
      const path = { params: { path: { id: a.id } } };
      if (action === 'publish') return call(api.POST('/api/v1/assignments/{id}/publish', path));
      if (action === 'close') return call(api.POST('/api/v1/assignments/{id}/close', path));
      return call(api.POST('/api/v1/assignments/{id}/reopen', path));
    },
    onSuccess: (updated, action) => {
      queryClient.setQueryData(queryKeys.assignment(a.id), updated);
      void queryClient.invalidateQueries({ queryKey: queryKeys.assignments.all });
      toast({ title: t.assignment.transitioned[action] });
    },
    onError: (err) =>
      toast({ title: t.errors.couldNotSave, body: errorMessage(err, t), tone: 'danger' }),
  });

  const setTab = (next: string) => {
    const copy = new URLSearchParams(params);
    copy.set('tab', next);
    setParams(copy, { replace: true });
  };
  const responseItems = responses.data?.items ?? [];
  const tabs: { key: string; label: string; count?: number }[] = [
    { key: 'overview', label: t.assignment.tabs.overview },
    ...(a.status !== 'draft'
      ? [
          { key: 'matches', label: t.assignment.tabs.matches, count: matches.data?.length },
          { key: 'responses', label: t.assignment.tabs.responses, count: responses.data?.total },
          { key: 'compare', label: t.assignment.tabs.compare, count: compare.selected.length },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        back={{ to: '/assignments', label: t.nav.assignments }}
        eyebrow={[kinds.label(a.assignmentKind), sectors.label(a.sector)]
          .filter((x) => x !== '—')
          .join(' · ')}
        title={
          <span className="row gap-3">
            {a.title} <AssignmentStatus status={a.status} />
          </span>
        }
        actions={
          isHiringManager ? (
            <>
              {a.status !== 'filled' ? (
                <Link className="btn btn-secondary" to={`/assignments/${a.id}/edit`}>
                  <Icon name="pen" width={16} height={16} /> {t.common.edit}
                </Link>
              ) : null}
              {a.status === 'draft' ? (
                <button
                  className="btn btn-primary"
                  type="button"
                  onClick={() => transition.mutate('publish')}
                  disabled={transition.isPending}
                >
                  <Icon name="send" width={16} height={16} /> {t.assignment.publish}
                </button>
              ) : null}
              {a.status === 'published' ? (
                <button
                  className="btn btn-secondary"
                  type="button"
                  onClick={() => transition.mutate('close')}
                  disabled={transition.isPending}
                >
                  {t.assignment.close}
                </button>
              ) : null}
              {a.status === 'closed' ? (
                <button
                  className="btn btn-secondary"
                  type="button"
                  onClick={() => transition.mutate('reopen')}
                  disabled={transition.isPending}
                >
                  {t.assignment.reopen}
                </button>
              ) : null}
            </>
          ) : null
        }
      />
      <div className="tabs" role="tablist" aria-label={t.assignment.tabs.label}>
        {tabs.map((x) => (
          <button
            key={x.key}
            id={`tab-${x.key}`}
            type="button"
            role="tab"
            className="tab"
            aria-selected={tab === x.key}
            aria-controls={`panel-${x.key}`}
            onClick={() => setTab(x.key)}
          >
            {x.label}
            {x.count !== undefined ? <span className="count">{x.count}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'overview' ? <Overview assignment={a} /> : null}
        {tab === 'matches' ? (
          <MatchesTab
            assignment={a}
            matches={matches}
            compare={compare}
            canInvite={isHiringManager}
          />
        ) : null}
        {tab === 'responses' ? (
          <QueryView query={responses}>
            {(page) => (
              <ResponsesList
                assignment={a}
                responses={page.items}
                compare={compare}
                canDecide={isHiringManager}
              />
            )}
          </QueryView>
        ) : null}
        {tab === 'compare' ? (
          <CompareView
            assignment={a}
            interimIds={compare.selected}
            responses={responseItems}
            matches={matches.data ?? []}
            onRemove={compare.toggle}
          />
        ) : null}
      </div>
    </>
  );
}

function Fact({
  icon,
  label,
  children,
}: {
  icon: Parameters<typeof Icon>[0]['name'];
  label: string;
  children: ReactNode;
}) {
  return (
    <div className="row top nowrap">
      <span
        className="empty-icon"
        style={{ width: 36, height: 36, margin: 0, borderRadius: 10 }}
        aria-hidden="true"
      >
        <Icon name={icon} width={18} height={18} />
      </span>
      <div>
        <div className="small muted">{label}</div>
        <div style={{ fontWeight: 600 }}>{children}</div>
      </div>
    </div>
  );
}

function Overview({ assignment: a }: { assignment: Assignment }) {
  const { t, date, money } = useI18n();
  return (
    <div className="layout-aside">
      <div className="stack">
        <section className="card card-body stack-sm" aria-labelledby="desc-heading">
          <h2 id="desc-heading" className="text-md">
            {t.assignment.fields.description}
          </h2>
          {a.description ? (
            <p className="pre-line">{a.description}</p>
          ) : (
            <p className="muted">{t.assignment.noDescription}</p>
          )}
        </section>
        <section className="card card-body stack-sm" aria-labelledby="skills-heading">
          <h2 id="skills-heading" className="text-md">
            {t.assignment.sections.skills}
          </h2>
          <SkillTags skills={a.requiredSkills} />
        </section>
      </div>
      <aside className="card card-body stack">
        <Fact icon="calendar" label={t.assignment.period}>
          {date(a.startDate)} – {date(a.endDate)}
        </Fact>
        <Fact icon="clock" label={t.assignment.fields.hours}>
          {a.hoursPerWeek ? t.common.hoursPerWeek(a.hoursPerWeek) : '—'}
        </Fact>
        <Fact icon="pin" label={t.assignment.location}>
          {[a.location.city, a.location.country].filter(Boolean).join(', ') || '—'} ·{' '}
          {t.assignment.remotePct(a.remoteShare)}
        </Fact>
        <Fact icon="globe" label={t.assignment.fields.languages}>
          {a.languages.map((l) => t.languageNames[l] ?? l).join(', ') || '—'}
        </Fact>
        <Fact icon="euro" label={t.assignment.fields.maxDayRate}>
          {money(a.maxDayRate)}
        </Fact>
        {a.budgetChanges.length ? (
          <div className="stack-sm">
            <p className="small muted">{t.assignment.budgetHistory}</p>
            <ul className="small subtle">
              {a.budgetChanges.map((c) => (
                <li key={c.at}>
                  {date(c.at)}:{' '}
                  {t.assignment.budgetChange(
                    money(c.fromMaxDayRate),
                    money(c.toMaxDayRate),
                    c.changedByName ?? '—',
                  )}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {a.publishedAt ? (
          <p className="small subtle">{t.assignment.publishedOn(date(a.publishedAt))}</p>
        ) : null}
      </aside>
    </div>
  );
}

export function SkillTags({
  skills,
}: {
  skills: { name: string; weight: number; mustHave: boolean }[];
}) {
  const { t } = useI18n();
  if (!skills.length) return <p className="muted">{t.assignment.noSkills}</p>;
  return (
    <ul className="tag-list plain-list">
      {skills.map((s) => (
        <li key={s.name} className={`tag ${s.mustHave ? 'must' : ''}`}>
          {s.name}
          <span className="subtle small" aria-label={t.assignment.weightLabel(s.weight)}>
            {'●'.repeat(s.weight)}
          </span>
          {s.mustHave ? <span className="visually-hidden">({t.assignment.must})</span> : null}
        </li>
      ))}
    </ul>
  );
}

function ResponsesList({
  assignment,
  responses,
  compare,
  canDecide,
}: {
  assignment: Assignment;
  responses: Response[];
  compare: ReturnType<typeof useCompareSelection>;
  canDecide: boolean;
}) {
  const { t, date, money } = useI18n();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [rejecting, setRejecting] = useState<Response | null>(null);
  const [selecting, setSelecting] = useState<Response | null>(null);
  const [filter, setFilter] = useState<string>('active');

  const decide = useMutation({
    mutationFn: async (
      input:
        | { response: Response; action: 'shortlist' | 'select' }
        | { response: Response; action: 'reject'; reason: RejectionReason; note?: string },
    ) => {
      const path = { params: { path: { id: input.response.id } } };
      if (input.action === 'reject')
        return call(
          api.POST('/api/v1/responses/{id}/reject', {
            ...path,
            body: { reason: input.reason, ...(input.note ? { note: input.note } : {}) },
          }),
        );
      if (input.action === 'shortlist')
        return call(api.POST('/api/v1/responses/{id}/shortlist', path));
      return call(api.POST('/api/v1/responses/{id}/select', path));
    },
    onSuccess: (_r, input) => {
      void queryClient.invalidateQueries({ queryKey: ['responses', assignment.id] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.assignment(assignment.id) });
      toast({ title: t.responses.decided[input.action](input.response.interim.displayName) });
      setRejecting(null);
      setSelecting(null);
    },
    onError: (err) =>
      toast({ title: t.errors.couldNotSave, body: errorMessage(err, t), tone: 'danger' }),
  });

  const active = responses.filter(
    (r) => r.status === 'submitted' || r.status === 'shortlisted' || r.status === 'selected',
  );
  const shown = filter === 'active' ? active : responses;
  const hasSelected = responses.some((r) => r.status === 'selected');

  if (!responses.length)
    return (
      <div className="card">
        <EmptyState icon="inbox" title={t.responses.emptyTitle}>
          {t.responses.emptyBody}
        </EmptyState>
      </div>
    );

  return (
    <div className="stack">
      <div className="row between">
        <div
          className="tabs"
          role="group"
          aria-label={t.dashboard.filter}
          style={{ marginBottom: 0, borderBottom: 'none' }}
        >
          <button
            type="button"
            className="tab"
            aria-pressed={filter === 'active'}
            onClick={() => setFilter('active')}
          >
            {t.responses.inPlay} <span className="count">{active.length}</span>
          </button>
          <button
            type="button"
            className="tab"
            aria-pressed={filter === 'all'}
            onClick={() => setFilter('all')}
          >
            {t.common.all} <span className="count">{responses.length}</span>
          </button>
        </div>
        <span className="small muted">{t.responses.compareHint(MAX_COMPARE)}</span>
      </div>
      {shown.map((r) => (
        <article className="card" key={r.id} aria-labelledby={`resp-${r.id}`}>
          <div className="card-body stack">
            <div className="row between top">
              <div className="row top nowrap">
                <Avatar name={r.interim.displayName} />
                <div>
                  <h3 id={`resp-${r.id}`} className="text-md">
                    <Link to={`/candidates/${r.interim.id}?assignment=${assignment.id}`}>
                      {r.interim.displayName}
                    </Link>
                  </h3>
                  <div className="small muted">{r.interim.headline ?? t.responses.noHeadline}</div>
                </div>
              </div>
              <div className="row">
                <ResponseStatus status={r.status} />
                <label className="checkbox small">
                  <input
                    type="checkbox"
                    checked={compare.selected.includes(r.interim.id)}
                    onChange={() => compare.toggle(r.interim.id)}
                  />
                  {t.responses.compare}
                </label>
              </div>
            </div>
            <div className="grid-3">
              <div>
                <div className="small muted">{t.responses.matchScore}</div>
                {r.matchScore !== null ? (
                  <Score value={r.matchScore} label={t.responses.matchScore} />
                ) : (
                  <span className="subtle">{t.responses.notScored}</span>
                )}
              </div>
              <div>
                <div className="small muted">{t.responses.availableFrom}</div>
                <strong>{date(r.availableFrom)}</strong>
              </div>
              <div>
                <div className="small muted">{t.responses.rate}</div>
                {proposedRate(r) !== null ? <strong>{money(proposedRate(r))} </strong> : null}
                {r.withinBudget === null ? null : r.withinBudget ? (
                  <Badge tone="success">{t.responses.withinBudget}</Badge>
                ) : (
                  <Badge tone="warning">{t.responses.overBudget}</Badge>
                )}
              </div>
            </div>
            <blockquote
              className="muted"
              style={{
                margin: 0,
                paddingLeft: 12,
                borderLeft: '3px solid var(--border-strong)',
                whiteSpace: 'pre-line',
              }}
            >
              {r.motivation}
            </blockquote>
            {r.status === 'rejected' && r.rejectionReason ? (
              <p className="small muted">
                {t.responses.rejectedBecause}: {t.rejectionReasons[r.rejectionReason]}
                {r.rejectionNote ? ` — ${r.rejectionNote}` : ''}
              </p>
            ) : null}
            {canDecide && (r.status === 'submitted' || r.status === 'shortlisted') ? (
              <div className="btn-row end">
                <button
                  type="button"
                  className="btn btn-danger-outline btn-sm"
                  onClick={() => setRejecting(r)}
                >
                  {t.responses.reject}
                </button>
                {r.status === 'submitted' ? (
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ response: r, action: 'shortlist' })}
                  >
                    {t.responses.shortlist}
                  </button>
                ) : null}
                {r.status === 'shortlisted' && !hasSelected ? (
                  <button
                    type="button"
                    className="btn btn-primary btn-sm"
                    onClick={() => setSelecting(r)}
                  >
                    <Icon name="check" width={16} height={16} /> {t.responses.select}
                  </button>
                ) : null}
              </div>
            ) : null}
          </div>
        </article>
      ))}
      <RejectDialog
        response={rejecting}
        busy={decide.isPending}
        onClose={() => setRejecting(null)}
        onConfirm={(reason, note) =>
          rejecting && decide.mutate({ response: rejecting, action: 'reject', reason, note })
        }
      />
      <Dialog
        open={selecting !== null}
        onClose={() => setSelecting(null)}
        title={t.responses.selectTitle(selecting?.interim.displayName ?? '')}
        footer={
          <>
            <button type="button" className="btn btn-secondary" onClick={() => setSelecting(null)}>
              {t.common.cancel}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={decide.isPending}
              onClick={() => selecting && decide.mutate({ response: selecting, action: 'select' })}
            >
              {t.responses.select}
            </button>
          </>
        }
      >
        <p>{t.responses.selectBody}</p>
      </Dialog>
    </div>
  );
}

function RejectDialog({
  response,
  busy,
  onClose,
  onConfirm,
}: {
  response: Response | null;
  busy: boolean;
  onClose: () => void;
  onConfirm: (reason: RejectionReason, note?: string) => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState<RejectionReason>('experience_mismatch');
  const [note, setNote] = useState('');
  return (
    <Dialog
      open={response !== null}
      onClose={onClose}
      title={t.responses.rejectTitle(response?.interim.displayName ?? '')}
      footer={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t.common.cancel}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={busy}
            onClick={() => onConfirm(reason, note.trim() || undefined)}
          >
            {t.responses.reject}
          </button>
        </>
      }
    >
      <div className="form">
        <p className="muted">{t.responses.rejectLead}</p>
        <SelectField
          label={t.responses.reason}
          value={reason}
          onChange={(e) => setReason(e.target.value as RejectionReason)}
          options={REJECTION_REASONS.map((r) => ({ value: r, label: t.rejectionReasons[r] }))}
        />
        <TextAreaField
          label={t.responses.note}
          optional
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
    </Dialog>
  );
}
