import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api, call } from '../../api/client';
import { errorMessage } from '../../components/forms';
import { ResponseStatus } from '../../components/status';
import { EmptyState, PageHeader, QueryView, useTitle, useToast } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { queryKeys, useMyResponses } from '../../api/queries';

export function MyResponsesPage() {
  const { t, date, money, relative } = useI18n();
  useTitle(t.nav.myResponses);
  const query = useMyResponses();
  const queryClient = useQueryClient();
  const toast = useToast();
  const withdraw = useMutation({
    mutationFn: (id: string) =>
      call(api.POST('/api/v1/responses/{id}/withdraw', { params: { path: { id } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.myResponses });
      toast({ title: t.interim.withdrawn });
    },
    onError: (err) =>
      toast({ title: t.errors.couldNotSave, body: errorMessage(err, t), tone: 'danger' }),
  });
  return (
    <>
      <PageHeader
        eyebrow={t.roles.interim}
        title={t.nav.myResponses}
        description={t.interim.responsesLead}
      />
      <QueryView query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <div className="card">
              <EmptyState
                icon="inbox"
                title={t.interim.noResponses}
                action={
                  <Link className="btn btn-primary" to="/interim/search">
                    {t.nav.search}
                  </Link>
                }
              >
                {t.interim.noResponsesBody}
              </EmptyState>
            </div>
          ) : (
            <ul className="card list">
              {page.items.map((r) => (
                <li className="list-item" key={r.id}>
                  <div className="grow stack-sm">
                    <div className="row between">
                      <div>
                        <Link to={`/assignments/${r.assignment.id}`} className="link-strong">
                          {r.assignment.title}
                        </Link>
                        <div className="small muted">
                          {r.assignment.organisationName} · {t.interim.sent(relative(r.createdAt))}
                        </div>
                      </div>
                      <ResponseStatus status={r.status} />
                    </div>
                    <div className="small">
                      {money(r.proposedDayRate)} {t.common.perDay} · {t.responses.availableFrom}{' '}
                      {date(r.availableFrom)}
                    </div>
                    {r.status === 'rejected' ? (
                      <div className="alert warning small">
                        <div>
                          <strong>
                            {r.rejectionReason
                              ? t.rejectionReasons[r.rejectionReason]
                              : t.status.response.rejected}
                          </strong>
                          {r.rejectionNote ? <div>{r.rejectionNote}</div> : null}
                        </div>
                      </div>
                    ) : null}
                    {r.status === 'selected' ? (
                      <div className="alert success small">{t.interim.selectedNote}</div>
                    ) : null}
                    {r.status === 'submitted' || r.status === 'shortlisted' ? (
                      <div className="btn-row end">
                        <button
                          type="button"
                          className="btn btn-ghost btn-sm"
                          disabled={withdraw.isPending}
                          onClick={() => withdraw.mutate(r.id)}
                        >
                          {t.interim.withdraw}
                        </button>
                      </div>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}
