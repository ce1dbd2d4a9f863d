import type { Schemas } from '../../../api/client';
import { Badge } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';

/** The self-employment (DBA) check: its risk level and the reasons behind it. */
export function DbaCard({ dba }: { dba: Schemas['DbaAnnexView'] | null }) {
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
