import { Alert, App, Card } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { useRegions } from '../../modules/organisations/hooks/useRegions';
import { ProfileForm } from '../../modules/talent/components/ProfileForm';
import { useMyProfile } from '../../modules/talent/hooks/useMyProfile';
import { useTalentMutations } from '../../modules/talent/hooks/useTalentMutations';
import type { ProfileFields } from '../../modules/talent/utils/profileForm';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** 我的简历: the seeker creates and keeps their profile and résumé. */
export function MyProfilePage() {
  const t = useT();
  const { message } = App.useApp();
  const { saveMyProfile } = useTalentMutations();
  const profile = useMyProfile();
  const regions = useRegions();
  const seeker = profile.data ?? null;
  const error = profile.error ?? regions.error;
  const isReady = (seeker !== null || profile.hasNoProfile) && regions.data !== undefined;

  async function handleSubmit(fields: ProfileFields) {
    await saveMyProfile({ ...fields, ...(seeker ? { version: seeker.version } : {}) });
    void message.success(seeker ? t('talent.profile.saved') : t('talent.profile.created'));
    profile.reload();
  }

  return (
    <>
      <PageHeading title={t('menu.profile')} description={t('talent.profile.lead')} />
      {profile.hasNoProfile ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('talent.profile.none')} />
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      <Card variant="outlined">
        {isReady && regions.data ? (
          <ProfileForm
            key={seeker ? `${seeker.id}:${seeker.version}` : 'new'}
            seeker={seeker}
            regions={regions.data}
            mode="self"
            submitLabel={seeker ? t('common.save') : t('talent.profile.create')}
            onSubmit={handleSubmit}
            onReload={profile.reload}
          />
        ) : error ? null : (
          <LoadingBlock />
        )}
      </Card>
      <p style={{ marginTop: 16 }}>
        <Link to="/console/consents">{t('talent.profile.toConsents')}</Link>
      </p>
    </>
  );
}
