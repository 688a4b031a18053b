import { Card, Empty, Flex, Pagination, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import { useIsPhone } from '../../../ui/useIsPhone';
import { PAGE_SIZES } from '../../../ui/urlParams';
import { useTableCaption } from '../../../ui/useTableCaption';
import { ApplicationActions } from '../../positions/components/ApplicationActions';
import { ApplicationStatusTag } from '../../positions/components/ApplicationStatusTag';
import { formatDayInChina } from '../../positions/utils/format';
import { useRegionNamer } from '../hooks/useRegionNamer';
import type { Recommendation, RecommendationPage } from '../types';
import { ExplainButton } from './ExplainButton';
import { MatchExplanation } from './MatchExplanation';
import { ScoreBar } from './ScoreBar';

export type RecommendationTableProps = {
  page: RecommendationPage | undefined;
  isLoading: boolean;
  caption: string;
  /** The zone's staff see which enterprise each position belongs to. */
  showsOrganisation: boolean;
  /** The enterprise answers each candidate (interview, offer, hired, declined). */
  canAnswer: boolean;
  onChanged: () => void;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Recommendations with their status and, on demand, the score's explanation: a table, cards on phones. */
export function RecommendationTable({ page, isLoading, caption, showsOrganisation, canAnswer, onChanged, onPageChange }: RecommendationTableProps) {
  const t = useT();
  const language = useLanguage();
  const isPhone = useIsPhone();
  const regionName = useRegionNamer();
  const components = useTableCaption(caption);
  const [expanded, setExpanded] = useState<string[]>([]);
  const items = page?.items ?? [];

  /** The day in the column; the full time in a tooltip. */
  function dayOf(iso: string) {
    return <span title={formatDateTime(iso, language)}>{formatDayInChina(iso)}</span>;
  }

  function toggleExpanded(id: string) {
    setExpanded((keys) => (keys.includes(id) ? keys.filter((k) => k !== id) : [...keys, id]));
  }

  function explainButton(r: Recommendation) {
    return <ExplainButton isOpen={expanded.includes(r.id)} controls={`recommendation-explanation-${r.id}`} name={r.seekerName} onToggle={() => toggleExpanded(r.id)} />;
  }

  /** A recommendation nobody has answered yet waits for the enterprise (its application reads 已申请). */
  function statusTag(r: Recommendation) {
    if (r.status === 'applied') return <LabelTag tone="info">{t('matching.recommendations.pending')}</LabelTag>;
    return <ApplicationStatusTag status={r.status} />;
  }

  function declineReason(r: Recommendation) {
    return r.status === 'declined' && r.declineReason ? (
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
        {t('matching.recommendations.declineReason', { reason: r.declineReason })}
      </Typography.Paragraph>
    ) : null;
  }

  function actions(r: Recommendation) {
    return canAnswer ? (
      <Flex wrap gap={8}>
        <ApplicationActions application={{ id: r.applicationId, status: r.status, seekerName: r.seekerName }} onChanged={onChanged} size="small" />
      </Flex>
    ) : null;
  }

  function details(r: Recommendation) {
    return (
      <div id={`recommendation-explanation-${r.id}`}>
        <MatchExplanation factors={r.factors} label={t('matching.explanation.label', { name: r.seekerName })} regionName={regionName} />
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
          {t('matching.recommendations.basis', { version: r.weightsVersion })}
          {r.allocationId ? ` ${t('matching.recommendations.fromAllocation')}` : ''}
          {r.note ? ` ${t('matching.recommendations.note', { note: r.note })}` : ''}
        </Typography.Paragraph>
      </div>
    );
  }

  function positionCell(r: Recommendation) {
    return (
      <>
        <Link to={`/console/positions/${r.positionId}`}>{r.positionTitle}</Link>
        {showsOrganisation ? (
          <>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {r.organisationName}
            </Typography.Text>
          </>
        ) : null}
      </>
    );
  }

  if (isPhone) {
    return (
      <Spin spinning={isLoading}>
        {items.length === 0 && !isLoading ? <Empty description={t('matching.recommendations.empty')} /> : null}
        <ul aria-label={caption} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {items.map((r) => (
            <li key={r.id}>
              <Card size="small" variant="outlined">
                <Flex justify="space-between" align="start" gap={8}>
                  <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                    {r.seekerName}
                  </Typography.Title>
                  {statusTag(r)}
                </Flex>
                {declineReason(r)}
                <div style={{ margin: '8px 0' }}>{positionCell(r)}</div>
                <ScoreBar score={r.score} width={160} />
                <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
                  {t('matching.recommendations.recommendedAt', { time: formatDateTime(r.createdAt, language) })}
                </Typography.Paragraph>
                <Flex wrap gap={8}>
                  {explainButton(r)}
                  {actions(r)}
                </Flex>
                {expanded.includes(r.id) ? <div style={{ marginTop: 12 }}>{details(r)}</div> : null}
              </Card>
            </li>
          ))}
        </ul>
        {page && page.total > page.pageSize ? (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Pagination simple current={page.page} pageSize={page.pageSize} total={page.total} onChange={onPageChange} />
          </Flex>
        ) : null}
      </Spin>
    );
  }

  // An enterprise answers in the last column: the update date moves under the status to make room.
  const columns: ColumnsType<Recommendation> = [
    { title: t('applications.field.seeker'), key: 'seeker', width: 100, render: (_v, r) => <Typography.Text strong>{r.seekerName}</Typography.Text> },
    { title: t('matching.field.position'), key: 'position', width: canAnswer ? 180 : 220, render: (_v, r) => positionCell(r) },
    { title: t('matching.field.score'), key: 'score', width: 150, render: (_v, r) => <ScoreBar score={r.score} width={80} /> },
    {
      title: t('applications.field.status'),
      key: 'status',
      width: 130,
      render: (_v, r) => (
        <>
          {statusTag(r)}
          {canAnswer ? (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
              {t('matching.recommendations.changedOn', { date: formatDayInChina(r.statusChangedAt) })}
            </Typography.Paragraph>
          ) : null}
          {declineReason(r)}
        </>
      ),
    },
    { title: t('matching.recommendations.field.createdAt'), key: 'createdAt', width: 110, render: (_v, r) => dayOf(r.createdAt) },
    ...(canAnswer
      ? [{ title: t('common.actions'), key: 'actions', width: 190, render: (_v: unknown, r: Recommendation) => actions(r) }]
      : [{ title: t('matching.recommendations.field.statusChangedAt'), key: 'statusChangedAt', width: 110, render: (_v: unknown, r: Recommendation) => dayOf(r.statusChangedAt) }]),
    { title: t('matching.field.explanation'), key: 'explain', width: 110, render: (_v, r) => explainButton(r) },
  ];
  return (
    <Table<Recommendation>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={items}
      loading={isLoading}
      scroll={items.length > 0 ? { x: 930 } : undefined}
      expandable={{ expandedRowKeys: expanded, showExpandColumn: false, expandedRowRender: (r) => details(r) }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('matching.recommendations.empty') }}
    />
  );
}
