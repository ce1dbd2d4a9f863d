import { RadioChips } from '../../../components/forms';
import { useI18n } from '../../../i18n/i18n';

/** A yes-or-no question as two chips. */
export function YesNo({
  legend,
  value,
  onChange,
  name,
}: {
  legend: string;
  value: boolean;
  onChange: (v: boolean) => void;
  name: string;
}) {
  const { t } = useI18n();
  return (
    <RadioChips
      legend={legend}
      name={name}
      options={[
        { value: 'yes', label: t.common.yes },
        { value: 'no', label: t.common.no },
      ]}
      value={value ? 'yes' : 'no'}
      onChange={(v) => onChange(v === 'yes')}
    />
  );
}
