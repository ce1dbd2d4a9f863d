import { Link } from 'react-router-dom';
import { Icon } from '../../../components/icons';
import { Avatar, Badge, EmptyState, Loading } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { useAssignmentKinds } from '../../../lib/catalogue';
import type { AwaitingContract } from '../../../lib/contracts';
import { proposedRate } from '../../../lib/responses';

/** Selected candidates still without a contract, each with a link to draft one. */
export function WaitingList({
  waiting,
  isPending,
}: {
  waiting: AwaitingContract[];
  isPending: boolean;
}) {
  const { t, date, money } = useI18n();
  const kinds = useAssignmentKinds();
  return (
    <section className="card" aria-labelledby="waiting-heading">
      <div className="card-header">
        <h2 id="waiting-heading">{t.procurement.waitingTitle}</h2>
        <span className="count">{waiting.length}</span>
      </div>
      {isPending ? (
        <Loading />
      ) : waiting.length === 0 ? (
        <EmptyState icon="check" title={t.procurement.noneWaiting}>
          {t.procurement.noneWaitingBody}
        </EmptyState>
      ) : (
        <ul className="list">
          {waiting.map(({ response, assignment }) => (
            <li className="list-item" key={response.id}>
              <Avatar name={response.interim.displayName} />
              <div className="grow stack-sm gap-hairline">
                <strong>{response.interim.displayName}</strong>
                <span className="small muted">
                  {assignment.title} · {kinds.label(assignment.assignmentKind)}
                </span>
                <span className="small">
                  {t.procurement.proposed} <strong>{money(proposedRate(response))}</strong> ·{' '}
                  {t.responses.availableFrom} {date(response.availableFrom)}
                  {response.withinBudget === false ? (
                    <>
                      {' '}
                      <Badge tone="warning">{t.responses.overBudget}</Badge>
                    </>
                  ) : null}
                </span>
              </div>
              <Link
                className="btn btn-primary btn-sm"
                to={`/contracts/new?responseId=${response.id}`}
              >
                <Icon name="pen" width={16} height={16} /> {t.procurement.draft}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
