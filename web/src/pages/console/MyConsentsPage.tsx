import { Alert, App, Button } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { AutoRecommendCard } from '../../modules/seeker-matching/components/AutoRecommendCard';
import { ConsentPanel } from '../../modules/talent/components/ConsentPanel';
import { useMyConsents } from '../../modules/talent/hooks/useMyConsents';
import { useMyProfile } from '../../modules/talent/hooks/useMyProfile';
import { useTalentMutations } from '../../modules/talent/hooks/useTalentMutations';
import type { Consent, ConsentPayload } from '../../modules/talent/types';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** 授权管理: the seeker grants and withdraws consent per purpose (PIPL art. 14, 15, 29). */
export function MyConsentsPage() {
  const t = useT();
  const { message } = App.useApp();
  const { grantMyConsent, withdrawMyConsent } = useTalentMutations();
  const consents = useMyConsents();
  const profile = useMyProfile();

  async function handleGrant(payload: ConsentPayload) {
    await grantMyConsent(payload);
    void message.success(t('talent.consent.granted'));
    consents.reload();
  }

  async function handleWithdraw(consent: Consent) {
    await withdrawMyConsent(consent.id);
    void message.success(t('talent.consent.withdrawn'));
    consents.reload();
  }

  return (
    <>
      <PageHeading
        title={t('menu.consents')}
        description={
          <>
            {t('talent.consent.lead')} <Link to="/privacy">{t('talent.consent.readPolicy')}</Link>
          </>
        }
      />
      {profile.hasNoProfile ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('talent.consent.needsProfile')}
          action={
            <ButtonLink size="small" to="/console/profile">
              {t('menu.profile')}
            </ButtonLink>
          }
        />
      ) : null}
      {consents.error ? (
        <ErrorAlert
          error={consents.error}
          action={
            <Button size="small" onClick={consents.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}
      <div style={{ marginBottom: 16 }}>
        <AutoRecommendCard isDisabled={profile.hasNoProfile} />
      </div>
      {consents.data ? (
        <ConsentPanel consents={consents.data.items} mode="self" onGrant={handleGrant} onWithdraw={handleWithdraw} />
      ) : consents.error ? null : (
        <LoadingBlock />
      )}
    </>
  );
}
