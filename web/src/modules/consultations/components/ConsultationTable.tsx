import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Consultation, ConsultationPage } from '../types';
import { PAGE_SIZES } from '../utils/filters';

export type ConsultationTableProps = {
  page: ConsultationPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit: (consultation: Consultation) => void;
};

/** The zone's consultations, newest first, with server-side paging. */
export function ConsultationTable({ page, isLoading, onPageChange, onEdit }: ConsultationTableProps) {
  const t = useT();
  const components = useTableCaption(t('consult.list.caption'));
  const columns: ColumnsType<Consultation> = [
    { title: t('consult.field.heldOn'), key: 'heldOn', width: 110, render: (_v, c) => formatDate(c.heldOn) },
    {
      title: t('consult.field.seeker'),
      key: 'seeker',
      width: 120,
      render: (_v, c) => <Link to={`/console/seekers/${c.seekerId}`}>{c.seekerName}</Link>,
    },
    { title: t('consult.field.topic'), key: 'topic', width: 110, render: (_v, c) => t(`consult.topic.${c.topic}`) },
    { title: t('consult.field.counsellor'), dataIndex: 'counsellorName', key: 'counsellor', width: 100 },
    {
      title: t('consult.field.notes'),
      key: 'notes',
      render: (_v, c) => <Typography.Paragraph ellipsis={{ rows: 2, tooltip: c.notes }} style={{ margin: 0 }}>{c.notes ?? '—'}</Typography.Paragraph>,
    },
    { title: t('consult.field.followUpOn'), key: 'followUpOn', width: 110, render: (_v, c) => formatDate(c.followUpOn) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_v, c) => (
        <Button size="small" onClick={() => onEdit(c)} aria-label={t('consult.edit.for', { name: c.seekerName, date: formatDate(c.heldOn) })}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];
  return (
    <Table<Consultation>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 900 }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('consult.list.empty') }}
    />
  );
}
