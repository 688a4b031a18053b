import { useT } from '../../i18n/useT';
import { TrainingWorkspace } from '../../modules/training/components/TrainingWorkspace';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/training`: 公共实训基地, booking calendar, bookings and utilisation. */
export function TrainingPage() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('menu.training')} description={t('training.lead')} />
      <TrainingWorkspace />
    </>
  );
}
