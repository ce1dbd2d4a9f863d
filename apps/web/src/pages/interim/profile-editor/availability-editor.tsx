import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call } from '../../../api/client';
import type { Schemas } from '../../../api/client';
import { queryKeys } from '../../../api/queries';
import { TextField, useFormErrors } from '../../../components/forms';
import { Icon } from '../../../components/icons';
import { RemoveButton, useToast } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { today } from '../../../lib/dates';
import {
  availabilityPreview,
  newPeriod,
  periodRowsOf,
  periodsBody,
} from '../../../lib/profile-draft';
import type { PeriodRow } from '../../../lib/profile-draft';
import { removeAt, updateAt } from '../../../lib/rows';
import { AvailabilityStrip } from '../availability-strip';

/** The periods they can work and how many hours a week, saved on their own. */
export function AvailabilityEditor({
  initial,
  availableFrom,
}: {
  initial: Schemas['PeriodView'][];
  availableFrom: string | null;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const toast = useToast();
  const [rows, setRows] = useState<PeriodRow[]>(() => periodRowsOf(initial));
  const form = useFormErrors(['periods']);
  const save = useMutation({
    mutationFn: () =>
      call(api.PUT('/api/v1/interims/me/availability', { body: periodsBody(rows) })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.ownProfile });
      toast({ title: t.profile.availabilitySaved });
    },
    onError: form.fromError,
  });
  const update = (i: number, patch: Partial<PeriodRow>) => setRows(updateAt(rows, i, patch));

  return (
    <form
      className="card mt-5"
      aria-labelledby="p-availability"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        form.clear();
        save.mutate();
      }}
    >
      <div className="card-header">
        <h2 id="p-availability">{t.profile.sections.availability}</h2>
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => setRows([...rows, newPeriod(today())])}
        >
          <Icon name="plus" width={16} height={16} /> {t.profile.addPeriod}
        </button>
      </div>
      <div className="card-body form">
        <p className="small muted">{t.profile.availabilityLead}</p>
        <AvailabilityStrip periods={availabilityPreview(rows)} from={availableFrom} />
        {form.banner}
        {form.errors.periods ? (
          <span className="field-error" data-field-error>
            {form.errors.periods}
          </span>
        ) : null}
        {rows.map((r, i) => (
          <div className="form-grid three align-end" key={i}>
            <TextField
              label={t.profile.fields.from}
              type="date"
              value={r.from}
              onChange={(e) => update(i, { from: e.target.value })}
            />
            <TextField
              label={t.profile.fields.to}
              type="date"
              value={r.to}
              onChange={(e) => update(i, { to: e.target.value })}
            />
            <div className="row nowrap align-end">
              <TextField
                label={t.assignment.fields.hours}
                type="number"
                min={1}
                max={60}
                value={r.hoursPerWeek}
                onChange={(e) => update(i, { hoursPerWeek: e.target.value })}
                addon={t.assignment.hoursAddon}
              />
              <RemoveButton
                label={t.profile.removePeriod}
                icon="trash"
                small={false}
                onClick={() => setRows(removeAt(rows, i))}
              />
            </div>
          </div>
        ))}
        <div className="btn-row end">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {save.isPending ? t.common.saving : t.profile.saveAvailability}
          </button>
        </div>
      </div>
    </form>
  );
}
