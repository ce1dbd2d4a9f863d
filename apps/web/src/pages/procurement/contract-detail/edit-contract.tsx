import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, call } from '../../../api/client';
import { useAssignment, useRateCard } from '../../../api/queries';
import { useFormErrors } from '../../../components/forms';
import { useI18n } from '../../../i18n/i18n';
import { CONTRACT_FIELDS, contractBody, draftFromContract } from '../../../lib/contract-draft';
import type { ContractDraft } from '../../../lib/contract-draft';
import { partiesOf, rateCardMax } from '../../../lib/contracts';
import type { Contract } from '../../../lib/contracts';
import { ContractFields } from '../contract-form/contract-fields';

/** Procurement edits a draft contract, checked against the rate card as they type. */
export function EditContract({
  contract: c,
  onDone,
  onCancel,
}: {
  contract: Contract;
  onDone: (updated: Contract) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const card = useRateCard(c.organisationId);
  const kind = partiesOf(c)?.assignment.assignmentKind;
  const assignment = useAssignment(c.assignmentId);
  const [draft, setDraft] = useState<ContractDraft>(() => draftFromContract(c));
  const set = <K extends keyof ContractDraft>(key: K, value: ContractDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const form = useFormErrors(CONTRACT_FIELDS);
  const cardMax = rateCardMax(
    card.data,
    kind ?? assignment.data?.assignmentKind,
    draft.seniority || null,
  );
  const aboveCard = cardMax !== null && Number(draft.dayRate) > cardMax;
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/v1/contracts/{id}', {
          params: { path: { id: c.id } },
          body: contractBody(draft, aboveCard),
        }),
      ),
    onSuccess: onDone,
    onError: form.fromError,
  });
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.clear();
    save.mutate();
  }
  return (
    <form className="stack-lg" onSubmit={onSubmit} noValidate>
      {form.banner}
      <ContractFields draft={draft} set={set} errors={form.errors} cardMax={cardMax} />
      <div className="btn-row end">
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t.common.cancel}
        </button>
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t.common.saving : t.common.save}
        </button>
      </div>
    </form>
  );
}
