import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, call } from '../../../api/client';
import type { Schemas } from '../../../api/client';
import { queryKeys } from '../../../api/queries';
import { useFormErrors } from '../../../components/forms';
import { Icon } from '../../../components/icons';
import { useToast } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { EMPTY_RATE_CARD_ROW, rateCardBody, rateCardRows } from '../../../lib/rate-card-rows';
import type { RateCardRow } from '../../../lib/rate-card-rows';
import { removeAt, updateAt } from '../../../lib/rows';
import { RateCardLine } from './rate-card-line';

/** The rate card's lines, editable by admins and procurement, read-only for the others. */
export function RateCardEditor({
  organisationId,
  entries,
  updatedAt,
  canEdit,
}: {
  organisationId: string;
  entries: Schemas['RateCardEntryView'][];
  updatedAt: string | null;
  canEdit: boolean;
}) {
  const { t, dateTime } = useI18n();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [rows, setRows] = useState<RateCardRow[]>(() => rateCardRows(entries));
  const form = useFormErrors(['entries']);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT('/api/v1/organisations/{id}/rate-card', {
          params: { path: { id: organisationId } },
          body: rateCardBody(rows),
        }),
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(queryKeys.rateCard(organisationId), data);
      void queryClient.invalidateQueries({ queryKey: queryKeys.rateFlags.all });
      toast({ title: t.rateCard.saved });
    },
    onError: form.fromError,
  });
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.clear();
    save.mutate();
  }
  return (
    <form className="card" onSubmit={onSubmit} aria-labelledby="card-heading" noValidate>
      <div className="card-header">
        <h2 id="card-heading">{t.rateCard.title}</h2>
        {canEdit ? (
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={() => setRows([...rows, { ...EMPTY_RATE_CARD_ROW }])}
          >
            <Icon name="plus" width={16} height={16} /> {t.rateCard.addLine}
          </button>
        ) : null}
      </div>
      <div className="card-body stack">
        {form.banner}
        {form.errors.entries ? (
          <span className="field-error" data-field-error>
            {form.errors.entries}
          </span>
        ) : null}
        {rows.length === 0 ? <p className="muted">{t.rateCard.empty}</p> : null}
        {rows.length ? (
          <div className="table-wrap card">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t.assignment.fields.kind}</th>
                  <th scope="col">{t.rateCard.seniority}</th>
                  <th scope="col">{t.rateCard.max}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.common.remove}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <RateCardLine
                    key={i}
                    row={r}
                    index={i}
                    canEdit={canEdit}
                    onChange={(patch) => setRows(updateAt(rows, i, patch))}
                    onRemove={() => setRows(removeAt(rows, i))}
                  />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <p className="small muted">{t.rateCard.note}</p>
        {canEdit ? (
          <div className="btn-row end">
            <button type="submit" className="btn btn-primary" disabled={save.isPending}>
              {save.isPending ? t.common.saving : t.rateCard.save}
            </button>
          </div>
        ) : null}
        {updatedAt ? (
          <span className="small subtle">{t.rateCard.lastChanged(dateTime(updatedAt))}</span>
        ) : null}
      </div>
    </form>
  );
}
