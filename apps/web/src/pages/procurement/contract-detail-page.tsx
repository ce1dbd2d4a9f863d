import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { api, call, download } from '../../api/client';
import type { Schemas } from '../../api/client';
import { useSession } from '../../auth/session';
import { Alert, TextAreaField, errorMessage, useFormErrors } from '../../components/forms';
import { Icon } from '../../components/icons';
import { ContractStatus } from '../../components/status';
import {
  Badge,
  Dialog,
  Loading,
  PageHeader,
  QueryView,
  useTitle,
  useToast,
} from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import {
  partiesOf,
  rateCardMax,
  useContract,
  useContractNames,
  rateCardOf,
  useRateCard,
} from '../../lib/contracts';
import type { Contract } from '../../lib/contracts';
import { CONTRACT_FIELDS, ContractFields, DEFAULT_DBA, contractBody } from './contract-form';
import type { ContractDraft, Dba } from './contract-form';
import { queryKeys, useAssignment } from '../../api/queries';

const STEPS = ['draft', 'sent', 'accepted', 'active', 'completed'] as const;
/** The API asks for the user agent for its audit trail; the browser sends its own regardless. */
const UA = { 'user-agent': typeof navigator === 'undefined' ? '' : navigator.userAgent };

export function ContractDetailPage() {
  const { id = '' } = useParams();
  const query = useContract(id);
  return <QueryView query={query}>{(c) => <ContractDetail contract={c} />}</QueryView>;
}

function Steps({ status }: { status: Contract['status'] }) {
  const { t } = useI18n();
  if (status === 'terminated' || status === 'superseded') return null;
  const at = STEPS.indexOf(status);
  return (
    <ol className="steps" aria-label={t.contracts.progress}>
      {STEPS.map((s, i) => (
        <li
          key={s}
          className={i < at ? 'done' : i === at ? 'current' : ''}
          aria-current={i === at ? 'step' : undefined}
        >
          {t.status.contract[s]}
        </li>
      ))}
    </ol>
  );
}

function ContractDetail({ contract: c }: { contract: Contract }) {
  const { t, date, dateTime, money } = useI18n();
  const { me, activeOrg, hasRole } = useSession();
  const names = useContractNames([c]).get(c.id);
  useTitle(names?.assignment ?? t.nav.contracts);
  const queryClient = useQueryClient();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<'accept' | 'countersign' | 'send' | 'complete' | null>(
    null,
  );
  const [terminating, setTerminating] = useState(false);
  const [reason, setReason] = useState('');
  const isInterim = me?.accountType === 'interim';
  const isProcurement =
    !isInterim && activeOrg?.organisationId === c.organisationId && hasRole('procurement');
  const parties = partiesOf(c);
  const rateCard = rateCardOf(c);

  const done = (updated: Contract, message: string) => {
    queryClient.setQueryData(['contract', c.id], updated);
    void queryClient.invalidateQueries({ queryKey: queryKeys.contracts.all });
    void queryClient.invalidateQueries({ queryKey: ['contract-audit', c.id] });
    toast({ title: message });
    setConfirm(null);
    setTerminating(false);
  };
  const fail = (err: unknown) =>
    toast({ title: t.errors.couldNotSave, body: errorMessage(err, t), tone: 'danger' });
  const path = { params: { path: { id: c.id }, header: UA } };
  const act = useMutation({
    mutationFn: (action: 'send' | 'accept' | 'countersign' | 'complete') => {
      if (action === 'send') return call(api.POST('/api/v1/contracts/{id}/send', path));
      if (action === 'accept') return call(api.POST('/api/v1/contracts/{id}/accept', path));
      if (action === 'countersign')
        return call(api.POST('/api/v1/contracts/{id}/countersign', path));
      return call(api.POST('/api/v1/contracts/{id}/complete', path));
    },
    onSuccess: (updated, action) => done(updated, t.contracts.done[action]),
    onError: fail,
  });
  const terminate = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/contracts/{id}/terminate', { ...path, body: { reason: reason.trim() } }),
      ),
    onSuccess: (updated) => done(updated, t.contracts.done.terminate),
    onError: fail,
  });

  async function pdf() {
    try {
      await download(
        `/api/v1/contracts/${c.id}/document`,
        `gilde-contract-${c.id.slice(0, 8)}-r${c.revision}.pdf`,
      );
    } catch (err) {
      fail(err);
    }
  }

  const warnings: { tone: 'warning' | 'danger'; text: string }[] = [];
  if (rateCard?.aboveRateCard)
    warnings.push({
      tone: 'warning',
      text: t.contracts.aboveCardBody(money(c.dayRate), money(rateCard.maxDayRate)),
    });
  if (!c.dba && !isInterim) warnings.push({ tone: 'warning', text: t.contracts.dbaMissing });
  if (c.dba?.riskLevel === 'high') warnings.push({ tone: 'danger', text: t.contracts.dbaHigh });

  const currentAcceptances = c.acceptances.filter((a) => !a.invalidatedAt);

  return (
    <>
      <PageHeader
        back={{
          to: isProcurement ? '/procurement' : '/contracts',
          label: isProcurement ? t.nav.procurement : t.nav.contracts,
        }}
        eyebrow={`${t.contracts.contract} · ${t.contracts.revision(c.revision)}`}
        title={
          <span className="row gap-3">
            {names?.assignment ?? '…'} <ContractStatus status={c.status} />
          </span>
        }
        description={isInterim ? names?.organisation : names?.interim}
        actions={
          <>
            <button type="button" className="btn btn-secondary" onClick={() => void pdf()}>
              <Icon name="download" width={16} height={16} /> {t.contracts.pdf}
            </button>
            {isProcurement && c.status === 'draft' ? (
              <>
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => setEditing((v) => !v)}
                >
                  <Icon name="pen" width={16} height={16} />{' '}
                  {editing ? t.common.cancel : t.common.edit}
                </button>
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={() => setConfirm('send')}
                >
                  <Icon name="send" width={16} height={16} /> {t.contracts.send}
                </button>
              </>
            ) : null}
            {isProcurement && c.status === 'accepted' ? (
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => setConfirm('countersign')}
              >
                <Icon name="pen" width={16} height={16} /> {t.contracts.countersign}
              </button>
            ) : null}
            {isProcurement && c.status === 'active' ? (
              <>
                <button
                  type="button"
                  className="btn btn-secondary"
                  onClick={() => setConfirm('complete')}
                >
                  {t.contracts.complete}
                </button>
                <button
                  type="button"
                  className="btn btn-danger-outline"
                  onClick={() => setTerminating(true)}
                >
                  {t.contracts.terminate}
                </button>
              </>
            ) : null}
            {isInterim && c.status === 'sent' ? (
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => setConfirm('accept')}
              >
                <Icon name="check" width={16} height={16} /> {t.contracts.accept}
              </button>
            ) : null}
          </>
        }
      />
      <div className="card card-body mb-5">
        <Steps status={c.status} />
        {c.status === 'terminated' ? (
          <Alert tone="danger" title={t.status.contract.terminated}>
            {c.terminationReason}
          </Alert>
        ) : null}
      </div>
      {isInterim && c.status === 'sent' ? (
        <div className="mb-5">
          <Alert tone="info" title={t.contracts.toAcceptTitle}>
            {t.contracts.toAcceptBody}
          </Alert>
        </div>
      ) : null}
      {warnings.length && !isInterim && ['draft', 'sent', 'accepted'].includes(c.status) ? (
        <div className="stack-sm mb-5">
          {warnings.map((w) => (
            <Alert key={w.text} tone={w.tone}>
              {w.text}
            </Alert>
          ))}
        </div>
      ) : null}
      {editing ? (
        <EditContract
          contract={c}
          onCancel={() => setEditing(false)}
          onDone={(updated) => {
            setEditing(false);
            done(updated, t.contracts.updated);
          }}
        />
      ) : (
        <div className="layout-aside">
          <div className="stack-lg">
            <section className="card" aria-labelledby="terms-heading">
              <div className="card-header">
                <h2 id="terms-heading">{t.contracts.sections.terms}</h2>
              </div>
              <div className="card-body">
                <dl className="kv">
                  <dt>{t.contracts.interim}</dt>
                  <dd>{parties?.interim.name ?? names?.interim}</dd>
                  <dt>{t.contracts.client}</dt>
                  <dd>{parties?.organisation.name ?? names?.organisation}</dd>
                  <dt>{t.responses.rate}</dt>
                  <dd>
                    {money(c.dayRate)}
                    {/* The rate card is the client's internal policy: the interim's view never carries it. */}
                    {rateCard ? (
                      <>
                        {' '}
                        {rateCard.aboveRateCard ? (
                          <Badge tone="warning">{t.contracts.aboveCard}</Badge>
                        ) : null}
                        {rateCard.maxDayRate !== null ? (
                          <div className="small muted">
                            {t.contracts.cardMax(money(rateCard.maxDayRate))}
                          </div>
                        ) : null}
                        {rateCard.justification ? (
                          <div className="small muted">“{rateCard.justification}”</div>
                        ) : null}
                      </>
                    ) : null}
                  </dd>
                  <dt>{t.assignment.period}</dt>
                  <dd>
                    {date(c.startDate)} – {date(c.endDate)}
                  </dd>
                  <dt>{t.assignment.fields.hours}</dt>
                  <dd>{t.common.hoursPerWeek(c.hoursPerWeek)}</dd>
                  <dt>{t.contracts.placeOfWork}</dt>
                  <dd>{c.placeOfWork ?? '—'}</dd>
                  <dt>{t.contracts.noticePeriod}</dt>
                  <dd>{c.noticePeriodDays != null ? t.common.days(c.noticePeriodDays) : '—'}</dd>
                  <dt>{t.contracts.form}</dt>
                  <dd>{t.contracts.forms[c.form]}</dd>
                  <dt>{t.contracts.modelAgreement}</dt>
                  <dd>{c.modelAgreement.title ?? c.modelAgreement.reference ?? '—'}</dd>
                </dl>
                {c.terms ? (
                  <>
                    <hr className="divider" />
                    <p className="small pre-line">{c.terms}</p>
                  </>
                ) : null}
              </div>
            </section>
            {isProcurement ? <AuditTrail contractId={c.id} /> : null}
          </div>
          <aside className="stack">
            {!isInterim ? <DbaCard dba={c.dba} /> : null}
            <section className="card card-body stack-sm" aria-labelledby="sign-heading">
              <h2 id="sign-heading" className="text-md">
                {t.contracts.signatures}
              </h2>
              {c.documentSha256 ? (
                <p className="small muted">
                  {t.contracts.documentHash}{' '}
                  <span className="mono" style={{ wordBreak: 'break-all' }}>
                    {c.documentSha256.slice(0, 16)}…
                  </span>
                </p>
              ) : (
                <p className="small muted">{t.contracts.notSentYet}</p>
              )}
              <dl className="kv">
                {(['interim', 'organisation'] as const).map((party) => {
                  const a = currentAcceptances.find((x) => x.party === party);
                  return (
                    <div key={party} style={{ display: 'contents' }}>
                      <dt>{party === 'interim' ? t.contracts.interim : t.contracts.client}</dt>
                      <dd>
                        {a ? (
                          <>
                            <Badge tone="success">{t.contracts.signed}</Badge>
                            <div className="small subtle">{dateTime(a.acceptedAt)}</div>
                          </>
                        ) : (
                          <Badge>{t.contracts.notSigned}</Badge>
                        )}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </section>
          </aside>
        </div>
      )}
      <Dialog
        open={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm ? t.contracts.confirm[confirm].title : ''}
        footer={
          <>
            <button type="button" className="btn btn-secondary" onClick={() => setConfirm(null)}>
              {t.common.cancel}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={act.isPending}
              onClick={() => confirm && act.mutate(confirm)}
            >
              {confirm ? t.contracts.confirm[confirm].action : ''}
            </button>
          </>
        }
      >
        <p>{confirm ? t.contracts.confirm[confirm].body : ''}</p>
      </Dialog>
      <Dialog
        open={terminating}
        onClose={() => setTerminating(false)}
        title={t.contracts.terminate}
        footer={
          <>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => setTerminating(false)}
            >
              {t.common.cancel}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              disabled={!reason.trim() || terminate.isPending}
              onClick={() => terminate.mutate()}
            >
              {t.contracts.terminate}
            </button>
          </>
        }
      >
        <TextAreaField
          label={t.contracts.terminationReason}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Dialog>
    </>
  );
}

function DbaCard({ dba }: { dba: Schemas['DbaAnnexView'] | null }) {
  const { t } = useI18n();
  const tone =
    dba?.riskLevel === 'high' ? 'danger' : dba?.riskLevel === 'medium' ? 'warning' : 'success';
  return (
    <section className="card card-body stack-sm" aria-labelledby="dba-heading">
      <div className="row between">
        <h2 id="dba-heading" className="text-md">
          {t.contracts.sections.dba}
        </h2>
        {dba ? (
          <Badge tone={tone}>{t.contracts.risk[dba.riskLevel]}</Badge>
        ) : (
          <Badge tone="warning">{t.contracts.notAnswered}</Badge>
        )}
      </div>
      {dba ? (
        <>
          <p className="small muted">
            {t.contracts.dbaSummary(dba.hourlyRate, dba.durationMonths)}
          </p>
          {dba.reasons.length ? (
            <ul className="explanations">
              {dba.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          ) : (
            <p className="small">{t.contracts.dbaNoConcerns}</p>
          )}
        </>
      ) : (
        <p className="small muted">{t.contracts.dbaMissing}</p>
      )}
    </section>
  );
}

function AuditTrail({ contractId }: { contractId: string }) {
  const { t, dateTime } = useI18n();
  const query = useQuery({
    queryKey: ['contract-audit', contractId],
    queryFn: () =>
      call(
        api.GET('/api/v1/contracts/{id}/audit', {
          params: { path: { id: contractId }, query: { pageSize: 100 } },
        }),
      ),
  });
  return (
    <section className="card" aria-labelledby="audit-heading">
      <div className="card-header">
        <h2 id="audit-heading">{t.contracts.audit}</h2>
      </div>
      <div className="card-body">
        {query.isPending ? (
          <Loading />
        ) : (
          <ol className="timeline">
            {(query.data?.items ?? []).map((e, i) => (
              <li key={`${i}:${e.at}`}>
                <div className="row between">
                  <strong>{t.contracts.actions[e.action] ?? e.action.replace(/[._]/g, ' ')}</strong>
                  <span className="small subtle">{dateTime(e.at)}</span>
                </div>
                <div className="small muted">
                  {e.actorName ?? t.contracts.system}
                  {e.ip ? ` · ${e.ip}` : ''}
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}

function EditContract({
  contract: c,
  onDone,
  onCancel,
}: {
  contract: Contract;
  onDone: (updated: Contract) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const card = useRateCard(c.organisationId);
  const parties = partiesOf(c);
  const kind = parties?.assignment.assignmentKind;
  const assignment = useAssignment(c.assignmentId);
  const [draft, setDraft] = useState<ContractDraft>(() => ({
    dayRate: String(c.dayRate),
    startDate: c.startDate,
    endDate: c.endDate,
    hoursPerWeek: String(c.hoursPerWeek),
    form: c.form,
    seniority: (c.seniority as ContractDraft['seniority']) ?? '',
    noticePeriodDays: c.noticePeriodDays == null ? '' : String(c.noticePeriodDays),
    placeOfWork: c.placeOfWork ?? '',
    terms: c.terms ?? '',
    rateJustification: rateCardOf(c)?.justification ?? '',
    dba: c.dba
      ? { ...DEFAULT_DBA, ...(c.dba.answers as unknown as Partial<Dba>) }
      : { ...DEFAULT_DBA },
  }));
  const set = <K extends keyof ContractDraft>(key: K, value: ContractDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const form = useFormErrors(CONTRACT_FIELDS);
  const cardMax = rateCardMax(
    card.data,
    kind ?? assignment.data?.assignmentKind,
    draft.seniority || null,
  );
  const aboveCard = cardMax !== null && Number(draft.dayRate) > cardMax;
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/v1/contracts/{id}', {
          params: { path: { id: c.id } },
          body: contractBody(draft, aboveCard),
        }),
      ),
    onSuccess: onDone,
    onError: form.fromError,
  });
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.clear();
    save.mutate();
  }
  return (
    <form className="stack-lg" onSubmit={onSubmit} noValidate>
      {form.banner}
      <ContractFields draft={draft} set={set} errors={form.errors} cardMax={cardMax} />
      <div className="btn-row end">
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t.common.cancel}
        </button>
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t.common.saving : t.common.save}
        </button>
      </div>
    </form>
  );
}
