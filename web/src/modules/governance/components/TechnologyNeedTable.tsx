import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { TechnologyNeed, TechnologyNeedPage } from '../types';
import { serverPagination } from '../utils/table';
import { GovernanceStatusTag } from './GovernanceStatusTag';
import { ListRowActions } from './ListRowActions';

export type TechnologyNeedTableProps = {
  page: TechnologyNeedPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit?: (need: TechnologyNeed) => void;
  onDelete?: (need: TechnologyNeed) => void;
};

/** 技术需求清单: what enterprises need solved, and where each need stands. */
export function TechnologyNeedTable({ page, isLoading, onPageChange, onEdit, onDelete }: TechnologyNeedTableProps) {
  const t = useT();
  const components = useTableCaption(t('gov.lists.needs'));
  const columns: ColumnsType<TechnologyNeed> = [
    { title: t('gov.field.industry'), key: 'industry', width: 130, render: (_v, n) => t(`industry.${n.industry}`) },
    { title: t('gov.field.enterprise'), key: 'enterprise', render: (_v, n) => n.organisation.name },
    { title: t('gov.field.need'), dataIndex: 'title', key: 'title' },
    { title: t('gov.field.description'), dataIndex: 'description', key: 'description', render: (d: string | null) => d ?? '' },
    { title: t('gov.field.status'), key: 'status', width: 100, render: (_v, n) => <GovernanceStatusTag kind="need" status={n.status} /> },
    { title: t('gov.field.linkedChallenges'), key: 'challenge', render: (_v, n) => n.challenge?.title ?? '' },
  ];
  if (onEdit && onDelete) {
    columns.push({ title: t('common.actions'), key: 'actions', width: 140, render: (_v, n) => <ListRowActions name={n.title} onEdit={() => onEdit(n)} onDelete={() => onDelete(n)} /> });
  }
  return (
    <Table<TechnologyNeed>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 1100 }}
      pagination={serverPagination(page, onPageChange, t)}
      locale={{ emptyText: t('gov.lists.empty') }}
    />
  );
}
