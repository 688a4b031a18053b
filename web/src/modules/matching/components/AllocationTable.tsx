import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { CardList } from '../../../ui/CardList';
import { formatDateTime } from '../../../ui/format';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { AllocationPage, AllocationSummary } from '../types';
import { AllocationStatusTag } from './AllocationStatusTag';

export type AllocationTableProps = {
  page: AllocationPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** The zone's batch allocations, newest first: a table on desktops, cards on phones. */
export function AllocationTable({ page, isLoading, onPageChange }: AllocationTableProps) {
  const t = useT();
  const language = useLanguage();
  const isPhone = useIsPhone();
  const caption = t('matching.allocations.caption');
  const components = useTableCaption(caption);
  const path = (a: AllocationSummary) => `/console/allocations/${a.id}`;

  if (isPhone) {
    return (
      <CardList<AllocationSummary>
        page={page}
        isLoading={isLoading}
        onPageChange={onPageChange}
        caption={caption}
        emptyText={t('matching.allocations.empty')}
        heading={(a) => ({ text: a.title, to: path(a) })}
        renderBody={(a) => (
          <>
            <AllocationStatusTag status={a.status} />
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('matching.allocations.cardLine', { positions: a.stats.positions, candidates: a.stats.candidates, assigned: a.stats.assigned })}
              <br />
              {formatDateTime(a.createdAt, language)}
            </Typography.Paragraph>
          </>
        )}
      />
    );
  }

  const columns: ColumnsType<AllocationSummary> = [
    { title: t('matching.allocation.field.title'), key: 'title', width: 240, render: (_v, a) => <Link to={path(a)}>{a.title}</Link> },
    { title: t('applications.field.status'), key: 'status', width: 100, render: (_v, a) => <AllocationStatusTag status={a.status} /> },
    { title: t('matching.allocation.stat.positions'), key: 'positions', width: 90, render: (_v, a) => a.stats.positions },
    { title: t('matching.allocation.stat.candidates'), key: 'candidates', width: 90, render: (_v, a) => a.stats.candidates },
    { title: t('matching.allocation.stat.capacity'), key: 'capacity', width: 90, render: (_v, a) => a.stats.capacity },
    { title: t('matching.allocation.stat.assigned'), key: 'assigned', width: 90, render: (_v, a) => a.stats.assigned },
    { title: t('matching.allocation.field.createdAt'), key: 'createdAt', width: 170, render: (_v, a) => formatDateTime(a.createdAt, language) },
    { title: t('matching.allocation.field.decidedAt'), key: 'decidedAt', width: 170, render: (_v, a) => formatDateTime(a.decidedAt, language) },
  ];
  return (
    <Table<AllocationSummary>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={page && page.items.length > 0 ? { x: 1040 } : undefined}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('matching.allocations.empty') }}
    />
  );
}
