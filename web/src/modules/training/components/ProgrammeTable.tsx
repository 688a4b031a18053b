import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Programme, ProgrammePage } from '../types';

export type ProgrammeTableProps = { page: ProgrammePage | undefined; isLoading: boolean; onPageChange: (page: number, pageSize: number) => void };

/** Training programmes, latest first: who runs them, when, places taken and trainees completed. */
export function ProgrammeTable({ page, isLoading, onPageChange }: ProgrammeTableProps) {
  const t = useT();
  const components = useTableCaption(t('training.programmes.caption'));
  const columns: ColumnsType<Programme> = [
    { title: t('training.programme.title'), key: 'title', render: (_v, p) => <Link to={`/console/training-programmes/${p.id}`}>{p.title}</Link> },
    { title: t('training.programme.kind'), key: 'kind', width: 120, render: (_v, p) => t(`training.programmeKind.${p.kind}`) },
    { title: t('training.programme.organiser'), dataIndex: 'organiserName', key: 'organiser', width: 200 },
    { title: t('training.programme.dates'), key: 'dates', width: 200, render: (_v, p) => `${p.startsOn} – ${p.endsOn}` },
    { title: t('training.programme.enrolled'), key: 'enrolled', width: 110, render: (_v, p) => `${p.enrolled} / ${p.capacity}` },
    { title: t('training.programme.completed'), dataIndex: 'completed', key: 'completed', width: 90 },
  ];
  return (
    <Table<Programme>
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
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('training.programmes.empty') }}
    />
  );
}
