import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { Schemas } from '../../api/client';
import { TextAreaField, TextField, useFormErrors } from '../../components/forms';
import { Icon } from '../../components/icons';
import { AssignmentStatus, ResponseStatus } from '../../components/status';
import { Badge, PageHeader, QueryView, useTitle, useToast } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useAssignmentKinds, useSectors } from '../../lib/catalogue';
import { addDays, today } from '../../lib/dates';
import { useInterimMatch } from '../../lib/interim-matches';
import { Explanation } from '../../components/match-explanation';
import { Breakdown } from '../../components/score-breakdown';
import { SkillTags } from '../../components/skill-tags';
import { queryKeys, useMyResponses, usePublishedAssignment } from '../../api/queries';

type Published = Schemas['PublishedAssignmentView'];

/** An assignment as an interim manager sees it, with the match explanation and the response form. */
export function InterimAssignmentPage() {
  const { id = '' } = useParams();
  const query = usePublishedAssignment(id);
  return <QueryView query={query}>{(a) => <InterimAssignment assignment={a} />}</QueryView>;
}

function InterimAssignment({ assignment: a }: { assignment: Published }) {
  const { t, date, money } = useI18n();
  useTitle(a.title);
  const kinds = useAssignmentKinds();
  const sectors = useSectors();
  const mine = useMyResponses();
  const match = useInterimMatch(a.id);
  const existing = mine.data?.items.find((r) => r.assignment.id === a.id);

  return (
    <>
      <PageHeader
        back={{ to: '/interim/search', label: t.nav.search }}
        eyebrow={a.organisationName}
        title={
          <span className="row gap-3">
            {a.title} {a.status !== 'published' ? <AssignmentStatus status={a.status} /> : null}
          </span>
        }
        description={[kinds.label(a.assignmentKind), sectors.label(a.sector)]
          .filter((x) => x !== '—')
          .join(' · ')}
      />
      <div className="layout-aside">
        <div className="stack">
          {match ? (
            <section className="card card-body stack" aria-labelledby="why-heading">
              <div className="row between">
                <h2 id="why-heading" className="text-md">
                  {t.interim.whyYou}
                </h2>
                <Badge tone="brand">{t.interim.matchScore(Math.round(match.score))}</Badge>
              </div>
              <div className="grid-2">
                <Breakdown breakdown={match.breakdown} />
                <Explanation match={match} />
              </div>
            </section>
          ) : null}
          <section className="card card-body stack-sm" aria-labelledby="a-desc">
            <h2 id="a-desc" className="text-md">
              {t.assignment.fields.description}
            </h2>
            <p className="pre-line">{a.description}</p>
          </section>
          <section className="card card-body stack-sm" aria-labelledby="a-skills">
            <h2 id="a-skills" className="text-md">
              {t.assignment.sections.skills}
            </h2>
            <SkillTags skills={a.requiredSkills} />
          </section>
          {existing ? (
            <section className="card card-body stack-sm" aria-labelledby="a-mine">
              <div className="row between">
                <h2 id="a-mine" className="text-md">
                  {t.interim.yourResponse}
                </h2>
                <ResponseStatus status={existing.status} />
              </div>
              <p className="muted pre-line">{existing.motivation}</p>
              <p className="small">
                {money(existing.proposedDayRate)} {t.common.perDay} · {t.responses.availableFrom}{' '}
                {date(existing.availableFrom)}
              </p>
              <Link to="/interim/responses" className="small">
                {t.interim.allResponses}
              </Link>
            </section>
          ) : a.status === 'published' ? (
            <RespondForm assignment={a} />
          ) : null}
        </div>
        <aside className="card card-body">
          <dl className="kv">
            <dt>{t.assignment.period}</dt>
            <dd>
              {date(a.startDate)} – {date(a.endDate)}
            </dd>
            <dt>{t.assignment.fields.hours}</dt>
            <dd>{a.hoursPerWeek ? t.common.hoursPerWeek(a.hoursPerWeek) : '—'}</dd>
            <dt>{t.assignment.location}</dt>
            <dd>{[a.location.city, a.location.country].filter(Boolean).join(', ') || '—'}</dd>
            <dt>{t.assignment.fields.remoteShare}</dt>
            <dd>{a.remoteShare}%</dd>
            <dt>{t.assignment.fields.languages}</dt>
            <dd>{a.languages.map((l) => t.languageNames[l] ?? l).join(', ') || '—'}</dd>
            <dt>{t.assignment.fields.maxDayRate}</dt>
            <dd>{money(a.maxDayRate)}</dd>
          </dl>
        </aside>
      </div>
    </>
  );
}

function RespondForm({ assignment }: { assignment: Published }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [motivation, setMotivation] = useState('');
  const [rate, setRate] = useState('');
  const [from, setFrom] = useState(
    assignment.startDate && assignment.startDate > today()
      ? assignment.startDate
      : addDays(today(), 14),
  );
  const form = useFormErrors(['motivation', 'proposedDayRate', 'availableFrom']);
  const respond = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/assignments/{id}/responses', {
          params: { path: { id: assignment.id } },
          body: {
            motivation: motivation.trim(),
            proposedDayRate: rate.trim() === '' ? Number.NaN : Number(rate),
            availableFrom: from,
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.myResponses });
      toast({ title: t.interim.responded });
    },
    onError: form.fromError,
  });
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.clear();
    respond.mutate();
  }
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="respond-heading" noValidate>
      <div className="card-header">
        <h2 id="respond-heading">{t.interim.respondTitle}</h2>
      </div>
      <div className="card-body form">
        {form.banner}
        <TextAreaField
          label={t.interim.motivation}
          name="motivation"
          rows={6}
          value={motivation}
          onChange={(e) => setMotivation(e.target.value)}
          hint={t.interim.motivationHint}
          error={form.errors.motivation}
        />
        <div className="form-grid">
          <TextField
            label={t.interim.proposedRate}
            type="number"
            name="proposedDayRate"
            min={1}
            value={rate}
            onChange={(e) => setRate(e.target.value)}
            addon={t.assignment.rateAddon}
            error={form.errors.proposedDayRate}
          />
          <TextField
            label={t.responses.availableFrom}
            type="date"
            name="availableFrom"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
            error={form.errors.availableFrom}
          />
        </div>
        <div className="btn-row end">
          <button type="submit" className="btn btn-primary" disabled={respond.isPending}>
            <Icon name="send" width={16} height={16} /> {t.interim.sendResponse}
          </button>
        </div>
      </div>
    </form>
  );
}
