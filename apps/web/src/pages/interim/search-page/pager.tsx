import { useI18n } from '../../../i18n/i18n';

/** Previous and next page, with where we are; hidden when everything fits on one page. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  if (total <= pageSize) return null;
  return (
    <nav className="row between" aria-label={t.search.pagination}>
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t.common.previous}
      </button>
      <span className="small muted">{t.common.pageOf(page, Math.ceil(total / pageSize))}</span>
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        disabled={page * pageSize >= total}
        onClick={() => onPage(page + 1)}
      >
        {t.common.next}
      </button>
    </nav>
  );
}
