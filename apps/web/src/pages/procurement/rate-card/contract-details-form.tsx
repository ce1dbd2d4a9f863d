import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../../api/client';
import { queryKeys, useContractDetails } from '../../../api/queries';
import { TextAreaField, TextField, useFormErrors } from '../../../components/forms';
import { useToast } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';

/** The organisation's address and VAT id as its contracts print them. */
export function ContractDetailsForm({
  organisationId,
  canEdit,
}: {
  organisationId: string;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const queryClient = useQueryClient();
  const query = useContractDetails(organisationId);
  // What the user typed over the stored details; cleared once saved.
  const [edits, setEdits] = useState<{ address?: string; vatId?: string }>({});
  const address = edits.address ?? query.data?.address ?? '';
  const vatId = edits.vatId ?? query.data?.vatId ?? '';
  const form = useFormErrors(['address', 'vatId']);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT('/api/v1/organisations/{id}/contract-details', {
          params: { path: { id: organisationId } },
          body: { address: address.trim() || null, vatId: vatId.trim() || null },
        }),
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(queryKeys.contractDetails(organisationId), data);
      setEdits({});
      toast({ title: t.rateCard.detailsSaved });
    },
    onError: form.fromError,
  });
  return (
    <form
      className="card"
      aria-labelledby="details-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.clear();
        save.mutate();
      }}
    >
      <div className="card-header">
        <h2 id="details-heading">{t.rateCard.detailsTitle}</h2>
      </div>
      <div className="card-body form">
        <p className="small muted">{t.rateCard.detailsLead}</p>
        {form.banner}
        <div className="form-grid">
          <TextAreaField
            label={t.rateCard.address}
            rows={3}
            value={address}
            disabled={!canEdit}
            onChange={(e) => setEdits((d) => ({ ...d, address: e.target.value }))}
            error={form.errors.address}
          />
          <div className="stack">
            <TextField
              label={t.profile.fields.vatId}
              value={vatId}
              disabled={!canEdit}
              onChange={(e) => setEdits((d) => ({ ...d, vatId: e.target.value }))}
              error={form.errors.vatId}
              placeholder="NL001234567B01"
            />
            {query.data?.kvkNumber ? (
              <p className="small muted">
                {t.org.kvk}: <strong>{query.data.kvkNumber}</strong>
              </p>
            ) : null}
          </div>
        </div>
        {canEdit ? (
          <div className="btn-row end">
            <button type="submit" className="btn btn-secondary" disabled={save.isPending}>
              {t.common.save}
            </button>
          </div>
        ) : null}
      </div>
    </form>
  );
}
