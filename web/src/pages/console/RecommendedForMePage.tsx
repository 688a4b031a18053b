import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import { AutoRecommendOffNotice } from '../../modules/seeker-matching/components/AutoRecommendOffNotice';
import { NeedsProfileNotice } from '../../modules/seeker-matching/components/NeedsProfileNotice';
import { RecommendedPositionList } from '../../modules/seeker-matching/components/RecommendedPositionList';
import { useRecommendedPositions } from '../../modules/seeker-matching/hooks/useRecommendedPositions';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/recommended`: 为你推荐 — open positions that fit the seeker, with the reasons. */
export function RecommendedForMePage() {
  const t = useT();
  const { data, error, isLoading, needsProfile, reload } = useRecommendedPositions();

  let body: ReactNode;
  if (needsProfile) body = <NeedsProfileNotice />;
  else if (error) {
    body = (
      <ErrorAlert
        error={error}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (!data || isLoading) body = <LoadingBlock />;
  else if (!data.enabled) body = <AutoRecommendOffNotice onTurnedOn={reload} />;
  else {
    body = (
      <>
        <RecommendedPositionList items={data.items} />
        <Typography.Paragraph style={{ marginTop: 16 }}>
          <Link to="/console/consents">{t('seekerMatching.recommended.manageSwitch')}</Link>
        </Typography.Paragraph>
      </>
    );
  }

  return (
    <>
      <PageHeading title={t('menu.recommendedForMe')} description={t('seekerMatching.recommended.lead')} />
      {body}
    </>
  );
}
