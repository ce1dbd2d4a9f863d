import { useI18n } from '../../i18n/i18n';
import { isoDate } from '../../lib/dates';

interface Period {
  from: string;
  to: string;
  hoursPerWeek: number;
}

/** Twelve months from now, each marked available, partly available or not, with the hours. */
export function AvailabilityStrip({ periods, from }: { periods: Period[]; from?: string | null }) {
  const { t, lang } = useI18n();
  const monthFmt = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    month: 'short',
    year: '2-digit',
  });
  const now = new Date();
  const months = Array.from({ length: 12 }, (_, i) => {
    const start = new Date(now.getFullYear(), now.getMonth() + i, 1);
    const end = new Date(now.getFullYear(), now.getMonth() + i + 1, 0);
    const s = isoDate(start);
    const e = isoDate(end);
    const overlapping = periods.filter((p) => p.from <= e && p.to >= s);
    let state: 'available' | 'partial' | 'none' = 'none';
    let hours = 0;
    if (overlapping.length) {
      hours = Math.max(...overlapping.map((p) => p.hoursPerWeek));
      state = overlapping.some((p) => p.from <= s && p.to >= e) ? 'available' : 'partial';
    } else if (!periods.length && from) {
      state = from <= s ? 'available' : from <= e ? 'partial' : 'none';
    }
    return { label: monthFmt.format(start), state, hours };
  });
  return (
    <div className="calendar" role="list" aria-label={t.profile.calendarLabel}>
      {months.map((m) => (
        <div
          key={m.label}
          role="listitem"
          className={`calendar-month ${m.state === 'none' ? '' : m.state}`}
        >
          <strong>{m.label}</strong>
          <span className="small">
            {m.state === 'none'
              ? t.profile.calendar.none
              : m.hours
                ? t.common.hoursPerWeek(m.hours)
                : m.state === 'available'
                  ? t.profile.calendar.available
                  : t.profile.calendar.partial}
          </span>
        </div>
      ))}
    </div>
  );
}
