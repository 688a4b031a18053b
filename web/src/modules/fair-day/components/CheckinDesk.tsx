import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { Fair, Ticket } from '../../fairs/types';
import { registerWalkIn } from '../hooks/fairDayApi';
import { useCheckinQueue } from '../hooks/useCheckinQueue';
import { useCheckinSummary } from '../hooks/useFairDayQueries';
import type { QueuedScan, ScanSource } from '../types';
import { formatTicketCode, normaliseTicketCode } from '../utils/ticketCode';
import { CountGrid } from './CountGrid';
import { OfflineBanner } from './OfflineBanner';
import { ScanInputs } from './ScanInputs';
import { ScanList } from './ScanList';
import { ShortRegistrationForm } from './ShortRegistrationForm';
import { TicketCard } from './TicketCard';

export type CheckinDeskProps = { fair: Fair };

type Notice = { kind: 'scan'; scanId: string; isRepeat: boolean } | { kind: 'notCode' } | { kind: 'unreadable' };

function scanAnnouncement(t: ReturnType<typeof useT>, scan: QueuedScan, isRepeat: boolean): string {
  const code = formatTicketCode(scan.ticketCode);
  if (scan.state === 'pending') return t(isRepeat ? 'fairDay.announce.repeat' : 'fairDay.announce.queued', { code });
  const name = scan.seekerName ?? '';
  switch (scan.outcome) {
    case 'checked_in':
      return t('fairDay.announce.checked_in', { code, name });
    case 'already_checked_in':
      return t('fairDay.announce.already_checked_in', { code, name });
    case 'cancelled':
      return t('fairDay.announce.cancelled', { code, name });
    case 'wrong_fair':
      return t('fairDay.announce.wrong_fair', { code });
    case 'unknown_ticket':
    case null:
      return t('fairDay.announce.unknown_ticket', { code });
  }
}

/** The door of a fair on a staff phone: scan or type tickets, queue them offline, see each outcome. */
export function CheckinDesk({ fair }: CheckinDeskProps) {
  const t = useT();
  const summary = useCheckinSummary(fair.id);
  const queue = useCheckinQueue(fair.id, summary.reload);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [isWalkInOpen, setWalkInOpen] = useState(false);
  const [walkInTicket, setWalkInTicket] = useState<Ticket | null>(null);

  function handleScan(text: string, source: ScanSource) {
    const code = normaliseTicketCode(text);
    if (!code) {
      // A camera frame of some other QR code is not worth a message; a typed or photographed one is.
      if (source !== 'camera') setNotice({ kind: 'notCode' });
      return;
    }
    const { scan, isRepeat } = queue.addScan(code, source);
    if (isRepeat && source === 'camera' && notice?.kind === 'scan' && notice.scanId === scan.scanId) return;
    setNotice({ kind: 'scan', scanId: scan.scanId, isRepeat });
  }

  let announcement = '';
  let tone: 'ok' | 'warn' | 'neutral' = 'neutral';
  if (notice?.kind === 'notCode') {
    announcement = t('fairDay.announce.notCode');
    tone = 'warn';
  } else if (notice?.kind === 'unreadable') {
    announcement = t('fairDay.announce.unreadable');
    tone = 'warn';
  } else if (notice?.kind === 'scan') {
    const scan = queue.scans.find((s) => s.scanId === notice.scanId);
    if (scan) {
      announcement = scanAnnouncement(t, scan, notice.isRepeat);
      tone = scan.outcome === 'checked_in' ? 'ok' : scan.state === 'pending' || scan.outcome === 'already_checked_in' ? 'neutral' : 'warn';
    }
  }
  const toneStyle = {
    ok: { background: '#e8f5e9', color: '#1b5e20', borderColor: '#a5d6a7' },
    warn: { background: '#fff8e1', color: '#5f4300', borderColor: '#ffd54f' },
    neutral: { background: '#e8f0fe', color: '#0b3d91', borderColor: '#aecbfa' },
  }[tone];

  return (
    <Flex vertical gap={16}>
      <OfflineBanner isOnline={queue.isOnline} queued={queue.counts.queued} isRetrying={queue.isRetrying} />
      <ErrorAlert error={queue.lastError} />
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="scan-announcement"
        style={{
          minHeight: 56,
          padding: '12px 16px',
          border: '1px solid',
          borderRadius: 8,
          fontSize: 18,
          fontWeight: 600,
          ...toneStyle,
        }}
      >
        {announcement || t('fairDay.announce.ready')}
      </div>
      <Card size="small" variant="outlined">
        <ScanInputs
          onScan={handleScan}
          onPhotoUnreadable={() => setNotice({ kind: 'unreadable' })}
          submitLabel={t('fairDay.checkin.submit')}
        />
      </Card>
      <section aria-labelledby="checkin-walk-in">
        <Card size="small" variant="outlined">
          <Flex vertical gap={12}>
            <Typography.Title level={2} id="checkin-walk-in" style={{ fontSize: 18, margin: 0 }}>
              {t('fairDay.walkIn.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('fairDay.walkIn.lead')}</Typography.Text>
            {/* Registering makes a record on the server: it needs the network, unlike a scan. */}
            {isWalkInOpen && queue.isOnline ? (
              <ShortRegistrationForm
                register={(input) => registerWalkIn(fair.id, input)}
                onRegistered={(ticket) => {
                  setWalkInTicket(ticket);
                  setWalkInOpen(false);
                  summary.reload();
                }}
                submitLabel={t('fairDay.walkIn.submit')}
              />
            ) : (
              <Button
                block
                size="large"
                disabled={!queue.isOnline}
                onClick={() => {
                  setWalkInTicket(null);
                  setWalkInOpen(true);
                }}
              >
                {queue.isOnline ? t('fairDay.walkIn.open') : t('fairDay.walkIn.needsNetwork')}
              </Button>
            )}
            {walkInTicket ? (
              <div role="status" aria-live="polite">
                <Typography.Paragraph strong>{t('fairDay.walkIn.done', { name: walkInTicket.seekerName })}</Typography.Paragraph>
                <TicketCard ticket={walkInTicket} fairEndsAt={fair.endsAt} />
              </div>
            ) : null}
          </Flex>
        </Card>
      </section>
      <section aria-labelledby="checkin-counts">
        <Typography.Title level={2} id="checkin-counts" style={{ fontSize: 18 }}>
          {t('fairDay.checkin.counts')}
        </Typography.Title>
        <CountGrid
          items={[
            { label: t('fairDay.checkin.count.queued'), value: queue.counts.queued, testId: 'count-queued' },
            { label: t('fairDay.checkin.count.synced'), value: queue.counts.synced, testId: 'count-synced' },
            { label: t('fairDay.checkin.count.device'), value: queue.counts.checkedIn, testId: 'count-device' },
            {
              label: t('fairDay.checkin.count.fair'),
              value: summary.data ? `${summary.data.checkedIn}/${summary.data.registered}` : '—',
              testId: 'count-fair',
            },
          ]}
        />
      </section>
      <section aria-labelledby="checkin-scans">
        <Typography.Title level={2} id="checkin-scans" style={{ fontSize: 18 }}>
          {t('fairDay.checkin.scans')}
        </Typography.Title>
        <ScanList scans={queue.scans} />
      </section>
    </Flex>
  );
}
