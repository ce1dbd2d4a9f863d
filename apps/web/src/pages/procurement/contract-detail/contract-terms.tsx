import { Badge } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { partiesOf, rateCardOf } from '../../../lib/contracts';
import type { Contract } from '../../../lib/contracts';

/** The agreed terms: parties, rate (with the rate-card check for procurement), period and form. */
export function ContractTerms({
  contract: c,
  names,
}: {
  contract: Contract;
  names: { interim: string; organisation: string } | undefined;
}) {
  const { t, date, money } = useI18n();
  const parties = partiesOf(c);
  const rateCard = rateCardOf(c);
  return (
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
  );
}
