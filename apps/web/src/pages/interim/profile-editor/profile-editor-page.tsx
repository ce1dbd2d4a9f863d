import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, call } from '../../../api/client';
import type { Schemas } from '../../../api/client';
import { queryKeys, useOwnProfile } from '../../../api/queries';
import { Alert, useFormErrors } from '../../../components/forms';
import { Loading, PageHeader, useTitle, useToast } from '../../../components/ui';
import { useI18n } from '../../../i18n/i18n';
import { FIELDS, fromProfile, toBody } from '../../../lib/profile-draft';
import type { Draft, Profile } from '../../../lib/profile-draft';
import { AvailabilityEditor } from './availability-editor';
import { BasicsSection } from './basics-section';
import { CredentialsSection } from './credentials-section';
import { ExperienceSection } from './experience-section';
import { PreferencesSection } from './preferences-section';
import { RatesSection } from './rates-section';
import { SkillsSection } from './skills-section';

export function ProfileEditorPage() {
  const query = useOwnProfile();
  if (query.isPending) return <Loading />;
  return <ProfileEditor key={query.data?.version ?? 'new'} profile={query.data ?? undefined} />;
}

/** The interim manager's own profile, section by section, and their availability below it. */
function ProfileEditor({ profile }: { profile?: Profile }) {
  const { t } = useI18n();
  useTitle(t.nav.profile);
  const queryClient = useQueryClient();
  const toast = useToast();
  const [draft, setDraft] = useState<Draft>(() => fromProfile(profile));
  const [resolutions, setResolutions] = useState<Schemas['ProfileSkillResolutionView'][]>([]);
  const form = useFormErrors(FIELDS);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const save = useMutation({
    mutationFn: () => call(api.PUT('/api/v1/interims/me/profile', { body: toBody(draft) })),
    onSuccess: (saved) => {
      setResolutions(saved.skillResolutions);
      queryClient.setQueryData(queryKeys.ownProfile, saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.interimMatches.all });
      toast({ title: t.profile.savedToast });
    },
    onError: form.fromError,
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    form.clear();
    save.mutate();
  }

  const section = { draft, set, errors: form.errors };
  return (
    <>
      <PageHeader
        eyebrow={t.roles.interim}
        title={t.profile.title}
        description={profile ? t.profile.lead : t.profile.leadNew}
      />
      <form className="stack-lg" onSubmit={onSubmit} noValidate>
        {!profile ? <Alert tone="info">{t.profile.noProfileYet}</Alert> : null}
        {form.banner}
        <BasicsSection {...section} />
        <SkillsSection {...section} resolutions={resolutions} />
        <ExperienceSection {...section} />
        <RatesSection {...section} />
        <CredentialsSection {...section} stored={profile?.credentials ?? []} />
        <PreferencesSection {...section} />
        <div className="btn-row end">
          <button type="submit" className="btn btn-primary btn-lg" disabled={save.isPending}>
            {save.isPending ? t.common.saving : t.profile.save}
          </button>
        </div>
      </form>
      {profile ? (
        <AvailabilityEditor initial={profile.availability} availableFrom={profile.availableFrom} />
      ) : null}
    </>
  );
}
