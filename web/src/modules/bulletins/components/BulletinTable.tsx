import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { BulletinPage, BulletinSummary } from '../types';
import { formatIssueDate } from '../utils/format';
import { BulletinStatusTag } from './BulletinStatusTag';

export type BulletinTableProps = {
  page: BulletinPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number) => void;
};

/** The zone's issues with their status and counts. */
export function BulletinTable({ page, isLoading, onPageChange }: BulletinTableProps) {
  const t = useT();
  const language = useLanguage();
  const components = useTableCaption(t('bulletins.list.caption'));
  const columns: ColumnsType<BulletinSummary> = [
    {
      title: t('bulletins.field.issue'),
      key: 'issue',
      width: 150,
      render: (_v, b) => <Link to={`/console/bulletins/${b.id}`}>{t('bulletins.issueOfYear', { year: b.year, n: b.issueNo })}</Link>,
    },
    { title: t('bulletins.field.title'), dataIndex: 'title', key: 'title' },
    { title: t('bulletins.field.status'), key: 'status', width: 100, render: (_v, b) => <BulletinStatusTag status={b.status} /> },
    { title: t('bulletins.field.positions'), dataIndex: 'positionCount', key: 'positionCount', width: 80, align: 'right' },
    { title: t('bulletins.field.enterprises'), dataIndex: 'enterpriseCount', key: 'enterpriseCount', width: 80, align: 'right' },
    { title: t('bulletins.field.publishedAt'), key: 'publishedAt', width: 150, render: (_v, b) => formatIssueDate(b.publishedAt, language) },
  ];
  return (
    <Table<BulletinSummary>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 820 }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('bulletins.list.empty') }}
    />
  );
}
