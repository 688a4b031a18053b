import { Spin, Typography } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../i18n/useT';
import { TicketCard } from '../modules/fair-day/components/TicketCard';
import { usePublicFair, usePublicTicket } from '../modules/fair-day/hooks/useFairDayQueries';
import { normaliseTicketCode } from '../modules/fair-day/utils/ticketCode';
import { ErrorAlert } from '../ui/ErrorAlert';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import '../modules/fair-day/fair-day.css';

/** `/t/:ticketCode`: the ticket a seeker shows at the door (its QR code opens this very page). */
export function TicketPage() {
  const { ticketCode = '' } = useParams();
  const t = useT();
  const code = normaliseTicketCode(ticketCode) ?? ticketCode;
  const { data: ticket, error, isLoading } = usePublicTicket(code);
  const fair = usePublicFair(ticket?.fairId ?? null);
  useDocumentTitle(t('fairDay.ticket.title'));
  return (
    <div className="qiao-container qiao-fair-day" style={{ paddingBlock: 24, maxWidth: 480 }}>
      <Typography.Title level={1} className="qiao-page-heading" style={{ fontSize: 24 }}>
        {t('fairDay.ticket.title')}
      </Typography.Title>
      {isLoading ? <Spin style={{ display: 'block', margin: '32px auto' }} /> : null}
      <ErrorAlert error={error} />
      {ticket ? <TicketCard ticket={ticket} fairEndsAt={fair.data?.id === ticket.fairId ? fair.data.endsAt : undefined} /> : null}
    </div>
  );
}
