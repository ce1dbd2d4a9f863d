import { useState } from 'react';
import type { FormEvent } from 'react';
import { SelectField, TextField } from '../../../components/forms';
import { Icon } from '../../../components/icons';
import { useI18n } from '../../../i18n/i18n';
import type { SearchFilters } from '../../../lib/assignment-search';
import { useAssignmentKinds, useSectors } from '../../../lib/catalogue';

/** Free text and filters; the search runs when submitted. */
export function SearchForm({
  initial,
  onSearch,
}: {
  initial: SearchFilters;
  onSearch: (filters: SearchFilters) => void;
}) {
  const { t } = useI18n();
  const sectors = useSectors();
  const kinds = useAssignmentKinds();
  const [form, setForm] = useState(initial);
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    onSearch(form);
  }
  return (
    <form className="card card-body form mb-5" onSubmit={onSubmit} role="search">
      <div className="row nowrap align-end">
        <TextField
          className="grow"
          label={t.search.query}
          type="search"
          name="q"
          value={form.q}
          placeholder={t.search.placeholder}
          onChange={(e) => setForm({ ...form, q: e.target.value })}
        />
        <button className="btn btn-primary" type="submit">
          <Icon name="search" width={16} height={16} /> {t.common.search}
        </button>
      </div>
      <div className="form-grid auto-fit">
        <SelectField
          label={t.assignment.fields.sector}
          value={form.sector}
          onChange={(e) => setForm({ ...form, sector: e.target.value })}
          options={sectors.options}
          placeholder={t.common.all}
        />
        <SelectField
          label={t.assignment.fields.kind}
          value={form.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value })}
          options={kinds.options}
          placeholder={t.common.all}
        />
        <SelectField
          label={t.search.remote}
          value={form.remote}
          onChange={(e) => setForm({ ...form, remote: e.target.value })}
          options={[{ value: 'true', label: t.search.remoteOnly }]}
          placeholder={t.search.remoteAny}
        />
        <TextField
          label={t.search.startBefore}
          type="date"
          value={form.startBefore}
          onChange={(e) => setForm({ ...form, startBefore: e.target.value })}
        />
      </div>
    </form>
  );
}
