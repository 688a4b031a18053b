import { Alert, Card, Flex, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useT } from '../i18n/useT';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { FairKindTag } from '../modules/fair-day/components/FairKindTag';
import { SeekerBoothIntentForm } from '../modules/fair-day/components/SeekerBoothIntentForm';
import { usePublicBooth } from '../modules/fair-day/hooks/useFairDayQueries';
import { ButtonLink } from '../ui/ButtonLink';
import { ErrorAlert } from '../ui/ErrorAlert';
import { LabelTag } from '../ui/LabelTag';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import '../modules/fair-day/fair-day.css';

/** `/fairs/booth/:qrToken`: what a seeker's phone opens after scanning a booth's QR code. */
export function BoothScanPage() {
  const { qrToken = '' } = useParams();
  const t = useT();
  const { status, me } = useAuth();
  const { data: booth, error, isLoading } = usePublicBooth(qrToken);
  useDocumentTitle(booth ? booth.booth.organisation.name : t('fairDay.boothScan.title'));
  const returnPath = `/fairs/booth/${qrToken}`;

  let action;
  if (!booth || status === 'loading') action = null;
  else if (status === 'signedOut') {
    action = (
      <Flex vertical gap={8}>
        <Typography.Paragraph>{t('fairDay.boothScan.signInLead')}</Typography.Paragraph>
        <ButtonLink to={`/login?next=${encodeURIComponent(returnPath)}`} type="primary" size="large" block>
          {t('fairDay.boothScan.signIn')}
        </ButtonLink>
        <Typography.Text style={{ textAlign: 'center' }}>
          {t('apply.noAccount')} <Link to="/register">{t('apply.register')}</Link>
        </Typography.Text>
      </Flex>
    );
  } else if (me?.role !== 'seeker') action = <Alert type="info" showIcon title={t('fairDay.register.seekersOnly')} />;
  else action = <SeekerBoothIntentForm qrToken={qrToken} booth={booth} />;

  return (
    <div className="qiao-container qiao-fair-day" style={{ paddingBlock: 24, maxWidth: 560 }}>
      {isLoading ? <Spin style={{ display: 'block', margin: '32px auto' }} /> : null}
      <ErrorAlert error={error} />
      {booth ? (
        <Flex vertical gap={16}>
          <div>
            <Flex wrap gap={6} style={{ marginBottom: 8 }}>
              <FairKindTag kind={booth.fair.kind} specialFocus={booth.fair.specialFocus} />
              {booth.booth.boothNumber ? <LabelTag tone="info">{t('fairDay.booth.number', { number: booth.booth.boothNumber })}</LabelTag> : null}
            </Flex>
            <Typography.Title level={1} className="qiao-page-heading" style={{ fontSize: 24, marginBottom: 4 }}>
              {booth.booth.organisation.name}
            </Typography.Title>
            <Typography.Text type="secondary">
              <Link to={`/fairs/${booth.fair.id}`}>{booth.fair.title}</Link>
            </Typography.Text>
          </div>
          <Card size="small" variant="outlined" title={t('fairDay.boothScan.intentTitle')}>
            {action}
          </Card>
        </Flex>
      ) : (
        <Typography.Title level={1} className="qiao-page-heading sr-only">
          {t('fairDay.boothScan.title')}
        </Typography.Title>
      )}
    </div>
  );
}
