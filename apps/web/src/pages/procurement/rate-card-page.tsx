import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Navigate } from 'react-router-dom';
import { api, call } from '../../api/client';
import type { Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { TextAreaField, TextField, useFormErrors } from '../../components/forms';
import { Icon } from '../../components/icons';
import { Loading, PageHeader, RemoveButton, useTitle, useToast } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useAssignmentKinds } from '../../lib/catalogue';
import type { AssignmentKind } from '../../lib/catalogue';
import { queryKeys, useContractDetails, useRateCard } from '../../api/queries';

type Seniority = NonNullable<Schemas['RateCardEntryDto']['seniority']>;
interface Row {
  assignmentKind: AssignmentKind | '';
  seniority: Seniority | '';
  maxDayRate: string;
}

/** The organisation's rate card: a maximum day rate per kind of assignment (and seniority). */
export function RateCardPage() {
  const { t } = useI18n();
  useTitle(t.nav.rateCard);
  const { activeOrg, hasRole } = useSession();
  const card = useRateCard(activeOrg?.organisationId);
  if (!activeOrg) return <Navigate to="/organisations/new" replace />;
  const canEdit = hasRole('admin') || hasRole('procurement');
  return (
    <>
      <PageHeader
        eyebrow={activeOrg.organisationName}
        title={t.nav.rateCard}
        description={t.rateCard.lead}
      />
      {card.isPending ? (
        <Loading />
      ) : (
        <div className="stack-lg">
          <RateCardEditor
            key={card.data?.updatedAt ?? 'empty'}
            organisationId={activeOrg.organisationId}
            entries={card.data?.entries ?? []}
            updatedAt={card.data?.updatedAt ?? null}
            canEdit={canEdit}
          />
          <ContractDetails organisationId={activeOrg.organisationId} canEdit={canEdit} />
        </div>
      )}
    </>
  );
}

function RateCardEditor({
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
  const kinds = useAssignmentKinds();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [rows, setRows] = useState<Row[]>(
    entries.map((e) => ({
      assignmentKind: e.assignmentKind as AssignmentKind,
      seniority: e.seniority ?? '',
      maxDayRate: String(e.maxDayRate),
    })),
  );
  const form = useFormErrors(['entries']);
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT('/api/v1/organisations/{id}/rate-card', {
          params: { path: { id: organisationId } },
          body: {
            entries: rows.map((r) => ({
              assignmentKind: r.assignmentKind as AssignmentKind,
              maxDayRate: r.maxDayRate.trim() === '' ? Number.NaN : Number(r.maxDayRate),
              ...(r.seniority ? { seniority: r.seniority } : {}),
            })),
          },
        }),
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(queryKeys.rateCard(organisationId), data);
      void queryClient.invalidateQueries({ queryKey: queryKeys.rateFlags.all });
      toast({ title: t.rateCard.saved });
    },
    onError: form.fromError,
  });
  const update = (i: number, patch: Partial<Row>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
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
            onClick={() =>
              setRows([...rows, { assignmentKind: '', seniority: '', maxDayRate: '' }])
            }
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
                  <tr key={i}>
                    <td>
                      <select
                        className="select"
                        value={r.assignmentKind}
                        disabled={!canEdit}
                        aria-label={`${t.assignment.fields.kind} ${i + 1}`}
                        onChange={(e) =>
                          update(i, { assignmentKind: e.target.value as AssignmentKind })
                        }
                      >
                        <option value="">{t.assignment.placeholders.choose}</option>
                        {kinds.options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        className="select"
                        value={r.seniority}
                        disabled={!canEdit}
                        aria-label={`${t.rateCard.seniority} ${i + 1}`}
                        onChange={(e) => update(i, { seniority: e.target.value as Seniority | '' })}
                      >
                        <option value="">{t.rateCard.anySeniority}</option>
                        {(['medior', 'senior', 'executive'] as const).map((s) => (
                          <option key={s} value={s}>
                            {t.rateCard.seniorities[s]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="col-rate">
                      <div className="input-group">
                        <input
                          className="input"
                          type="number"
                          min={1}
                          value={r.maxDayRate}
                          disabled={!canEdit}
                          aria-label={`${t.rateCard.max} ${i + 1}`}
                          onChange={(e) => update(i, { maxDayRate: e.target.value })}
                        />
                        <span className="input-addon">{t.assignment.rateAddon}</span>
                      </div>
                    </td>
                    <td className="num">
                      {canEdit ? (
                        <RemoveButton
                          label={`${t.common.remove} ${i + 1}`}
                          icon="trash"
                          onClick={() => setRows(rows.filter((_, j) => j !== i))}
                        />
                      ) : null}
                    </td>
                  </tr>
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

function ContractDetails({
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
