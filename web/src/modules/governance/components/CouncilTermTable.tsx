import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { CouncilTerm, CouncilTermPage } from '../types';
import { serverPagination } from '../utils/table';
import { GovernanceStatusTag } from './GovernanceStatusTag';

export type CouncilTermTableProps = {
  page: CouncilTermPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  /** Operators correct a term; absent for readers. */
  onEdit?: (term: CouncilTerm) => void;
};

/** Council terms: who held which role from when to when. */
export function CouncilTermTable({ page, isLoading, onPageChange, onEdit }: CouncilTermTableProps) {
  const t = useT();
  const components = useTableCaption(t('gov.council.caption'));
  const columns: ColumnsType<CouncilTerm> = [
    { title: t('gov.field.organisation'), dataIndex: 'organisationName', key: 'organisationName' },
    { title: t('gov.field.organisationType'), key: 'type', width: 110, render: (_v, term) => t(`orgType.${term.organisationType}`) },
    { title: t('gov.field.councilRole'), key: 'role', width: 140, render: (_v, term) => t(`councilRole.${term.role}`) },
    { title: t('gov.field.startOn'), key: 'startOn', width: 120, render: (_v, term) => formatDate(term.startOn) },
    { title: t('gov.field.endOn'), key: 'endOn', width: 120, render: (_v, term) => (term.endOn ? formatDate(term.endOn) : t('gov.openEnded')) },
    { title: t('gov.field.status'), key: 'status', width: 100, render: (_v, term) => <GovernanceStatusTag kind="term" status={term.status} /> },
    { title: t('gov.field.note'), dataIndex: 'note', key: 'note', render: (note: string | null) => note ?? '' },
  ];
  if (onEdit) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_v, term) => (
        <Button type="link" onClick={() => onEdit(term)} aria-label={t('gov.council.editOf', { name: term.organisationName })}>
          {t('common.edit')}
        </Button>
      ),
    });
  }
  return (
    <Table<CouncilTerm>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 960 }}
      pagination={serverPagination(page, onPageChange, t)}
      locale={{ emptyText: t('gov.council.empty') }}
    />
  );
}
