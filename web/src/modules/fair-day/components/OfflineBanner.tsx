import { Alert } from 'antd';
import { useT } from '../../../i18n/useT';
import '../fair-day.css';

export type OfflineBannerProps = { isOnline: boolean; queued: number; isRetrying: boolean };

/** Tells staff the device is offline (scans are kept and sent later) or that sending keeps failing. */
export function OfflineBanner({ isOnline, queued, isRetrying }: OfflineBannerProps) {
  const t = useT();
  if (isOnline && !isRetrying) return null;
  return (
    <div className="qiao-offline-banner">
      <Alert
        type="warning"
        showIcon
        banner
        data-testid="offline-banner"
        title={isOnline ? t('fairDay.checkin.retrying', { count: queued }) : t('fairDay.checkin.offline', { count: queued })}
      />
    </div>
  );
}
