import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { formatEventTime } from '../../../ui/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import type { LiveSession } from '../types';
import { LiveStatusTag } from './LiveStatusTag';

export type LiveSessionCardProps = { session: LiveSession };

/** One session of the schedule: its time, host and featured positions; the title opens it. */
export function LiveSessionCard({ session }: LiveSessionCardProps) {
  const t = useT();
  const language = useLanguage();
  const titles = [...session.items].sort((a, b) => a.sortOrder - b.sortOrder).map((i) => i.position.title);
  return (
    <Card variant="outlined" className="qiao-job-card" styles={{ body: { padding: 16 } }}>
      <Flex vertical gap={6}>
        <Flex align="center" gap={8} wrap>
          <LiveStatusTag status={session.status} />
          <Typography.Text type="secondary">{formatEventTime(session.startsAt, session.endsAt, language)}</Typography.Text>
        </Flex>
        <Typography.Title level={3} style={{ fontSize: 18, margin: 0 }}>
          <Link to={`/live/${session.id}`} className="qiao-job-card-link">
            {session.title}
          </Link>
        </Typography.Title>
        <Typography.Text>
          {session.hostOrganisation?.name ?? t('live.host.park')}
          {session.presenter ? ` · ${t('live.presenter', { name: session.presenter })}` : ''}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('live.card.positions', { count: titles.length })}
          {titles.length > 0 ? `：${titles.slice(0, 4).join('、')}${titles.length > 4 ? ' …' : ''}` : ''}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
