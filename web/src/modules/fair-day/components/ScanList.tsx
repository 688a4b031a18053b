import { Empty, Flex, Typography } from 'antd';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import type { QueuedScan } from '../types';
import { formatClock } from '../utils/fairTime';
import { formatTicketCode } from '../utils/ticketCode';
import { ScanOutcomeTag } from './ScanOutcomeTag';

export type ScanListProps = { scans: QueuedScan[]; limit?: number };

/** This device's latest scans with their outcome and the (masked) name the server answered. */
export function ScanList({ scans, limit = 30 }: ScanListProps) {
  const t = useT();
  const language = useLanguage();
  if (scans.length === 0) return <Empty description={t('fairDay.checkin.noScans')} />;
  return (
    <ul aria-label={t('fairDay.checkin.scans')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {scans.slice(0, limit).map((scan) => (
        <li key={scan.scanId} data-testid="scan-row" style={{ borderBottom: '1px solid #f0f0f0', padding: '10px 0' }}>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Flex vertical>
              <Typography.Text strong style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}>
                {formatTicketCode(scan.ticketCode)}
              </Typography.Text>
              <Typography.Text type="secondary">
                {scan.seekerName ?? '—'} · {formatClock(scan.scannedAt, language)}
              </Typography.Text>
            </Flex>
            <ScanOutcomeTag scan={scan} />
          </Flex>
        </li>
      ))}
    </ul>
  );
}
