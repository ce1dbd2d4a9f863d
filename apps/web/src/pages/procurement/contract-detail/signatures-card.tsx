import { Badge } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { Contract } from '../../../lib/contracts';

/** The document's fingerprint and who signed its current revision, and when. */
export function SignaturesCard({ contract: c }: { contract: Contract }) {
  const { t, dateTime } = useI18n();
  const current = c.acceptances.filter((a) => !a.invalidatedAt);
  return (
    <section className="card card-body stack-sm" aria-labelledby="sign-heading">
      <h2 id="sign-heading" className="text-md">
        {t.contracts.signatures}
      </h2>
      {c.documentSha256 ? (
        <p className="small muted">
          {t.contracts.documentHash}{' '}
          <span className="mono break-all">{c.documentSha256.slice(0, 16)}…</span>
        </p>
      ) : (
        <p className="small muted">{t.contracts.notSentYet}</p>
      )}
      <dl className="kv">
        {(['interim', 'organisation'] as const).map((party) => {
          const a = current.find((x) => x.party === party);
          return (
            <div key={party} className="contents">
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
  );
}
