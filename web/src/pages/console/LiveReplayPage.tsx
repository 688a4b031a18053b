import { Breadcrumb, Button, Card, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { formatEventTime } from '../../ui/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useT } from '../../i18n/useT';
import { LiveStatusTag } from '../../modules/live/components/LiveStatusTag';
import { useLiveReplay } from '../../modules/live/hooks/useLiveQueries';
import type { ReplayItem } from '../../modules/live/types';
import { formatDuration } from '../../modules/live/utils/format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';
import { useTableCaption } from '../../ui/useTableCaption';

const EChart = lazy(() => import('../../ui/EChart').then((m) => ({ default: m.EChart })));

/** `/console/live/:id/replay`: the run-sheet after the session — applications, hires and time on air per position. */
export function LiveReplayPage() {
  const t = useT();
  const language = useLanguage();
  const { id } = useParams();
  const { data, error, isLoading, reload } = useLiveReplay(id);
  const components = useTableCaption(t('live.replay.caption'));
  const items = useMemo(() => [...(data?.items ?? [])].sort((a, b) => a.sortOrder - b.sortOrder), [data]);
  const series = useMemo(
    () => [
      { name: t('live.replay.applications'), type: 'bar' as const, data: items.map((i) => i.applications) },
      { name: t('live.replay.hires'), type: 'bar' as const, data: items.map((i) => i.hires) },
    ],
    [items, t],
  );
  const categories = useMemo(() => items.map((i, index) => `${index + 1}. ${i.position.title}`), [items]);

  const breadcrumb = (
    <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/console/live">{t('menu.live')}</Link> }, { title: t('live.replay.title') }]} />
  );
  if (error) {
    return (
      <>
        {breadcrumb}
        <PageHeading title={t('live.replay.title')} />
        <ErrorAlert
          error={error}
          action={
            <Button size="small" onClick={reload}>
              {t('common.retry')}
            </Button>
          }
        />
      </>
    );
  }
  if (isLoading || !data) return <LoadingBlock minHeight={320} />;

  const { session, totals } = data;
  const columns: ColumnsType<ReplayItem> = [
    { title: '#', key: 'order', width: 50, render: (_v, _i, index) => index + 1 },
    {
      title: t('live.replay.position'),
      key: 'position',
      render: (_v, i) => (
        <>
          <Typography.Text strong>{i.position.title}</Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {i.position.organisation.name}
          </Typography.Text>
        </>
      ),
    },
    { title: t('live.replay.onAirTime'), key: 'onAir', width: 130, render: (_v, i) => (i.onAirSeconds > 0 ? formatDuration(t, i.onAirSeconds) : t('live.replay.notOnAir')) },
    { title: t('live.replay.applications'), dataIndex: 'applications', key: 'applications', width: 100, align: 'right' },
    { title: t('live.replay.hires'), dataIndex: 'hires', key: 'hires', width: 90, align: 'right' },
  ];
  const figures = [
    { key: 'applications', label: t('live.replay.totals.applications'), value: totals.applications },
    { key: 'applicants', label: t('live.replay.totals.applicants'), value: totals.applicants },
    { key: 'hires', label: t('live.replay.totals.hires'), value: totals.hires },
    { key: 'questions', label: t('live.replay.totals.questions'), value: totals.questions },
    { key: 'peakViewers', label: t('live.replay.totals.peakViewers'), value: totals.peakViewers },
  ];

  return (
    <>
      {breadcrumb}
      <PageHeading
        title={t('live.replay.heading', { title: session.title })}
        description={
          <Flex wrap gap={8} align="center" component="span">
            <LiveStatusTag status={session.status} />
            <span>
              {formatEventTime(session.startsAt, session.endsAt, language)} · {session.hostOrganisation?.name ?? t('live.host.park')}
            </span>
          </Flex>
        }
      />
      <Flex vertical gap={16}>
        <Card variant="outlined">
          <Row gutter={[16, 16]}>
            {figures.map((f) => (
              <Col key={f.key} xs={12} md={8} lg={4}>
                <Statistic title={f.label} value={f.value} />
              </Col>
            ))}
          </Row>
        </Card>
        <Card variant="outlined" title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('live.replay.chartTitle')}</Typography.Title>}>
          <Suspense fallback={<LoadingBlock minHeight={280} />}>
            <EChart
              summary={t('live.replay.chartSummary', { positions: items.length, applications: totals.applications, hires: totals.hires })}
              caption={t('live.replay.chartTitle')}
              categoryLabel={t('live.replay.position')}
              categories={categories}
              series={series}
            />
          </Suspense>
        </Card>
        <Card variant="outlined" title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('live.replay.runSheet')}</Typography.Title>}>
          <Table<ReplayItem>
            rowKey="id"
            components={components}
            columns={columns}
            dataSource={items}
            pagination={false}
            scroll={{ x: 640 }}
            locale={{ emptyText: t('live.replay.empty') }}
          />
        </Card>
      </Flex>
    </>
  );
}
