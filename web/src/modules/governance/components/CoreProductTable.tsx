import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { CoreProduct, CoreProductPage } from '../types';
import { serverPagination } from '../utils/table';
import { ListRowActions } from './ListRowActions';

export type CoreProductTableProps = {
  page: CoreProductPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onEdit?: (product: CoreProduct) => void;
  onDelete?: (product: CoreProduct) => void;
};

/** 核心产品清单: the zone's industries' core products and who makes them. */
export function CoreProductTable({ page, isLoading, onPageChange, onEdit, onDelete }: CoreProductTableProps) {
  const t = useT();
  const components = useTableCaption(t('gov.lists.core'));
  const columns: ColumnsType<CoreProduct> = [
    { title: t('gov.field.industry'), key: 'industry', width: 130, render: (_v, p) => t(`industry.${p.industry}`) },
    { title: t('gov.field.product'), dataIndex: 'product', key: 'product' },
    { title: t('gov.field.enterprise'), key: 'enterprise', render: (_v, p) => p.organisation.name },
    { title: t('gov.field.description'), dataIndex: 'description', key: 'description', render: (d: string | null) => d ?? '' },
  ];
  if (onEdit && onDelete) {
    columns.push({ title: t('common.actions'), key: 'actions', width: 140, render: (_v, p) => <ListRowActions name={p.product} onEdit={() => onEdit(p)} onDelete={() => onDelete(p)} /> });
  }
  return (
    <Table<CoreProduct>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 860 }}
      pagination={serverPagination(page, onPageChange, t)}
      locale={{ emptyText: t('gov.lists.empty') }}
    />
  );
}
