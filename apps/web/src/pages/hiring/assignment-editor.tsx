import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ApiError, api, call, type FieldProblem } from '../../api/client';
import { useSession } from '../../auth/session';
import {
  ChipGroup,
  SelectField,
  TextAreaField,
  TextField,
  FormSection,
  useFormErrors,
} from '../../components/forms';
import { Icon } from '../../components/icons';
import { SkillAutocomplete } from '../../components/skill-autocomplete';
import { Loading, PageHeader, RemoveButton, useTitle, useToast } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGE_CODES, useAssignmentKinds, useSectors } from '../../lib/catalogue';
import type { AssignmentKind, Sector } from '../../lib/catalogue';
import { useRateCardHint } from '../../lib/rate-card';
import { queryKeys, useAssignment } from '../../api/queries';
import { EMPTY, FIELDS, fromAssignment, toBody, changedFields } from '../../lib/assignment-draft';
import type { Assignment, SkillRow, Draft } from '../../lib/assignment-draft';

/** How often the API lets a published budget change (MAX_BUDGET_CHANGES in @gilde/assignments). */
const MAX_BUDGET_CHANGES = 3;

export function AssignmentEditorPage() {
  const { id } = useParams();
  const existing = useAssignment(id);
  if (id && existing.isPending) return <Loading />;
  if (id && !existing.data) return <Navigate to="/assignments" replace />;
  return <AssignmentEditor key={id ?? 'new'} initial={existing.data} />;
}

function AssignmentEditor({ initial }: { initial?: Assignment }) {
  const { t, lang, money } = useI18n();
  useTitle(initial ? t.assignment.editTitle : t.assignment.newTitle);
  const { activeOrg } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const toast = useToast();
  const sectors = useSectors();
  const kinds = useAssignmentKinds();
  const start = initial ? fromAssignment(initial) : EMPTY;
  const [draft, setDraft] = useState<Draft>(start);
  const location = useLocation();
  // Publishing a new draft that was not ready lands here with the refusal to show beside the fields.
  const refused = (
    location.state as {
      publishRefused?: { status: number; code: string; fields: FieldProblem[] };
    } | null
  )?.publishRefused;
  const form = useFormErrors(FIELDS, refused ? new ApiError(refused.status, refused) : undefined);
  const rateHint = useRateCardHint(activeOrg?.organisationId, draft.assignmentKind || null);

  useEffect(() => {
    if (form.general.length || Object.keys(form.errors).length) {
      document.querySelector<HTMLElement>('[aria-invalid="true"], .alert')?.focus?.();
    }
  }, [form.errors, form.general]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const save = useMutation({
    mutationFn: async (publish: boolean) => {
      let saved: Assignment;
      if (initial) {
        const changes = changedFields(start, draft);
        saved = Object.keys(changes).length
          ? await call(
              api.PATCH('/api/v1/assignments/{id}', {
                params: { path: { id: initial.id } },
                body: changes,
              }),
            )
          : initial;
      } else {
        saved = await call(
          api.POST('/api/v1/assignments', {
            body: { ...toBody(draft), organisationId: activeOrg!.organisationId },
          }),
        );
      }
      if (publish && saved.status === 'draft') {
        try {
          saved = await call(
            api.POST('/api/v1/assignments/{id}/publish', { params: { path: { id: saved.id } } }),
          );
        } catch (err) {
          // The draft is saved; continue on the editor of the saved draft, carrying what
          // publishing still needs so it shows next to the fields there.
          if (!initial && err instanceof ApiError) {
            void navigate(`/assignments/${saved.id}/edit`, {
              replace: true,
              state: {
                publishRefused: { status: err.status, code: err.code, fields: err.fields },
              },
            });
          }
          throw err;
        }
      }
      return { saved, published: publish };
    },
    onSuccess: async ({ saved, published }) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.assignments.all });
      queryClient.setQueryData(queryKeys.assignment(saved.id), saved);
      toast({ title: published ? t.assignment.publishedToast : t.assignment.savedToast });
      void navigate(`/assignments/${saved.id}`);
    },
    onError: form.fromError,
  });

  function submit(e: FormEvent, publish: boolean) {
    e.preventDefault();
    form.clear();
    save.mutate(publish);
  }

  const skills = draft.requiredSkills;
  const updateSkill = (i: number, patch: Partial<SkillRow>) =>
    set(
      'requiredSkills',
      skills.map((s, j) => (j === i ? { ...s, ...patch } : s)),
    );
  const canPublish = !initial || initial.status === 'draft';
  const maxRate = Number(draft.maxDayRate || 0);
  // The API refuses budget changes once anyone responded or after MAX_BUDGET_CHANGES.
  const rateLock = initial?.maxDayRateLock ?? null;
  const changesLeft =
    initial && initial.status !== 'draft'
      ? Math.max(0, MAX_BUDGET_CHANGES - initial.budgetChanges.length)
      : null;

  return (
    <>
      <PageHeader
        back={
          initial
            ? { to: `/assignments/${initial.id}`, label: initial.title }
            : { to: '/assignments', label: t.nav.assignments }
        }
        eyebrow={activeOrg?.organisationName}
        title={initial ? t.assignment.editTitle : t.assignment.newTitle}
        description={t.assignment.editorLead}
      />
      <form className="stack-lg" onSubmit={(e) => submit(e, false)} noValidate>
        {form.banner}
        <FormSection id="sec-basics" title={t.assignment.sections.basics}>
          <TextField
            label={t.assignment.fields.title}
            name="title"
            required
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
            placeholder={t.assignment.placeholders.title}
            error={form.errors.title}
          />
          <TextAreaField
            label={t.assignment.fields.description}
            name="description"
            rows={6}
            value={draft.description}
            onChange={(e) => set('description', e.target.value)}
            placeholder={t.assignment.placeholders.description}
            error={form.errors.description}
          />
          <div className="form-grid">
            <SelectField
              label={t.assignment.fields.kind}
              name="assignmentKind"
              value={draft.assignmentKind}
              onChange={(e) => set('assignmentKind', e.target.value as AssignmentKind | '')}
              options={kinds.options}
              placeholder={t.assignment.placeholders.choose}
              error={form.errors.assignmentKind}
            />
            <SelectField
              label={t.assignment.fields.sector}
              name="sector"
              value={draft.sector}
              onChange={(e) => set('sector', e.target.value as Sector | '')}
              options={sectors.options}
              placeholder={t.assignment.placeholders.choose}
              error={form.errors.sector}
            />
          </div>
        </FormSection>

        <FormSection
          id="sec-skills"
          title={t.assignment.sections.skills}
          aside={<span className="small muted">{t.assignment.skillsCount(skills.length)}</span>}
        >
          <p className="muted small">{t.assignment.skillsLead}</p>
          <SkillAutocomplete
            label={t.assignment.fields.addSkill}
            placeholder={
              lang === 'nl' ? 'bijv. financieel management' : 'e.g. financial management'
            }
            exclude={skills.map((s) => s.name)}
            onPick={(name) =>
              !skills.some((s) => s.name.toLowerCase() === name.toLowerCase()) &&
              set('requiredSkills', [...skills, { name, weight: 3, mustHave: skills.length === 0 }])
            }
          />
          {form.errors.requiredSkills ? (
            <span className="field-error" data-field-error>
              {form.errors.requiredSkills}
            </span>
          ) : null}
          {skills.length ? (
            <div className="table-wrap card">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t.assignment.fields.skill}</th>
                    <th scope="col">{t.assignment.fields.weight}</th>
                    <th scope="col">{t.assignment.fields.mustHave}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t.common.remove}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {skills.map((s, i) => (
                    <tr key={s.name}>
                      <td>
                        <strong>{s.name}</strong>
                      </td>
                      <td style={{ minWidth: 160 }}>
                        <div className="row nowrap">
                          <input
                            type="range"
                            className="range"
                            min={1}
                            max={5}
                            value={s.weight}
                            aria-label={t.assignment.weightFor(s.name)}
                            onChange={(e) => updateSkill(i, { weight: Number(e.target.value) })}
                          />
                          <span className="tabular" aria-hidden="true">
                            {s.weight}
                          </span>
                        </div>
                      </td>
                      <td>
                        <label className="toggle">
                          <input
                            type="checkbox"
                            checked={s.mustHave}
                            onChange={(e) => updateSkill(i, { mustHave: e.target.checked })}
                            aria-label={t.assignment.mustHaveFor(s.name)}
                          />
                          <span aria-hidden="true">
                            {s.mustHave ? t.assignment.must : t.assignment.nice}
                          </span>
                        </label>
                      </td>
                      <td className="num">
                        <RemoveButton
                          label={`${t.common.remove} ${s.name}`}
                          onClick={() =>
                            set(
                              'requiredSkills',
                              skills.filter((_, j) => j !== i),
                            )
                          }
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </FormSection>

        <FormSection id="sec-when" title={t.assignment.sections.when}>
          <div className="form-grid three">
            <TextField
              label={t.assignment.fields.startDate}
              type="date"
              name="startDate"
              value={draft.startDate}
              onChange={(e) => set('startDate', e.target.value)}
              error={form.errors.startDate}
            />
            <TextField
              label={t.assignment.fields.endDate}
              type="date"
              name="endDate"
              value={draft.endDate}
              onChange={(e) => set('endDate', e.target.value)}
              error={form.errors.endDate}
            />
            <TextField
              label={t.assignment.fields.hours}
              type="number"
              name="hoursPerWeek"
              min={1}
              max={60}
              value={draft.hoursPerWeek}
              onChange={(e) => set('hoursPerWeek', e.target.value)}
              addon={t.assignment.hoursAddon}
              error={form.errors.hoursPerWeek}
            />
            <TextField
              label={t.assignment.fields.city}
              name="city"
              value={draft.city}
              onChange={(e) => set('city', e.target.value)}
              error={form.errors.location}
            />
            <TextField
              label={t.assignment.fields.country}
              name="country"
              maxLength={2}
              value={draft.country}
              onChange={(e) => set('country', e.target.value)}
              hint={t.assignment.countryHint}
            />
            <div className="field">
              <label className="field-label" htmlFor="remote-share">
                {t.assignment.fields.remoteShare}:{' '}
                <span className="tabular">{draft.remoteShare}%</span>
              </label>
              <input
                id="remote-share"
                type="range"
                className="range"
                min={0}
                max={100}
                step={10}
                value={draft.remoteShare}
                onChange={(e) => set('remoteShare', Number(e.target.value))}
                aria-valuetext={`${draft.remoteShare}%`}
              />
              {form.errors.remoteShare ? (
                <span className="field-error" data-field-error>
                  {form.errors.remoteShare}
                </span>
              ) : null}
            </div>
          </div>
          <ChipGroup
            legend={t.assignment.fields.languages}
            options={LANGUAGE_CODES.map((c) => ({ value: c, label: t.languageNames[c] ?? c }))}
            value={draft.languages}
            onChange={(v) => set('languages', v)}
            error={form.errors.languages}
          />
        </FormSection>

        <FormSection id="sec-budget" title={t.assignment.sections.budget}>
          <div className="form-grid">
            <TextField
              label={t.assignment.fields.maxDayRate}
              type="number"
              name="maxDayRate"
              min={1}
              value={draft.maxDayRate}
              onChange={(e) => set('maxDayRate', e.target.value)}
              disabled={rateLock !== null}
              addon={t.assignment.rateAddon}
              hint={
                rateLock === 'responses'
                  ? t.assignment.rateLockedResponses
                  : rateLock === 'change_limit'
                    ? t.assignment.rateLockedLimit(MAX_BUDGET_CHANGES)
                    : rateHint !== null
                      ? maxRate > rateHint
                        ? t.assignment.rateAboveCard(money(rateHint))
                        : t.assignment.rateCardHint(money(rateHint))
                      : t.assignment.rateHint
              }
              error={form.errors.maxDayRate}
            />
          </div>
          <p className="small muted">{t.assignment.priceNote}</p>
          {rateLock === null && changesLeft !== null ? (
            <p className="small muted">{t.assignment.rateChangesLeft(changesLeft)}</p>
          ) : null}
        </FormSection>

        <div className="btn-row end">
          <button type="button" className="btn btn-secondary" onClick={() => void navigate(-1)}>
            {t.common.cancel}
          </button>
          <button type="submit" className="btn btn-secondary" disabled={save.isPending}>
            {initial && initial.status !== 'draft' ? t.common.save : t.assignment.saveDraft}
          </button>
          {canPublish ? (
            <button
              type="button"
              className="btn btn-primary"
              disabled={save.isPending}
              onClick={(e) => submit(e, true)}
            >
              <Icon name="send" width={16} height={16} />
              {t.assignment.saveAndPublish}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
