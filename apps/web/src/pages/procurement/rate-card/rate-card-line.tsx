import { RemoveButton } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import type { AssignmentKind } from '../../../lib/catalogue';
import { useAssignmentKinds } from '../../../lib/catalogue';
import type { RateCardRow, Seniority } from '../../../lib/rate-card-rows';

/** One line of the rate card: kind, seniority (or any) and the maximum day rate. */
export function RateCardLine({
  row: r,
  index: i,
  canEdit,
  onChange,
  onRemove,
}: {
  row: RateCardRow;
  index: number;
  canEdit: boolean;
  onChange: (patch: Partial<RateCardRow>) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const kinds = useAssignmentKinds();
  return (
    <tr>
      <td>
        <select
          className="select"
          value={r.assignmentKind}
          disabled={!canEdit}
          aria-label={`${t.assignment.fields.kind} ${i + 1}`}
          onChange={(e) => onChange({ assignmentKind: e.target.value as AssignmentKind })}
        >
          <option value="">{t.assignment.placeholders.choose}</option>
          {kinds.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          className="select"
          value={r.seniority}
          disabled={!canEdit}
          aria-label={`${t.rateCard.seniority} ${i + 1}`}
          onChange={(e) => onChange({ seniority: e.target.value as Seniority | '' })}
        >
          <option value="">{t.rateCard.anySeniority}</option>
          {(['medior', 'senior', 'executive'] as const).map((s) => (
            <option key={s} value={s}>
              {t.rateCard.seniorities[s]}
            </option>
          ))}
        </select>
      </td>
      <td className="col-rate">
        <div className="input-group">
          <input
            className="input"
            type="number"
            min={1}
            value={r.maxDayRate}
            disabled={!canEdit}
            aria-label={`${t.rateCard.max} ${i + 1}`}
            onChange={(e) => onChange({ maxDayRate: e.target.value })}
          />
          <span className="input-addon">{t.assignment.rateAddon}</span>
        </div>
      </td>
      <td className="num">
        {canEdit ? (
          <RemoveButton label={`${t.common.remove} ${i + 1}`} icon="trash" onClick={onRemove} />
        ) : null}
      </td>
    </tr>
  );
}
