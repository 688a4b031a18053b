import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { Page } from '../../../api/types';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDate, formatDateTime } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Position } from '../types';
import { PAGE_SIZES } from '../utils/filters';
import { formatSalary, shortRegion } from '../utils/format';
import { PositionStatusTag } from './PositionStatusTag';

export type PositionTableProps = {
  page: Page<Position> | undefined;
  isLoading: boolean;
  /** The zone's staff see which enterprise each position belongs to. */
  showsEnterprise: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Desktop list of positions in every status, with server-side paging. */
export function PositionTable({ page, isLoading, showsEnterprise, onPageChange }: PositionTableProps) {
  const t = useT();
  const language = useLanguage();
  const components = useTableCaption(t('positions.list.caption'));
  const columns: ColumnsType<Position> = [
    {
      title: t('position.field.title'),
      key: 'title',
      width: 240,
      render: (_v, position) => (
        <>
          <Link to={`/console/positions/${position.id}`}>{position.title}</Link>
          {position.source === 'visit' ? (
            <LabelTag tone="gold" style={{ marginInlineStart: 8 }}>
              {t('positions.source.visit')}
            </LabelTag>
          ) : null}
        </>
      ),
    },
    ...(showsEnterprise
      ? [{ title: t('position.field.organisation'), key: 'organisation', width: 200, render: (_v: unknown, p: Position) => p.organisationName }]
      : []),
    { title: t('position.field.status'), key: 'status', width: 110, render: (_v, p) => <PositionStatusTag status={p.status} /> },
    {
      title: t('positions.field.hired'),
      key: 'headcount',
      width: 100,
      render: (_v, p) => t('positions.headcountProgress', { filled: p.filledCount, headcount: p.headcount }),
    },
    { title: t('position.field.salary'), key: 'salary', width: 150, render: (_v, p) => formatSalary(t, p.salaryMin, p.salaryMax) },
    {
      title: t('position.field.region'),
      key: 'region',
      width: 100,
      render: (_v, p) => <span title={p.regionName ?? undefined}>{shortRegion(p)}</span>,
    },
    { title: t('position.field.closingOn'), key: 'closingOn', width: 110, render: (_v, p) => formatDate(p.closingOn) },
    { title: t('position.field.updatedAt'), key: 'updatedAt', width: 170, render: (_v, p) => formatDateTime(p.updatedAt, language) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_v, p) => (
        <Link to={`/console/positions/${p.id}/applications`} aria-label={t('positions.action.applicationsFor', { title: p.title })}>
          {t('positions.action.applications')}
        </Link>
      ),
    },
  ];
  return (
    <Table<Position>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={page && page.items.length > 0 ? { x: showsEnterprise ? 1290 : 1090 } : undefined}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('positions.list.empty') }}
    />
  );
}
