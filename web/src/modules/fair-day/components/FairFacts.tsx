import { CalendarOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatEventTime } from '../../../ui/format';

export type FairFactsProps = {
  startsAt: string;
  /** Unknown on a ticket: only the start is shown then. */
  endsAt?: string | null;
  venue: string;
  hostName?: string | null;
};

/** When, where and who hosts: the three lines a seeker needs to turn up. */
export function FairFacts({ startsAt, endsAt, venue, hostName }: FairFactsProps) {
  const t = useT();
  const language = useLanguage();
  return (
    <Flex vertical gap={4}>
      <Typography.Text>
        <CalendarOutlined aria-hidden="true" /> <span className="sr-only">{t('fairDay.fact.time')}</span>
        {formatEventTime(startsAt, endsAt ?? null, language)}
      </Typography.Text>
      <Typography.Text>
        <EnvironmentOutlined aria-hidden="true" /> <span className="sr-only">{t('fairDay.fact.venue')}</span>
        {venue}
      </Typography.Text>
      {hostName ? (
        <Typography.Text type="secondary">
          <TeamOutlined aria-hidden="true" /> {t('fairDay.fact.host', { name: hostName })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
