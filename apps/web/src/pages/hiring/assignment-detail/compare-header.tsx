import { Link } from 'react-router-dom';
import { Avatar, RemoveButton } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { CompareColumn } from './compare-column';

/** The compared candidates' names and headlines, each with a button to drop them. */
export function CompareHeader({
  assignmentId,
  columns,
  onRemove,
}: {
  assignmentId: string;
  columns: CompareColumn[];
  onRemove: (id: string) => void;
}) {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <td aria-hidden="true" />
        {columns.map((c) => {
          const name =
            c.profile?.displayName ??
            c.response?.interim.displayName ??
            c.match?.interim.headline ??
            '—';
          return (
            <th scope="col" key={c.id}>
              <div className="row between top nowrap">
                <div className="row nowrap">
                  <Avatar name={name} size="sm" />
                  <div>
                    <Link to={`/candidates/${c.id}?assignment=${assignmentId}`}>{name}</Link>
                    <div className="small muted weight-normal">{c.profile?.headline ?? ''}</div>
                  </div>
                </div>
                <RemoveButton label={t.compare.remove(name)} onClick={() => onRemove(c.id)} />
              </div>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
