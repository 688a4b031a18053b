import { CheckCircleFilled, QrcodeOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import '../fair-day.css';
import { ButtonLink } from '../../../ui/ButtonLink';
import { useAuth } from '../../auth/hooks/useAuth';
import type { PublicFair } from '../../fairs/types';
import { useMyTickets } from '../hooks/useFairDayQueries';
import { useSeekerRegistration } from '../hooks/useSeekerRegistration';
import { isRegistrationOpen } from '../utils/registration';
import { SeekerActionError } from './SeekerActionError';

export type RegisterBarProps = { fair: PublicFair };

/**
 * The sticky 报名 bar of a fair page: a signed-in seeker registers in one tap (or opens the ticket
 * they already have); a visitor goes to the short form, which also offers signing in.
 */
export function RegisterBar({ fair }: RegisterBarProps) {
  const t = useT();
  const { status, me } = useAuth();
  const isSeeker = me?.role === 'seeker';
  const tickets = useMyTickets(isSeeker);
  const { register, error, isRegistering } = useSeekerRegistration(fair.id);
  const mine = tickets.data?.items.find((ticket) => ticket.fairId === fair.id && ticket.status === 'registered');
  const isOpen = isRegistrationOpen(fair);

  if (status === 'loading') return null;
  let body;
  if (mine) {
    body = (
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>
          <CheckCircleFilled style={{ color: '#2e7d32' }} aria-hidden="true" /> {t('fairDay.register.already')}
        </Typography.Text>
        <ButtonLink to={`/t/${mine.ticketCode}`} type="primary" size="large" icon={<QrcodeOutlined aria-hidden="true" />}>
          {t('fairDay.register.openTicket')}
        </ButtonLink>
      </Flex>
    );
  } else if (!isOpen) {
    body = <Typography.Text strong>{t(fair.phase === 'over' ? 'fairDay.register.over' : 'fairDay.register.closed')}</Typography.Text>;
  } else if (isSeeker) {
    body = (
      <Flex vertical gap={8}>
        <SeekerActionError error={error} />
        <Button type="primary" size="large" block loading={isRegistering || tickets.isLoading} onClick={() => void register()}>
          {t('fairDay.register.oneTap')}
        </Button>
      </Flex>
    );
  } else if (status === 'signedIn') {
    body = <Typography.Text>{t('fairDay.register.seekersOnly')}</Typography.Text>;
  } else {
    body = (
      <ButtonLink to={`/fairs/${fair.id}/register`} type="primary" size="large" block>
        {t('fairDay.register.button')}
      </ButtonLink>
    );
  }
  return (
    <div className="qiao-fair-bar" role="region" aria-label={t('fairDay.register.region')}>
      <div style={{ maxWidth: 768, margin: '0 auto' }}>{body}</div>
    </div>
  );
}
