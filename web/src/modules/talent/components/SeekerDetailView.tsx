import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { PageHeading } from '../../../ui/PageHeading';
import { SeekerConsultations } from '../../consultations/components/SeekerConsultations';
import { useSeeker } from '../hooks/useSeeker';
import { useTalentMutations } from '../hooks/useTalentMutations';
import type { Consent, ConsentPayload } from '../types';
import { orDash } from '../utils/format';
import { ConsentPanel } from './ConsentPanel';
import { PersonalDataReveal, type RevealState } from './PersonalDataReveal';
import { ProfileDetails } from './ProfileDetails';

export type SeekerDetailViewProps = { seekerId: string };

/** A seeker in the operator's talent pool: masked details with an audited reveal, consents and consultations. */
export function SeekerDetailView({ seekerId }: SeekerDetailViewProps) {
  const t = useT();
  const { message } = App.useApp();
  const { data: seeker, error, isLoading, reload } = useSeeker(seekerId);
  const { readPersonalData, grantSeekerConsent, withdrawSeekerConsent } = useTalentMutations();
  const [revealed, setRevealed] = useState<RevealState>(null);
  const [revealError, setRevealError] = useState<unknown>(null);
  const [isRevealing, setRevealing] = useState(false);

  async function handleReveal() {
    setRevealing(true);
    setRevealError(null);
    try {
      setRevealed({ data: await readPersonalData(seekerId), at: new Date().toISOString() });
    } catch (caught) {
      setRevealError(caught);
    } finally {
      setRevealing(false);
    }
  }

  async function handleGrant(payload: ConsentPayload) {
    await grantSeekerConsent(seekerId, payload);
    void message.success(t('talent.consent.recorded'));
    reload();
  }

  async function handleWithdraw(consent: Consent) {
    await withdrawSeekerConsent(seekerId, consent.id);
    void message.success(t('talent.consent.withdrawn'));
    reload();
  }

  if (error?.status === 404) {
    return (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('talent.seekers.notFound')}</h1>}
        extra={<ButtonLink to="/console/seekers">{t('menu.seekers')}</ButtonLink>}
      />
    );
  }
  if (error) {
    return (
      <ErrorAlert
        error={error}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (!seeker) return isLoading ? <LoadingBlock minHeight={320} /> : null;

  const isErased = seeker.erasedAt !== null;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/console/seekers">{t('menu.seekers')}</Link> }, { title: seeker.name }]}
      />
      <PageHeading
        title={seeker.name}
        extra={
          isErased ? null : (
            <ButtonLink to={`/console/seekers/${seeker.id}/edit`} icon={<EditOutlined aria-hidden="true" />}>
              {t('common.edit')}
            </ButtonLink>
          )
        }
      />
      <Flex vertical gap={16}>
        {isErased ? <Alert type="info" showIcon title={t('talent.seekers.erased')} /> : null}
        <Card variant="outlined">
          {isErased ? null : (
            <PersonalDataReveal
              revealed={revealed}
              isBusy={isRevealing}
              error={revealError}
              onReveal={() => void handleReveal()}
              onHide={() => setRevealed(null)}
            />
          )}
          <ProfileDetails
            profile={seeker}
            idNumber={<span style={{ fontFamily: 'monospace' }}>{orDash(revealed ? revealed.data.idNumber : seeker.idNumberMasked)}</span>}
            phone={<span style={{ fontFamily: 'monospace' }}>{orDash(revealed ? revealed.data.phone : seeker.phoneMasked)}</span>}
          />
        </Card>
        {isErased ? null : (
          <section aria-labelledby="seeker-consents-title">
            <Typography.Title id="seeker-consents-title" level={2} style={{ fontSize: 18 }}>
              {t('talent.seekers.consents')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('talent.seekers.consents.lead')}</Typography.Paragraph>
            <ConsentPanel
              consents={seeker.consents ?? []}
              mode="operator"
              onGrant={handleGrant}
              onWithdraw={handleWithdraw}
              headingLevel={3}
            />
          </section>
        )}
        <SeekerConsultations seekerId={seeker.id} seekerName={seeker.name} canLog={!isErased} />
      </Flex>
    </>
  );
}
