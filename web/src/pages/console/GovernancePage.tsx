import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useT } from '../../i18n/useT';
import { GovernanceFiguresCard } from '../../modules/governance/components/GovernanceFiguresCard';
import { GovernanceNav } from '../../modules/governance/components/GovernanceNav';
import { useGovernanceAccess } from '../../modules/governance/hooks/useGovernanceAccess';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/governance/*`: 联合体治理, its parts below one heading and one navigation. */
export function GovernancePage() {
  const t = useT();
  const { isZoneWide } = useGovernanceAccess();
  return (
    <>
      <PageHeading title={t('menu.governance')} description={isZoneWide ? t('gov.lead.zone') : t('gov.lead.organisation')} />
      {isZoneWide ? <GovernanceFiguresCard /> : null}
      <GovernanceNav />
      <Suspense fallback={<LoadingBlock minHeight={240} />}>
        <Outlet />
      </Suspense>
    </>
  );
}
