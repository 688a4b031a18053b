import { Alert, Spin } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { BoothDesk } from '../../modules/fair-day/components/BoothDesk';
import { useFair, useFairBooths } from '../../modules/fair-day/hooks/useFairDayQueries';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';
import '../../modules/fair-day/fair-day.css';

/** `/console/fairs/:id/booth`: an enterprise's approved booth at a fair, on a staff phone. */
export function FairBoothDeskPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { me } = useAuth();
  const fair = useFair(id);
  const booths = useFairBooths(id);
  const booth = booths.data?.items.find((b) => b.status === 'approved' && b.organisation.id === me?.organisationId);
  const isLoading = fair.isLoading || booths.isLoading;
  return (
    <div className="qiao-fair-day" style={{ maxWidth: 640 }}>
      <PageHeading
        title={t('fairDay.desk.title')}
        description={fair.data ? `${fair.data.title}${booth?.boothNumber ? ` · ${t('fairDay.booth.number', { number: booth.boothNumber })}` : ''}` : null}
      />
      {isLoading ? <Spin /> : null}
      <ErrorAlert error={fair.error ?? booths.error} />
      {!isLoading && fair.data && booths.data && !booth ? <Alert type="info" showIcon title={t('fairDay.desk.noBooth')} /> : null}
      {fair.data && booth ? <BoothDesk fair={fair.data} booth={booth} /> : null}
    </div>
  );
}
