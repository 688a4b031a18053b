import { Button, Flex, Switch, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { formatSalary } from '../../positions/utils/format';
import type { LiveStatus, RunSheetItem } from '../types';

export type HostRunSheetProps = {
  items: RunSheetItem[];
  onAirItemId: string | null;
  status: LiveStatus;
  /** The caller may switch positions now (the session is live and theirs). */
  isLive: boolean;
  isBusy: boolean;
  /** Applications per position id from the host's live list (fresher than the items' own counts). */
  applicationsByPosition?: ReadonlyMap<string, number>;
  onPutOnAir: (itemId: string | null) => void;
};

/**
 * The host's run-sheet: one 上播 switch per position (turning one on takes the previous one off
 * air), a 下播 button, and the applications each position has drawn so far.
 */
export function HostRunSheet({ items, onAirItemId, status, isLive, isBusy, applicationsByPosition, onPutOnAir }: HostRunSheetProps) {
  const t = useT();
  const sorted = [...items].sort((a, b) => a.sortOrder - b.sortOrder);
  return (
    <Flex vertical gap={8}>
      {status === 'scheduled' ? <Typography.Text type="secondary">{t('live.host.startFirst')}</Typography.Text> : null}
      {status === 'ended' || status === 'cancelled' ? <Typography.Text type="secondary">{t('live.host.over')}</Typography.Text> : null}
      <ol className="qiao-live-runsheet">
        {sorted.map((item, index) => {
          const isOnAir = item.id === onAirItemId;
          return (
            <li key={item.id} className={isOnAir ? 'qiao-live-runsheet-onair' : undefined}>
              <Flex justify="space-between" align="center" gap={12} wrap>
                <Flex vertical gap={2} style={{ minWidth: 0, flex: '1 1 240px' }}>
                  <Typography.Text strong>
                    {index + 1}. {item.position.title}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {item.position.organisation.name} · {formatSalary(t, item.position.salaryMin, item.position.salaryMax)} ·{' '}
                    {t('live.host.itemApplications', { count: applicationsByPosition?.get(item.position.id) ?? item.applications })}
                  </Typography.Text>
                  {item.notes ? <Typography.Text style={{ fontSize: 13 }}>{item.notes}</Typography.Text> : null}
                </Flex>
                <Flex align="center" gap={8}>
                  <span className={isOnAir ? 'qiao-live-badge qiao-live-badge-on' : 'qiao-live-badge'} aria-hidden="true">
                    {t('live.host.onAirSwitch')}
                  </span>
                  <Switch
                    checked={isOnAir}
                    disabled={!isLive || isBusy}
                    aria-label={t('live.host.onAirFor', { title: item.position.title })}
                    onChange={(checked) => onPutOnAir(checked ? item.id : null)}
                  />
                </Flex>
              </Flex>
            </li>
          );
        })}
      </ol>
      <Button onClick={() => onPutOnAir(null)} disabled={!isLive || isBusy || onAirItemId === null} style={{ alignSelf: 'flex-start' }}>
        {t('live.host.offAir')}
      </Button>
    </Flex>
  );
}
