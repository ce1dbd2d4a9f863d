import { Link } from 'react-router-dom';
import type { Schemas } from '../../../api/client';
import { Icon } from '../../../components/icons';
import { useI18n } from '../../../i18n/i18n';
import { nextTransition } from '../../../lib/assignment-tabs';
import { useAssignmentTransition } from './use-assignment-transition';

/** The hiring manager's buttons in the page header: edit, and publish, close or reopen. */
export function AssignmentActions({ assignment: a }: { assignment: Schemas['AssignmentView'] }) {
  const { t } = useI18n();
  const transition = useAssignmentTransition(a.id);
  const next = nextTransition(a.status);
  return (
    <>
      {a.status !== 'filled' ? (
        <Link className="btn btn-secondary" to={`/assignments/${a.id}/edit`}>
          <Icon name="pen" width={16} height={16} /> {t.common.edit}
        </Link>
      ) : null}
      {next === 'publish' ? (
        <button
          className="btn btn-primary"
          type="button"
          onClick={() => transition.mutate('publish')}
          disabled={transition.isPending}
        >
          <Icon name="send" width={16} height={16} /> {t.assignment.publish}
        </button>
      ) : null}
      {next === 'close' || next === 'reopen' ? (
        <button
          className="btn btn-secondary"
          type="button"
          onClick={() => transition.mutate(next)}
          disabled={transition.isPending}
        >
          {next === 'close' ? t.assignment.close : t.assignment.reopen}
        </button>
      ) : null}
    </>
  );
}
