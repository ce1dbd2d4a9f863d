import { Navigate } from 'react-router-dom';
import { useRateCard } from '../../../api/queries';
import { useSession } from '../../../auth/session';
import { Loading, PageHeader, useTitle } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { ContractDetailsForm } from './contract-details-form';
import { RateCardEditor } from './rate-card-editor';

/** The organisation's rate card: a maximum day rate per kind of assignment (and seniority). */
export function RateCardPage() {
  const { t } = useI18n();
  useTitle(t.nav.rateCard);
  const { activeOrg, hasRole } = useSession();
  const card = useRateCard(activeOrg?.organisationId);
  if (!activeOrg) return <Navigate to="/organisations/new" replace />;
  const canEdit = hasRole('admin') || hasRole('procurement');
  return (
    <>
      <PageHeader
        eyebrow={activeOrg.organisationName}
        title={t.nav.rateCard}
        description={t.rateCard.lead}
      />
      {card.isPending ? (
        <Loading />
      ) : (
        <div className="stack-lg">
          <RateCardEditor
            key={card.data?.updatedAt ?? 'empty'}
            organisationId={activeOrg.organisationId}
            entries={card.data?.entries ?? []}
            updatedAt={card.data?.updatedAt ?? null}
            canEdit={canEdit}
          />
          <ContractDetailsForm organisationId={activeOrg.organisationId} canEdit={canEdit} />
        </div>
      )}
    </>
  );
}
