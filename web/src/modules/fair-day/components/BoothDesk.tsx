import { Alert, Card, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { Booth, Fair } from '../../fairs/types';
import { useBoothIntents, usePublicTicket } from '../hooks/useFairDayQueries';
import { formatTicketCode, normaliseTicketCode } from '../utils/ticketCode';
import { BoothQrCard } from './BoothQrCard';
import { DeskIntentForm } from './DeskIntentForm';
import { IntentList } from './IntentList';
import { ScanInputs } from './ScanInputs';

export type BoothDeskProps = { fair: Fair; booth: Booth };

/** An enterprise's booth on a staff phone: read a seeker's ticket, record the intent, see today's list. */
export function BoothDesk({ fair, booth }: BoothDeskProps) {
  const t = useT();
  const [ticketCode, setTicketCode] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const ticket = usePublicTicket(ticketCode);
  const intents = useBoothIntents(fair.id, booth.organisation.id);
  const isDisabilityFair = fair.kind === 'special' && fair.specialFocus === 'disability';
  const boothIntents = (intents.data?.items ?? []).filter((intent) => intent.booth.id === booth.id);
  const isOtherFair = ticket.data !== undefined && ticket.data.fairId !== fair.id;

  function handleScan(text: string) {
    const code = normaliseTicketCode(text);
    if (!code) {
      setProblem(t('fairDay.announce.notCode'));
      return;
    }
    setProblem(null);
    setTicketCode(code);
  }

  let announcement = t('fairDay.desk.ready');
  if (problem) announcement = problem;
  else if (ticketCode && ticket.isLoading) announcement = t('fairDay.desk.looking', { code: formatTicketCode(ticketCode) });
  else if (ticketCode && ticket.error) announcement = t('fairDay.announce.unknown_ticket', { code: formatTicketCode(ticketCode) });
  else if (isOtherFair && ticketCode) announcement = t('fairDay.announce.wrong_fair', { code: formatTicketCode(ticketCode) });
  else if (ticket.data) announcement = t('fairDay.desk.seeker', { name: ticket.data.seekerName, code: formatTicketCode(ticket.data.ticketCode) });

  return (
    <Flex vertical gap={16}>
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="desk-announcement"
        style={{ padding: '12px 16px', borderRadius: 8, background: '#e8f0fe', color: '#0b3d91', fontSize: 18, fontWeight: 600 }}
      >
        {announcement}
      </div>
      <Card size="small" variant="outlined" title={t('fairDay.desk.readTicket')}>
        <ScanInputs
          onScan={handleScan}
          onPhotoUnreadable={() => setProblem(t('fairDay.announce.unreadable'))}
          submitLabel={t('fairDay.desk.lookUp')}
        />
      </Card>
      {ticketCode && ticket.isLoading ? <Spin /> : null}
      {ticket.error && ticket.error.status !== 404 ? <ErrorAlert error={ticket.error} /> : null}
      {ticket.data && !isOtherFair && ticket.data.status === 'cancelled' ? (
        <Alert type="warning" showIcon title={t('fairDay.ticket.cancelled')} />
      ) : null}
      {ticket.data && !isOtherFair && ticket.data.status === 'registered' ? (
        <Card size="small" variant="outlined" title={t('fairDay.desk.intentFor', { name: ticket.data.seekerName })}>
          <DeskIntentForm
            key={ticket.data.ticketCode}
            fairId={fair.id}
            booth={booth}
            ticket={ticket.data}
            isDisabilityFair={isDisabilityFair}
            onSaved={intents.reload}
          />
        </Card>
      ) : null}
      <section aria-labelledby="desk-intents">
        <Typography.Title level={2} id="desk-intents" style={{ fontSize: 18 }}>
          {t('fairDay.desk.intents', { count: boothIntents.length })}
        </Typography.Title>
        <ErrorAlert error={intents.error} />
        <IntentList intents={boothIntents} perspective="booth" label={t('fairDay.desk.intentsLabel')} />
      </section>
      {booth.qrToken ? <BoothQrCard qrToken={booth.qrToken} boothNumber={booth.boothNumber} organisationName={booth.organisation.name} /> : null}
    </Flex>
  );
}
