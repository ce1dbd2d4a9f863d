import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { en } from './en';
import type { Dictionary } from './en';
import { nl } from './nl';

export type Lang = 'en' | 'nl';
export const LANGS: readonly Lang[] = ['en', 'nl'];
const STORAGE_KEY = 'gilde.lang';
const dictionaries: Record<Lang, Dictionary> = { en, nl };

export interface I18n {
  lang: Lang;
  /** True once the user picked a language on this device (then it wins over the account's). */
  chosen: boolean;
  t: Dictionary;
  setLang: (lang: Lang) => void;
  date: (value: string | Date | null | undefined) => string;
  dateTime: (value: string | Date | null | undefined) => string;
  relative: (value: string | Date) => string;
  money: (euros: number | null | undefined) => string;
  number: (value: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'nl') return stored;
  } catch {
    // no storage: fall through to the browser's language
  }
  return navigator.language?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [chosen, setChosen] = useState<boolean>(() => {
    try {
      return localStorage.getItem(STORAGE_KEY) !== null;
    } catch {
      return false;
    }
  });

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    setChosen(true);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // the choice then lasts for this visit only
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
    const dateFmt = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    const dateTimeFmt = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    const moneyFmt = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    const numberFmt = new Intl.NumberFormat(locale);
    const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    return {
      lang,
      chosen,
      t: dictionaries[lang],
      setLang,
      date: (v) => (v ? dateFmt.format(toDate(v)) : '—'),
      dateTime: (v) => (v ? dateTimeFmt.format(toDate(v)) : '—'),
      relative: (v) => {
        const seconds = (toDate(v).getTime() - Date.now()) / 1000;
        const abs = Math.abs(seconds);
        if (abs < 60) return rtf.format(Math.round(seconds), 'second');
        if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
        if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
        if (abs < 86400 * 30) return rtf.format(Math.round(seconds / 86400), 'day');
        return dateFmt.format(toDate(v));
      },
      money: (v) => (v === null || v === undefined ? '—' : moneyFmt.format(v)),
      number: (v) => numberFmt.format(v),
    };
  }, [lang, chosen, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export function useT(): Dictionary {
  return useI18n().t;
}
