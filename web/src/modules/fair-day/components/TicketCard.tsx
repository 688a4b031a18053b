import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import type { Ticket } from '../../fairs/types';
import { formatTicketCode } from '../utils/ticketCode';
import { FairFacts } from './FairFacts';
import '../fair-day.css';

export type TicketCardProps = { ticket: Ticket; fairEndsAt?: string };

/** 入场券: the QR code the door staff scan, the code to type when a camera fails, and the status. */
export function TicketCard({ ticket, fairEndsAt }: TicketCardProps) {
  const t = useT();
  const language = useLanguage();
  const code = formatTicketCode(ticket.ticketCode);
  let status;
  if (ticket.status === 'cancelled') status = <LabelTag>{t('fairDay.ticket.cancelled')}</LabelTag>;
  else if (ticket.checkedInAt)
    status = (
      <LabelTag tone="success" icon={<CheckCircleFilled aria-hidden="true" />}>
        {t('fairDay.ticket.checkedIn', { time: formatDateTime(ticket.checkedInAt, language) })}
      </LabelTag>
    );
  else
    status = (
      <LabelTag tone="info" icon={<ClockCircleOutlined aria-hidden="true" />}>
        {t('fairDay.ticket.notCheckedIn')}
      </LabelTag>
    );
  return (
    <Card variant="outlined">
      <Flex vertical gap={12}>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          <Link to={`/fairs/${ticket.fairId}`}>{ticket.fairTitle}</Link>
        </Typography.Title>
        <FairFacts startsAt={ticket.fairStartsAt} endsAt={fairEndsAt} venue={ticket.venue} />
        <img className="qiao-ticket-qr" src={ticket.qrPngDataUrl} alt={t('fairDay.ticket.qrAlt', { code })} />
        <div>
          <Typography.Text type="secondary" style={{ display: 'block', textAlign: 'center' }}>
            {t('fairDay.ticket.codeLabel')}
          </Typography.Text>
          <div className="qiao-ticket-code" data-testid="ticket-code">
            {code}
          </div>
        </div>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text>{t('fairDay.ticket.holder', { name: ticket.seekerName })}</Typography.Text>
          <span role="status">{status}</span>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('fairDay.ticket.hint')}
        </Typography.Paragraph>
      </Flex>
    </Card>
  );
}
