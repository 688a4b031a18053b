import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { SeekerPage, SeekerSummary } from '../types';
import { PAGE_SIZES } from '../utils/filters';
import { formatSalaryWish, orDash } from '../utils/format';

export type SeekerTableProps = {
  page: SeekerPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Desktop list of the talent pool with server-side paging; phones are masked. */
export function SeekerTable({ page, isLoading, onPageChange }: SeekerTableProps) {
  const t = useT();
  const components = useTableCaption(t('talent.seekers.caption'));
  const columns: ColumnsType<SeekerSummary> = [
    {
      title: t('talent.field.name'),
      key: 'name',
      width: 100,
      render: (_v, s) => <Link to={`/console/seekers/${s.id}`}>{s.name}</Link>,
    },
    { title: t('talent.field.phone'), key: 'phone', width: 120, render: (_v, s) => orDash(s.phoneMasked) },
    {
      title: t('talent.field.educationLevel'),
      key: 'education',
      width: 90,
      render: (_v, s) => (s.educationLevel ? t(`talent.education.${s.educationLevel}`) : '—'),
    },
    {
      title: t('talent.seekers.schoolMajor'),
      key: 'school',
      width: 220,
      render: (_v, s) => [s.school, s.major].filter(Boolean).join(' · ') || '—',
    },
    { title: t('talent.field.skills'), key: 'skills', width: 180, render: (_v, s) => s.skills.slice(0, 4).join('、') || '—' },
    {
      title: t('talent.field.expectedSalary'),
      key: 'salary',
      width: 140,
      render: (_v, s) => formatSalaryWish(t, s.expectedSalaryMin, s.expectedSalaryMax),
    },
    { title: t('talent.field.source'), key: 'source', width: 90, render: (_v, s) => t(`talent.source.${s.source}`) },
  ];
  return (
    <Table<SeekerSummary>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={page && page.items.length > 0 ? { x: 940 } : undefined}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('talent.seekers.empty') }}
    />
  );
}
