import { CheckCircleOutlined, LoadingOutlined, WifiOutlined } from '@ant-design/icons';
import { useT } from '../../../i18n/useT';
import type { LiveConnection } from '../hooks/useLiveEvents';

export type ConnectionIndicatorProps = { connection: LiveConnection };

/** 实时连接中 / 正在重新连接… / 已同步最新: the state of the real-time stream, announced politely. */
export function ConnectionIndicator({ connection }: ConnectionIndicatorProps) {
  const t = useT();
  const icons = {
    connecting: <LoadingOutlined aria-hidden="true" />,
    live: <WifiOutlined aria-hidden="true" />,
    reconnecting: <LoadingOutlined aria-hidden="true" />,
    caughtUp: <CheckCircleOutlined aria-hidden="true" />,
  };
  return (
    <span role="status" className={`qiao-live-connection qiao-live-connection-${connection}`} data-connection={connection}>
      {icons[connection]} {t(`live.connection.${connection}`)}
    </span>
  );
}
