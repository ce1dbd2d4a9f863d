import { useT } from '../i18n/i18n';
import { Badge } from './ui';
import type { Tone } from './ui';

const ASSIGNMENT_TONES: Record<string, Tone> = {
  draft: 'neutral',
  published: 'success',
  closed: 'warning',
  filled: 'brand',
};

const RESPONSE_TONES: Record<string, Tone> = {
  submitted: 'info',
  shortlisted: 'brand',
  selected: 'success',
  rejected: 'danger',
  withdrawn: 'neutral',
};

const CONTRACT_TONES: Record<string, Tone> = {
  draft: 'neutral',
  sent: 'info',
  accepted: 'brand',
  active: 'success',
  completed: 'success',
  terminated: 'danger',
};

const CREDENTIAL_TONES: Record<string, Tone> = {
  unverified: 'warning',
  verified: 'success',
  expired: 'danger',
  suspended: 'danger',
};

export function AssignmentStatus({ status }: { status: string }) {
  const t = useT();
  return <Badge tone={ASSIGNMENT_TONES[status]}>{t.status.assignment[status] ?? status}</Badge>;
}

export function ResponseStatus({ status }: { status: string }) {
  const t = useT();
  return <Badge tone={RESPONSE_TONES[status]}>{t.status.response[status] ?? status}</Badge>;
}

export function ContractStatus({ status }: { status: string }) {
  const t = useT();
  return <Badge tone={CONTRACT_TONES[status]}>{t.status.contract[status] ?? status}</Badge>;
}

export function CredentialStatus({ status }: { status: string }) {
  const t = useT();
  return <Badge tone={CREDENTIAL_TONES[status]}>{t.status.credential[status] ?? status}</Badge>;
}
