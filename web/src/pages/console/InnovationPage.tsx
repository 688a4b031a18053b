import { Card, Flex, Input, Select, Tabs } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { IndexDetailView } from '../../modules/innovation/components/IndexDetailView';
import { IndexRankingTable } from '../../modules/innovation/components/IndexRankingTable';
import { RdInputsPanel } from '../../modules/innovation/components/RdInputsPanel';
import { WeightsPanel } from '../../modules/innovation/components/WeightsPanel';
import { useIndexDetail, useIndices } from '../../modules/innovation/hooks/useInnovation';
import { useInnovationViewer } from '../../modules/innovation/hooks/useInnovationViewer';
import { useYearParam } from '../../modules/innovation/hooks/useYearParam';
import { thisYearInChina, yearOptions } from '../../modules/innovation/utils/format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

function YearSelect({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const t = useT();
  return <Select aria-label={t('innovation.year')} value={year} onChange={onChange} options={yearOptions(t)} style={{ width: 140 }} />;
}

/** The zone's ranking for a year, and the weights the operator publishes. */
function ZoneIndices({ canPublish }: { canPublish: boolean }) {
  const t = useT();
  const [year, setYear] = useYearParam(thisYearInChina() - 1);
  const [q, setQ] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, error, isLoading, reload } = useIndices({ year, q: q || undefined, ...paging });
  return (
    <>
      <PageHeading title={t('menu.innovation')} description={t('innovation.lead.zone')} extra={<YearSelect year={year} onChange={setYear} />} />
      <Card variant="outlined">
        <Tabs
          items={[
            {
              key: 'ranking',
              label: t('innovation.tab.ranking'),
              children: (
                <Flex vertical gap={12}>
                  <Input.Search
                    allowClear
                    aria-label={t('innovation.searchPlaceholder')}
                    placeholder={t('innovation.searchPlaceholder')}
                    onSearch={(value) => {
                      setQ(value.trim());
                      setPaging((p) => ({ ...p, page: 1 }));
                    }}
                    style={{ maxWidth: 320 }}
                  />
                  {error ? <ErrorAlert error={error} /> : null}
                  <IndexRankingTable page={data} isLoading={isLoading} onPageChange={(page, pageSize) => setPaging({ page, pageSize })} />
                </Flex>
              ),
            },
            { key: 'weights', label: t('innovation.tab.weights'), children: <WeightsPanel canPublish={canPublish} onPublished={reload} /> },
          ]}
        />
      </Card>
    </>
  );
}

/** An enterprise's own index for a year, its R&D inputs, and the weights in force. */
function OwnIndex({ organisationId }: { organisationId: string }) {
  const t = useT();
  const [year, setYear] = useYearParam(thisYearInChina() - 1);
  const { data, error, reload } = useIndexDetail(organisationId, year);
  return (
    <>
      <PageHeading title={t('menu.innovation')} description={t('innovation.lead.enterprise')} extra={<YearSelect year={year} onChange={setYear} />} />
      <Tabs
        items={[
          {
            key: 'index',
            label: t('innovation.tab.index'),
            children: error ? <ErrorAlert error={error} /> : data ? <IndexDetailView detail={data} /> : <LoadingBlock minHeight={320} />,
          },
          { key: 'rd', label: t('innovation.tab.rdInputs'), children: <RdInputsPanel year={year} onSaved={reload} /> },
          { key: 'weights', label: t('innovation.tab.weights'), children: <WeightsPanel canPublish={false} /> },
        ]}
      />
    </>
  );
}

/** 创新指数: the zone's ranking and weights, or an enterprise's own index and R&D inputs. */
export function InnovationPage() {
  const { me } = useAuth();
  const viewer = useInnovationViewer();
  if (viewer === 'enterprise' && me?.organisationId) return <OwnIndex organisationId={me.organisationId} />;
  return <ZoneIndices canPublish={viewer === 'operator'} />;
}
