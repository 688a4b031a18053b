import { PlayCircleOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { isHttpsUrl } from '../utils/format';

export type StreamPlayerProps = { streamUrl: string; title: string; isLive: boolean };

/**
 * The stream runs on an external platform: embedded when its address is https (many platforms
 * allow it), always with a link that opens it in the platform's app or site.
 */
export function StreamPlayer({ streamUrl, title, isLive }: StreamPlayerProps) {
  const t = useT();
  const canEmbed = isHttpsUrl(streamUrl);
  return (
    <Flex vertical gap={8}>
      {canEmbed && isLive ? (
        <div style={{ position: 'relative', width: '100%', aspectRatio: '16 / 9', background: '#111', borderRadius: 8, overflow: 'hidden' }}>
          <iframe
            src={streamUrl}
            title={t('live.stream.frameTitle', { title })}
            allow="autoplay; fullscreen; picture-in-picture"
            allowFullScreen
            referrerPolicy="no-referrer"
            loading="lazy"
            style={{ position: 'absolute', inset: 0, width: '100%', height: '100%', border: 0 }}
          />
        </div>
      ) : null}
      {canEmbed ? (
        <Typography.Link href={streamUrl} target="_blank" rel="noopener noreferrer" style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 44 }}>
          <PlayCircleOutlined aria-hidden="true" />
          {t('live.stream.open')}
          <span className="sr-only">{t('live.stream.newWindow')}</span>
        </Typography.Link>
      ) : (
        <Typography.Text type="secondary">{t('live.stream.unavailable')}</Typography.Text>
      )}
    </Flex>
  );
}
