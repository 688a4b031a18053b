import { Flex, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { AchievementsPanel } from '../../modules/techtransfer/components/AchievementsPanel';
import { ContractsPanel } from '../../modules/techtransfer/components/ContractsPanel';
import { PatentsPanel } from '../../modules/techtransfer/components/PatentsPanel';
import { RaPanel } from '../../modules/techtransfer/components/RaPanel';
import { RegistryImportCard } from '../../modules/techtransfer/components/RegistryImportCard';
import { type TechTransferTab, TechTransferNav, TECHTRANSFER_TABS } from '../../modules/techtransfer/components/TechTransferNav';
import { TechTransferStatsCards } from '../../modules/techtransfer/components/TechTransferStatsCards';
import { TransfersPanel } from '../../modules/techtransfer/components/TransfersPanel';
import { useContracts } from '../../modules/techtransfer/hooks/useTechTransfer';
import { useTechTransferViewer } from '../../modules/techtransfer/hooks/useTechTransferViewer';
import { thisYear } from '../../modules/techtransfer/utils/format';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';
import { pickParam, positiveIntParam } from '../../ui/urlParams';

/**
 * 科技成果转化: figures of the year, patents, transfers, technology contracts, achievements,
 * research-assistant posts and the registry imports, one tab each (kept in the address bar).
 */
export function TechTransferPage() {
  const t = useT();
  const viewer = useTechTransferViewer();
  const [params, setParams] = useSearchParams();
  // Without a year in the address bar, the figures open on the year of the newest registered contract.
  const newest = useContracts({ pageSize: 1 });
  const newestYear = newest.data?.items[0] ? Number(newest.data.items[0].registeredOn.slice(0, 4)) : thisYear() - 1;
  const year = Math.min(positiveIntParam(params.get('year'), newestYear), thisYear());
  if (!viewer) return <LoadingBlock minHeight={320} />;
  const isZoneWide = viewer === 'operator' || viewer === 'government';
  const canWrite = viewer !== 'government';
  const tabs = TECHTRANSFER_TABS.filter((tab) => (tab === 'import' ? viewer === 'operator' : tab === 'overview' ? isZoneWide : true));
  const active: TechTransferTab = pickParam(params.get('tab'), tabs) || (tabs[0] ?? 'patents');

  function update(next: Record<string, string>) {
    setParams((previous) => {
      const updated = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(next)) updated.set(key, value);
      return updated;
    });
  }

  return (
    <>
      <PageHeading title={t('menu.techTransfer')} description={isZoneWide ? t('tt.lead.zone') : t('tt.lead.organisation')} />
      <TechTransferNav active={active} tabs={tabs} onChange={(tab) => update({ tab })} />
      <Flex vertical gap={16}>
        {active === 'overview' ? <TechTransferStatsCards year={year} onYearChange={(y) => update({ year: String(y) })} /> : null}
        {active === 'patents' ? <PatentsPanel canCreate={canWrite} /> : null}
        {active === 'transfers' ? <TransfersPanel /> : null}
        {active === 'contracts' ? <ContractsPanel canRegister={canWrite} /> : null}
        {active === 'achievements' ? <AchievementsPanel canCreate={canWrite} /> : null}
        {active === 'ra' ? <RaPanel year={year} onYearChange={(y) => update({ year: String(y) })} canWrite={canWrite} canSetTargets={viewer === 'operator'} /> : null}
        {active === 'import' ? (
          <>
            <Typography.Paragraph>{t('tt.import.lead')}</Typography.Paragraph>
            <RegistryImportCard kind="patents" />
            <RegistryImportCard kind="tech-contracts" />
          </>
        ) : null}
      </Flex>
    </>
  );
}
