import { useProfileViews } from '../../api/queries';
import { Alert, errorMessage } from '../../components/forms';
import { PageHeader, useTitle } from '../../components/ui';
import { useI18n } from '../../i18n/i18n';
import { DataExportSection, EraseAccountSection } from '../account-data-sections';

/** GDPR: download everything stored about you, see who opened your profile, or erase your account. */
export function PrivacyPage() {
  const { t, date } = useI18n();
  useTitle(t.nav.privacy);
  const views = useProfileViews();

  return (
    <>
      <PageHeader eyebrow={t.roles.interim} title={t.privacy.title} description={t.privacy.lead} />
      <div className="stack-lg">
        <DataExportSection body={t.privacy.exportBody} />
        <section className="card" aria-labelledby="views-heading">
          <div className="card-header">
            <h2 id="views-heading">{t.privacy.viewsTitle}</h2>
          </div>
          <div className="card-body stack">
            <p className="muted">{t.privacy.viewsBody}</p>
            {views.isError ? <Alert tone="danger">{errorMessage(views.error, t)}</Alert> : null}
            {views.data && views.data.items.length === 0 ? <p>{t.privacy.viewsEmpty}</p> : null}
            {views.data && views.data.items.length > 0 ? (
              <ul>
                {views.data.items.map((v) => (
                  <li key={`${v.viewedOn}-${v.organisationName}`}>
                    {v.organisationName} — {date(v.viewedOn)}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </section>
        <EraseAccountSection body={t.privacy.eraseBody} />
      </div>
    </>
  );
}
