import { useMutation } from '@tanstack/react-query';
import { ApiError, api, call } from '../api/client';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { Alert } from './forms';
import { useToast } from './ui';

/** Shown on every screen until the address is verified, with a way to get a new link. */
export function VerifyEmailBanner() {
  const { t } = useI18n();
  const { me } = useSession();
  const toast = useToast();
  const resend = useMutation({
    mutationFn: () => call(api.POST('/api/v1/auth/verify-email/resend')),
    onSuccess: () => toast({ title: t.account.resent }),
    onError: (err) =>
      toast({
        title: err instanceof ApiError && err.status === 429 ? t.account.tooMany : err.message,
      }),
  });
  if (!me || me.emailVerified) return null;
  return (
    <Alert tone="warning">
      {t.account.verifyBanner}{' '}
      <button
        type="button"
        className="btn btn-link"
        disabled={resend.isPending}
        onClick={() => resend.mutate()}
      >
        {t.account.resend}
      </button>
    </Alert>
  );
}
