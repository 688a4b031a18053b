import { Card, Col, Flex, Row } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useT } from '../../../i18n/useT';
import { EChart } from '../../../ui/EChart';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useFairStats } from '../hooks/useFairQueries';
import type { Fair, FairStats } from '../types';
import { formatHour, percent } from '../utils/format';
import { FigureCards } from './FigureCards';

/** Positions and enterprises beyond these are left out of the charts, fewer on a phone's narrow axis. */
const TOP = 15;
const TOP_ON_PHONE = 8;

function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card variant="outlined" size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>}>
      {children}
    </Card>
  );
}

function StatsCharts({ stats, isEnterprise }: { stats: FairStats; isEnterprise: boolean }) {
  const t = useT();
  const top = useIsPhone() ? TOP_ON_PHONE : TOP;
  const hours = useMemo(() => stats.checkinsByHour.map((h) => ({ hour: formatHour(h.hour), count: h.count })), [stats]);
  // An enterprise's figures start at its own booth: the fair's tickets would dwarf them.
  const funnel = useMemo(
    () => [
      ...(isEnterprise
        ? []
        : [
            { stage: t('fairs.stats.stage.registered'), value: stats.registered },
            { stage: t('fairs.stats.stage.checkedIn'), value: stats.checkedIn },
          ]),
      { stage: t('fairs.stats.stage.intentPeople'), value: stats.intentPeople },
      { stage: t('fairs.stats.stage.resumes'), value: stats.resumesCollected },
      { stage: t('fairs.stats.stage.hires'), value: stats.hiresAttributed },
    ],
    [stats, t, isEnterprise],
  );
  const enterprises = useMemo(() => [...stats.byEnterprise].sort((a, b) => b.intents - a.intents).slice(0, top), [stats, top]);
  const positions = useMemo(() => [...stats.byPosition].sort((a, b) => b.intents - a.intents).slice(0, top), [stats, top]);
  const series = (name: string, data: number[], type: 'bar' | 'line' = 'bar') => ({ name, type, data });
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={12}>
        <ChartCard title={t('fairs.stats.funnelTitle')}>
          <EChart
            summary={t('fairs.stats.funnelSummary', {
              registered: stats.registered,
              checkedIn: stats.checkedIn,
              intentPeople: stats.intentPeople,
              resumes: stats.resumesCollected,
              hires: stats.hiresAttributed,
            })}
            caption={t('fairs.stats.funnelTitle')}
            categoryLabel={t('fairs.stats.stage')}
            categories={funnel.map((f) => f.stage)}
            series={[series(t('fairs.stats.people'), funnel.map((f) => f.value))]}
          />
        </ChartCard>
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard title={t('fairs.stats.hoursTitle')}>
          <EChart
            summary={t('fairs.stats.hoursSummary', { checkedIn: stats.checkedIn, hours: hours.length })}
            caption={t('fairs.stats.hoursTitle')}
            categoryLabel={t('fairs.stats.hour')}
            categories={hours.map((h) => h.hour)}
            series={[series(t('fairs.stats.checkedIn'), hours.map((h) => h.count))]}
          />
        </ChartCard>
      </Col>
      {isEnterprise ? null : (
        <Col xs={24}>
          <ChartCard title={t('fairs.stats.enterpriseTitle', { top })}>
            <EChart
              summary={t('fairs.stats.enterpriseSummary', { count: stats.byEnterprise.length, top: enterprises[0]?.organisation.name ?? '—' })}
              caption={t('fairs.stats.enterpriseTitle', { top })}
              categoryLabel={t('fairs.booth.organisation')}
              categories={enterprises.map((e) => (e.boothNumber ? `${e.boothNumber} ${e.organisation.name}` : e.organisation.name))}
              series={[
                series(t('fairs.stats.intents'), enterprises.map((e) => e.intents)),
                series(t('fairs.stats.resumes'), enterprises.map((e) => e.resumes)),
                series(t('fairs.stats.hires'), enterprises.map((e) => e.hires)),
              ]}
              height={320}
            />
          </ChartCard>
        </Col>
      )}
      <Col xs={24}>
        <ChartCard title={t('fairs.stats.positionTitle', { top })}>
          <EChart
            summary={t('fairs.stats.positionSummary', { count: stats.byPosition.length, top: positions[0]?.position.title ?? '—' })}
            caption={t('fairs.stats.positionTitle', { top })}
            categoryLabel={t('fairs.intent.position')}
            categories={positions.map((p) => p.position.title)}
            series={[
              series(t('fairs.stats.intents'), positions.map((p) => p.intents)),
              series(t('fairs.stats.strong'), positions.map((p) => p.strong)),
              series(t('fairs.stats.resumes'), positions.map((p) => p.resumes)),
            ]}
            height={320}
          />
        </ChartCard>
      </Col>
    </Row>
  );
}

export type FairStatsPanelProps = { fair: Fair; isEnterprise: boolean };

/** 统计: figures, the funnel from registration to hire, check-ins by hour, intents by enterprise and position. */
export function FairStatsPanel({ fair, isEnterprise }: FairStatsPanelProps) {
  const t = useT();
  const { data: stats, error } = useFairStats(fair.id);
  if (error) return <ErrorAlert error={error} />;
  if (!stats) return <LoadingBlock />;
  return (
    <Flex vertical gap={16}>
      <FigureCards
        figures={[
          { key: 'registered', label: t('fairs.stats.registered'), value: stats.registered },
          { key: 'checkedIn', label: t('fairs.stats.checkedIn'), value: stats.checkedIn, suffix: `· ${percent(stats.checkedIn, stats.registered)}` },
          { key: 'walkIns', label: t('fairs.stats.walkIns'), value: stats.walkIns },
          { key: 'booths', label: t('fairs.stats.booths'), value: stats.booths },
          { key: 'intents', label: t('fairs.stats.intents'), value: stats.intents },
          { key: 'intentPeople', label: t('fairs.stats.intentPeople'), value: stats.intentPeople },
          { key: 'strong', label: t('fairs.stats.strong'), value: stats.strongIntents },
          { key: 'resumes', label: t('fairs.stats.resumes'), value: stats.resumesCollected },
          { key: 'hires', label: t('fairs.stats.hires'), value: stats.hiresAttributed },
        ]}
      />
      <StatsCharts stats={stats} isEnterprise={isEnterprise} />
    </Flex>
  );
}
