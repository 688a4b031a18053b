import { Alert, Spin } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { CheckinDesk } from '../../modules/fair-day/components/CheckinDesk';
import { FairFacts } from '../../modules/fair-day/components/FairFacts';
import { useFair } from '../../modules/fair-day/hooks/useFairDayQueries';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import '../../modules/fair-day/fair-day.css';

/** `/console/fairs/:id/checkin`: the door of a fair on a staff phone. */
export function FairCheckinPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { data: fair, error, isLoading } = useFair(id);
  return (
    <div className="qiao-fair-day" style={{ maxWidth: 640 }}>
      <PageHeading
        title={fair ? t('fairDay.checkin.titleOf', { fair: fair.title }) : t('fairDay.checkin.title')}
        description={fair ? <FairFacts startsAt={fair.startsAt} endsAt={fair.endsAt} venue={fair.venue} /> : null}
      />
      {isLoading ? <Spin /> : null}
      <ErrorAlert error={error} />
      {fair && !fair.canManage ? <Alert type="warning" showIcon title={t('fairDay.checkin.notAllowed')} /> : null}
      {fair?.canManage ? <CheckinDesk fair={fair} /> : null}
    </div>
  );
}
