import { useSearchParams } from 'react-router-dom';
import { useAssignmentSearch } from '../../../api/queries';
import { EmptyState, PageHeader, QueryView, useTitle } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { filtersOf, paramsOf, searchQueryOf } from '../../../lib/assignment-search';
import { Pager } from './pager';
import { SearchForm } from './search-form';
import { SearchResult } from './search-result';

const PAGE_SIZE = 10;

/** Published assignments: typo-tolerant free text plus filters, kept in the URL. */
export function SearchPage() {
  const { t } = useI18n();
  useTitle(t.nav.search);
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1');
  const query = useAssignmentSearch(params.toString(), searchQueryOf(params, page, PAGE_SIZE));
  const goTo = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    setParams(next);
  };

  return (
    <>
      <PageHeader eyebrow={t.roles.interim} title={t.nav.search} description={t.search.lead} />
      <SearchForm
        initial={filtersOf(params)}
        onSearch={(filters) => setParams(paramsOf(filters))}
      />
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
                  <SearchResult key={a.id} assignment={a} />
                ))}
              </ul>
              <Pager page={page} pageSize={result.pageSize} total={result.total} onPage={goTo} />
            </div>
          )
        }
      </QueryView>
    </>
  );
}
