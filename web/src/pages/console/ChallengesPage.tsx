import { useT } from '../../i18n/useT';
import { ChallengesPanel } from '../../modules/techtransfer/components/ChallengesPanel';
import { useTechTransferViewer } from '../../modules/techtransfer/hooks/useTechTransferViewer';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** 揭榜挂帅: enterprises post technical challenges, schools and institutes answer them. */
export function ChallengesPage() {
  const t = useT();
  const viewer = useTechTransferViewer();
  if (!viewer) return <LoadingBlock minHeight={320} />;
  const lead = viewer === 'research' ? t('tt.challenge.lead.research') : viewer === 'enterprise' ? t('tt.challenge.lead.enterprise') : t('tt.challenge.lead.zone');
  return (
    <>
      <PageHeading title={t('menu.challenges')} description={lead} />
      <ChallengesPanel canPost={viewer === 'operator' || viewer === 'enterprise'} isOnBehalf={viewer === 'operator'} />
    </>
  );
}
