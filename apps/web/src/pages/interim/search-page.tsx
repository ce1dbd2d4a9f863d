import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useAssignmentSearch } from '../../api/queries';
import { SelectField, TextField } from '../../components/forms';
import { Icon } from '../../components/icons';
import { EmptyState, PageHeader, QueryView, useTitle } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { useAssignmentKinds, useSectors } from '../../lib/catalogue';
import { SEARCH_FILTERS as FILTERS, searchQueryOf } from '../../lib/assignment-search';

const PAGE_SIZE = 10;

/** Published assignments: typo-tolerant free text plus filters, kept in the URL. */
export function SearchPage() {
  const { t, date, relative } = useI18n();
  useTitle(t.nav.search);
  const sectors = useSectors();
  const kinds = useAssignmentKinds();
  const [params, setParams] = useSearchParams();
  const [form, setForm] = useState(
    () =>
      Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<
        (typeof FILTERS)[number],
        string
      >,
  );
  const page = Number(params.get('page') ?? '1');

  const query = useAssignmentSearch(params.toString(), searchQueryOf(params, page, PAGE_SIZE));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const f of FILTERS) if (form[f]) next.set(f, form[f]);
    setParams(next);
  }
  const goTo = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    setParams(next);
  };

  return (
    <>
      <PageHeader eyebrow={t.roles.interim} title={t.nav.search} description={t.search.lead} />
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
      <QueryView query={query}>
        {(result) =>
          result.items.length === 0 ? (
            <div className="card">
              <EmptyState icon="search" title={t.search.noResults}>
                {t.search.noResultsBody}
              </EmptyState>
            </div>
          ) : (
            <div className="stack">
              <p className="small muted" aria-live="polite">
                {t.common.resultCount(result.total)}
              </p>
              <ul className="card list">
                {result.items.map((a) => (
                  <li className="list-item" key={a.id}>
                    <div className="grow stack-sm">
                      <div className="row between top">
                        <div>
                          <Link to={`/assignments/${a.id}`} className="link-strong text-md">
                            {a.title}
                          </Link>
                          <div className="small muted">
                            {[
                              a.organisationName,
                              kinds.label(a.assignmentKind),
                              sectors.label(a.sector),
                            ]
                              .filter((x) => x && x !== '—')
                              .join(' · ')}
                          </div>
                        </div>
                        {a.publishedAt ? (
                          <span className="small subtle nowrap">{relative(a.publishedAt)}</span>
                        ) : null}
                      </div>
                      <ul className="tag-list plain-list">
                        {a.skills.slice(0, 5).map((sk) => (
                          <li key={sk.name} className={`tag ${sk.mustHave ? 'must' : ''}`}>
                            {sk.name}
                          </li>
                        ))}
                      </ul>
                      <div className="row small muted">
                        <span>
                          {date(a.startDate)} – {date(a.endDate)}
                        </span>
                        {a.hoursPerWeek ? (
                          <span>{t.common.hoursPerWeek(a.hoursPerWeek)}</span>
                        ) : null}
                        {a.city ? <span>{a.city}</span> : null}
                        <span>{t.assignment.remotePct(a.remoteShare)}</span>
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
              {result.total > result.pageSize ? (
                <nav className="row between" aria-label={t.search.pagination}>
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    disabled={page <= 1}
                    onClick={() => goTo(page - 1)}
                  >
                    {t.common.previous}
                  </button>
                  <span className="small muted">
                    {t.common.pageOf(page, Math.ceil(result.total / result.pageSize))}
                  </span>
                  <button
                    type="button"
                    className="btn btn-secondary btn-sm"
                    disabled={page * result.pageSize >= result.total}
                    onClick={() => goTo(page + 1)}
                  >
                    {t.common.next}
                  </button>
                </nav>
              ) : null}
            </div>
          )
        }
      </QueryView>
    </>
  );
}
