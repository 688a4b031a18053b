import { ScanOutlined } from '@ant-design/icons';
import { Flex, Progress, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { useCheckinSummary } from '../hooks/useFairQueries';
import type { Fair } from '../types';
import { percent } from '../utils/format';
import { FigureCards } from './FigureCards';

/** 报名: tickets and check-ins against the fair's capacity; the managers' way to the check-in page. */
export function RegistrationsPanel({ fair }: { fair: Fair }) {
  const t = useT();
  // The summary is live (the check-in phones write it); the fair's counts are as of page load.
  const summary = useCheckinSummary(fair.id, fair.canManage);
  const registered = summary.data?.registered ?? fair.counts.registered;
  const checkedIn = summary.data?.checkedIn ?? fair.counts.checkedIn;
  const rate = registered > 0 ? Math.round((checkedIn / registered) * 100) : 0;
  return (
    <Flex vertical gap={16}>
      <FigureCards
        figures={[
          { key: 'registered', label: t('fairs.figure.registered'), value: registered },
          { key: 'checkedIn', label: t('fairs.figure.checkedIn'), value: checkedIn },
          { key: 'rate', label: t('fairs.figure.checkinRate'), value: percent(checkedIn, registered) },
          {
            key: 'left',
            label: t('fairs.figure.ticketsLeft'),
            value: fair.seekerCapacity === null ? t('fairs.overview.noLimit') : Math.max(0, fair.seekerCapacity - registered),
          },
        ]}
      />
      <div>
        <Typography.Text id="checkin-progress-label">{t('fairs.registrations.progress', { checkedIn, registered })}</Typography.Text>
        <Progress percent={rate} aria-labelledby="checkin-progress-label" />
      </div>
      {fair.canManage && fair.status === 'published' && fair.phase !== 'over' ? (
        <Flex>
          <ButtonLink to={`/console/fairs/${fair.id}/checkin`} type="primary" icon={<ScanOutlined aria-hidden="true" />}>
            {t('fairs.overview.checkin')}
          </ButtonLink>
        </Flex>
      ) : null}
    </Flex>
  );
}
