import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Visit, VisitPage } from '../types';
import { serverPagination } from '../utils/table';

export type VisitTableProps = { page: VisitPage | undefined; isLoading: boolean; onPageChange: (page: number, pageSize: number) => void };

/** Visits and symposia, newest first, with the demand they collected and the positions it became. */
export function VisitTable({ page, isLoading, onPageChange }: VisitTableProps) {
  const t = useT();
  const components = useTableCaption(t('gov.visits.caption'));
  const columns: ColumnsType<Visit> = [
    { title: t('gov.field.heldOn'), key: 'heldOn', width: 120, render: (_v, v) => formatDate(v.heldOn) },
    { title: t('gov.field.visitKind'), key: 'kind', width: 80, render: (_v, v) => t(`gov.visitKind.${v.kind}`) },
    { title: t('gov.field.title'), key: 'title', render: (_v, v) => <Link to={`/console/governance/visits/${v.id}`}>{v.title}</Link> },
    { title: t('gov.field.visitedOrganisations'), key: 'organisations', render: (_v, v) => v.organisations.map((o) => o.name).join('、') },
    { title: t('gov.field.visitors'), key: 'visitors', width: 160, render: (_v, v) => v.visitors.join('、') },
    { title: t('gov.field.linkedPositions'), key: 'positions', width: 90, align: 'right', render: (_v, v) => v.positions.length },
  ];
  return (
    <Table<Visit>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 1000 }}
      pagination={serverPagination(page, onPageChange, t)}
      locale={{ emptyText: t('gov.visits.empty') }}
    />
  );
}
