import { useI18n } from '../../../i18n/i18n';

export interface TabItem {
  key: string;
  label: string;
  count?: number;
}

/** The assignment page's tabs; each controls the panel of the same key. */
export function AssignmentTabList({
  tabs,
  current,
  onSelect,
}: {
  tabs: TabItem[];
  current: string;
  onSelect: (key: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="tabs" role="tablist" aria-label={t.assignment.tabs.label}>
      {tabs.map((x) => (
        <button
          key={x.key}
          id={`tab-${x.key}`}
          type="button"
          role="tab"
          className="tab"
          aria-selected={current === x.key}
          aria-controls={`panel-${x.key}`}
          onClick={() => onSelect(x.key)}
        >
          {x.label}
          {x.count !== undefined ? <span className="count">{x.count}</span> : null}
        </button>
      ))}
    </div>
  );
}
