import type { ReactNode } from 'react';
import { Icon } from '../../../components/icons';

/** One labelled fact of the overview's side panel, with its icon. */
export function Fact({
  icon,
  label,
  children,
}: {
  icon: Parameters<typeof Icon>[0]['name'];
  label: string;
  children: ReactNode;
}) {
  return (
    <div className="row top nowrap">
      <span className="empty-icon icon-tile" aria-hidden="true">
        <Icon name={icon} width={18} height={18} />
      </span>
      <div>
        <div className="small muted">{label}</div>
        <div className="fact-value">{children}</div>
      </div>
    </div>
  );
}
