import { Button, Card, Empty, Flex, Pagination, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useTableCaption } from '../../../ui/useTableCaption';
import { useManagedPositions } from '../hooks/useManagedPositions';
import type { Position } from '../types';
import { DEFAULT_PAGE_SIZE } from '../utils/filters';
import { formatSalary } from '../utils/format';
import { PositionReviewDrawer } from './PositionReviewDrawer';

export type PositionReviewQueueProps = Record<string, never>;

/** The zone's submitted positions; 审核 opens one beside the list to approve or return it. */
export function PositionReviewQueue(_props: PositionReviewQueueProps) {
  const t = useT();
  const language = useLanguage();
  const isPhone = useIsPhone();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<Position | null>(null);
  const { data, error, isLoading, reload } = useManagedPositions({
    status: 'submitted',
    q: '',
    organisationId: '',
    page,
    pageSize: DEFAULT_PAGE_SIZE,
  });
  const components = useTableCaption(t('positionReview.caption'));
  const items = data?.items ?? [];

  function handleReviewed() {
    setOpen(null);
    reload();
  }

  function reviewButton(position: Position) {
    return (
      <Button type="primary" size="small" onClick={() => setOpen(position)} aria-label={t('positionReview.action.openFor', { title: position.title })}>
        {t('positionReview.action.open')}
      </Button>
    );
  }

  const sourceTag = (position: Position) =>
    position.source === 'visit' ? <LabelTag tone="gold">{t('positions.source.visit')}</LabelTag> : null;

  const columns: ColumnsType<Position> = [
    {
      title: t('position.field.title'),
      key: 'title',
      width: 220,
      render: (_v, p) => (
        <>
          {p.title} {sourceTag(p)}
        </>
      ),
    },
    { title: t('position.field.organisation'), key: 'organisation', width: 220, render: (_v, p) => p.organisationName },
    { title: t('position.field.salary'), key: 'salary', width: 150, render: (_v, p) => formatSalary(t, p.salaryMin, p.salaryMax) },
    { title: t('position.field.headcount'), key: 'headcount', width: 90, render: (_v, p) => p.headcount },
    { title: t('position.field.submittedAt'), key: 'submittedAt', width: 170, render: (_v, p) => formatDateTime(p.submittedAt, language) },
    { title: t('common.actions'), key: 'actions', width: 100, render: (_v, p) => reviewButton(p) },
  ];

  return (
    <>
      {error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
      <div aria-live="polite" className="sr-only">
        {data ? t('positionReview.count', { total: data.total }) : ''}
      </div>
      {isPhone ? (
        <Spin spinning={isLoading}>
          {items.length === 0 && !isLoading ? <Empty description={t('positionReview.empty')} /> : null}
          <ul aria-label={t('positionReview.caption')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
            {items.map((p) => (
              <li key={p.id}>
                <Card size="small" variant="outlined">
                  <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
                    {p.title} {sourceTag(p)}
                  </Typography.Title>
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                    {p.organisationName}
                    <br />
                    {formatDateTime(p.submittedAt, language)}
                  </Typography.Paragraph>
                  {reviewButton(p)}
                </Card>
              </li>
            ))}
          </ul>
          {data && data.total > data.pageSize ? (
            <Flex justify="center" style={{ marginTop: 16 }}>
              <Pagination simple current={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
            </Flex>
          ) : null}
        </Spin>
      ) : (
        <Table<Position>
          rowKey="id"
          components={components}
          columns={columns}
          dataSource={items}
          loading={isLoading}
          scroll={items.length > 0 ? { x: 950 } : undefined}
          pagination={{
            current: data?.page ?? 1,
            pageSize: data?.pageSize ?? DEFAULT_PAGE_SIZE,
            total: data?.total ?? 0,
            showTotal: (total) => t('common.totalItems', { total }),
            onChange: setPage,
          }}
          locale={{ emptyText: t('positionReview.empty') }}
        />
      )}
      <PositionReviewDrawer position={open} onClose={() => setOpen(null)} onReviewed={handleReviewed} />
    </>
  );
}
