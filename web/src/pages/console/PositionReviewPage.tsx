import { Card } from 'antd';
import { useT } from '../../i18n/useT';
import { PositionReviewQueue } from '../../modules/positions/components/PositionReviewQueue';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/position-review`: the operator's queue of submitted positions. */
export function PositionReviewPage() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('menu.positionReview')} description={t('positionReview.lead')} />
      <Card variant="outlined">
        <PositionReviewQueue />
      </Card>
    </>
  );
}
