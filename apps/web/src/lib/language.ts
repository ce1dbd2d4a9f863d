import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { api, call } from '../api/client';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import type { Lang } from '../i18n/i18n';

/**
 * Switches the language on this device and, when signed in, on the account too: the API words
 * match explanations, notifications and e-mails in the account's language.
 */
export function useChangeLanguage(): (lang: Lang) => void {
  const { setLang } = useI18n();
  const { status } = useSession();
  const queryClient = useQueryClient();
  return useCallback(
    (lang: Lang) => {
      setLang(lang);
      if (status !== 'authenticated') return;
      void call(api.PUT('/api/v1/me/notification-preferences', { body: { locale: lang } }))
        .then(() => queryClient.invalidateQueries())
        .catch(() => undefined);
    },
    [setLang, status, queryClient],
  );
}

/** Without a choice on this device, the account's language applies once signed in. */
export function useAdoptAccountLanguage(): void {
  const { lang, chosen, setLang } = useI18n();
  const { me } = useSession();
  useEffect(() => {
    if (!chosen && me && me.locale !== lang) setLang(me.locale);
  }, [chosen, me, lang, setLang]);
}
