import { Alert, Button, Card, Flex, Spin, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../i18n/useT';
import { useAuth } from '../modules/auth/hooks/useAuth';
import { FairFacts } from '../modules/fair-day/components/FairFacts';
import { SeekerActionError } from '../modules/fair-day/components/SeekerActionError';
import { ShortRegistrationForm } from '../modules/fair-day/components/ShortRegistrationForm';
import { registerWithShortForm } from '../modules/fair-day/hooks/fairDayApi';
import { usePublicFair } from '../modules/fair-day/hooks/useFairDayQueries';
import { useSeekerRegistration } from '../modules/fair-day/hooks/useSeekerRegistration';
import { isRegistrationOpen } from '../modules/fair-day/utils/registration';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import '../modules/fair-day/fair-day.css';

/**
 * `/fairs/:id/register`: one tap for a signed-in seeker; the short form for anyone else, who may
 * also sign in and come straight back here.
 */
export function FairRegisterPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { status, me } = useAuth();
  const { data: fair, error, isLoading } = usePublicFair(id);
  const registration = useSeekerRegistration(id);
  const navigate = useNavigate();
  useDocumentTitle(t('fairDay.registerPage.title'));
  const returnPath = `/fairs/${id}/register`;

  let body;
  if (isLoading || status === 'loading') body = <Spin style={{ display: 'block', margin: '32px auto' }} />;
  else if (error || !fair) body = <ErrorAlert error={error} />;
  else if (!isRegistrationOpen(fair)) body = <Alert type="info" showIcon title={t('fairDay.register.closed')} />;
  else if (me?.role === 'seeker') {
    body = (
      <Flex vertical gap={12}>
        <Typography.Paragraph>{t('fairDay.registerPage.seekerLead', { name: me.displayName })}</Typography.Paragraph>
        <SeekerActionError error={registration.error} />
        <Button type="primary" size="large" block loading={registration.isRegistering} onClick={() => void registration.register()}>
          {t('fairDay.register.oneTap')}
        </Button>
      </Flex>
    );
  } else if (status === 'signedIn') body = <Alert type="info" showIcon title={t('fairDay.register.seekersOnly')} />;
  else {
    body = (
      <Flex vertical gap={16}>
        <Alert
          type="info"
          showIcon
          title={
            <span>
              {t('fairDay.registerPage.haveAccount')}{' '}
              <Link to={`/login?next=${encodeURIComponent(returnPath)}`}>{t('fairDay.registerPage.signIn')}</Link>
            </span>
          }
        />
        <ShortRegistrationForm
          register={(input) => registerWithShortForm(id, input)}
          onRegistered={(ticket) => navigate(`/t/${ticket.ticketCode}`)}
          submitLabel={t('fairDay.shortForm.submit')}
        />
      </Flex>
    );
  }

  return (
    <div className="qiao-container qiao-fair-day" style={{ paddingBlock: 24, maxWidth: 560 }}>
      <Typography.Title level={1} className="qiao-page-heading" style={{ fontSize: 24 }}>
        {t('fairDay.registerPage.title')}
      </Typography.Title>
      {fair ? (
        <Card size="small" variant="outlined" style={{ marginBottom: 16 }}>
          <Typography.Title level={2} style={{ fontSize: 18, marginTop: 0 }}>
            <Link to={`/fairs/${fair.id}`}>{fair.title}</Link>
          </Typography.Title>
          <FairFacts startsAt={fair.startsAt} endsAt={fair.endsAt} venue={fair.venue} hostName={fair.hostOrganisation?.name} />
        </Card>
      ) : null}
      {body}
    </div>
  );
}
