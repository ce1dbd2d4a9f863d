import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { api, call } from '../../api/client';
import { useSession } from '../../auth/session';
import { useFormErrors } from '../../components/forms';
import { EmptyState, Loading, PageHeader, useTitle, useToast } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useAssignmentKinds } from '../../lib/catalogue';
import { rateCardMax, useSelectedCandidates } from '../../lib/contracts';
import type { AwaitingContract } from '../../lib/contracts';
import { CONTRACT_FIELDS, DEFAULT_DBA, contractBody } from '../../lib/contract-draft';
import type { ContractDraft } from '../../lib/contract-draft';
import { ContractFields } from './contract-form/contract-fields';
import { proposedRate } from '../../lib/responses';
import { queryKeys, useRateCard } from '../../api/queries';

/** Procurement drafts a contract from a selected response (/contracts/new?responseId=...). */
export function ContractDraftPage() {
  const { t } = useI18n();
  useTitle(t.contracts.newTitle);
  const [params] = useSearchParams();
  const responseId = params.get('responseId');
  const { activeOrg } = useSession();
  const selected = useSelectedCandidates(activeOrg?.organisationId);
  if (!activeOrg) return <Navigate to="/organisations/new" replace />;
  if (selected.isPending) return <Loading />;
  const item = selected.items.find((s) => s.response.id === responseId);
  if (!item)
    return (
      <div className="card">
        <EmptyState
          icon="file"
          title={t.contracts.noSelection}
          action={
            <Link className="btn btn-primary" to="/procurement">
              {t.nav.procurement}
            </Link>
          }
        >
          {t.contracts.noSelectionBody}
        </EmptyState>
      </div>
    );
  if (item.contract) return <Navigate to={`/contracts/${item.contract.id}`} replace />;
  return <ContractDraftForm item={item} organisationId={activeOrg.organisationId} />;
}

function ContractDraftForm({
  item,
  organisationId,
}: {
  item: AwaitingContract;
  organisationId: string;
}) {
  const { t, money, date } = useI18n();
  const kinds = useAssignmentKinds();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const toast = useToast();
  const card = useRateCard(organisationId);
  const { response, assignment } = item;
  const [draft, setDraft] = useState<ContractDraft>(() => ({
    dayRate: String(proposedRate(response) ?? assignment.maxDayRate ?? ''),
    startDate:
      assignment.startDate && assignment.startDate > response.availableFrom
        ? assignment.startDate
        : response.availableFrom,
    endDate: assignment.endDate ?? '',
    hoursPerWeek: String(assignment.hoursPerWeek ?? 32),
    form: 'direct',
    seniority: '',
    noticePeriodDays: '30',
    placeOfWork: assignment.location.city ?? '',
    terms: '',
    rateJustification: '',
    dba: { ...DEFAULT_DBA },
  }));
  const set = <K extends keyof ContractDraft>(key: K, value: ContractDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const form = useFormErrors(CONTRACT_FIELDS);
  const cardMax = rateCardMax(card.data, assignment.assignmentKind, draft.seniority || null);
  const aboveCard = cardMax !== null && Number(draft.dayRate) > cardMax;

  const create = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/contracts', {
          body: { responseId: response.id, ...contractBody(draft, aboveCard) },
        }),
      ),
    onSuccess: (contract) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.contracts.all });
      queryClient.setQueryData(['contract', contract.id], contract);
      toast({ title: t.contracts.drafted });
      void navigate(`/contracts/${contract.id}`);
    },
    onError: form.fromError,
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.clear();
    create.mutate();
  }

  return (
    <>
      <PageHeader
        back={{ to: '/procurement', label: t.nav.procurement }}
        eyebrow={t.contracts.newEyebrow}
        title={t.contracts.newTitleFor(response.interim.displayName)}
        description={t.contracts.newLead}
      />
      <form className="stack-lg" onSubmit={onSubmit} noValidate>
        {form.banner}
        <ContractFields
          draft={draft}
          set={set}
          errors={form.errors}
          cardMax={cardMax}
          intro={
            <dl className="kv mb-2">
              <dt>{t.contracts.assignment}</dt>
              <dd>
                {assignment.title} · {kinds.label(assignment.assignmentKind)}
              </dd>
              <dt>{t.contracts.interim}</dt>
              <dd>
                {response.interim.displayName}
                {response.interim.headline ? (
                  <span className="muted"> — {response.interim.headline}</span>
                ) : null}
              </dd>
              <dt>{t.procurement.proposed}</dt>
              <dd>
                {money(proposedRate(response))} · {t.responses.availableFrom}{' '}
                {date(response.availableFrom)}
              </dd>
            </dl>
          }
        />
        <div className="btn-row end">
          <Link className="btn btn-secondary" to="/procurement">
            {t.common.cancel}
          </Link>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? t.common.saving : t.contracts.saveDraft}
          </button>
        </div>
      </form>
    </>
  );
}
