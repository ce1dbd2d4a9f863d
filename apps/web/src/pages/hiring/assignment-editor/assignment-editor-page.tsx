import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { ApiError, type FieldProblem } from '../../../api/client';
import { useAssignment } from '../../../api/queries';
import { useSession } from '../../../auth/session';
import { useFormErrors } from '../../../components/forms';
import { Icon } from '../../../components/icons';
import { Loading, PageHeader, useTitle } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { EMPTY, FIELDS, fromAssignment } from '../../../lib/assignment-draft';
import type { Assignment, Draft } from '../../../lib/assignment-draft';
import { useRateCardHint } from '../../../lib/rate-card';
import { BasicsSection } from './basics-section';
import { BudgetSection } from './budget-section';
import { SkillsSection } from './skills-section';
import { useSaveAssignment } from './use-save-assignment';
import { WhenSection } from './when-section';

export function AssignmentEditorPage() {
  const { id } = useParams();
  const existing = useAssignment(id);
  if (id && existing.isPending) return <Loading />;
  if (id && !existing.data) return <Navigate to="/assignments" replace />;
  return <AssignmentEditor key={id ?? 'new'} initial={existing.data} />;
}

/** Publishing a new draft that was not ready lands here with the refusal to show beside the fields. */
function usePublishRefusal(): ApiError | undefined {
  const location = useLocation();
  const refused = (
    location.state as {
      publishRefused?: { status: number; code: string; fields: FieldProblem[] };
    } | null
  )?.publishRefused;
  return refused ? new ApiError(refused.status, refused) : undefined;
}

/** A new assignment or an existing one, saved as a draft or published. */
function AssignmentEditor({ initial }: { initial?: Assignment }) {
  const { t } = useI18n();
  useTitle(initial ? t.assignment.editTitle : t.assignment.newTitle);
  const { activeOrg } = useSession();
  const navigate = useNavigate();
  const start = initial ? fromAssignment(initial) : EMPTY;
  const [draft, setDraft] = useState<Draft>(start);
  const form = useFormErrors(FIELDS, usePublishRefusal());
  const cardMax = useRateCardHint(activeOrg?.organisationId, draft.assignmentKind || null);
  const save = useSaveAssignment({
    initial,
    start,
    draft,
    organisationId: activeOrg?.organisationId,
    onError: form.fromError,
  });

  useEffect(() => {
    if (form.general.length || Object.keys(form.errors).length) {
      document.querySelector<HTMLElement>('[aria-invalid="true"], .alert')?.focus?.();
    }
  }, [form.errors, form.general]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  function submit(e: FormEvent, publish: boolean) {
    e.preventDefault();
    form.clear();
    save.mutate(publish);
  }

  const section = { draft, set, errors: form.errors };
  const canPublish = !initial || initial.status === 'draft';
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
        <BasicsSection {...section} />
        <SkillsSection {...section} />
        <WhenSection {...section} />
        <BudgetSection {...section} initial={initial} cardMax={cardMax} />
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
