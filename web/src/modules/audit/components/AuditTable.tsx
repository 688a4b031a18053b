import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AuditEntry, Page } from '../../../api/types';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import { AuditChange } from './AuditChange';

export type AuditTableProps = {
  page: Page<AuditEntry> | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Audit entries, newest first; expand a row for the before/after JSON. */
export function AuditTable({ page, isLoading, onPageChange }: AuditTableProps) {
  const t = useT();
  const language = useLanguage();
  const components = useTableCaption(t('audit.caption'));
  const columns: ColumnsType<AuditEntry> = [
    {
      title: t('audit.field.at'),
      key: 'at',
      width: 170,
      render: (_v, e) => <time dateTime={e.at}>{formatDateTime(e.at, language)}</time>,
    },
    { title: t('audit.field.actor'), key: 'actor', width: 130, render: (_v, e) => e.actorLabel ?? t('audit.system') },
    {
      title: t('audit.field.action'),
      key: 'action',
      width: 230,
      render: (_v, e) => (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {e.action}
        </Typography.Text>
      ),
    },
    { title: t('audit.field.entityType'), dataIndex: 'entityType', key: 'entityType', width: 120 },
    {
      title: t('audit.field.entityId'),
      key: 'entityId',
      width: 340,
      render: (_v, e) =>
        e.entityId ? (
          <Typography.Text copyable style={{ fontFamily: 'monospace', fontSize: 12, whiteSpace: 'nowrap' }}>
            {e.entityId}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    { title: t('audit.field.ip'), key: 'ip', width: 130, render: (_v, e) => e.ip ?? '—' },
  ];
  return (
    <Table<AuditEntry>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={page && page.items.length > 0 ? { x: 'max-content' } : undefined}
      expandable={{
        columnTitle: <span className="sr-only">{t('audit.expand')}</span>,
        expandedRowRender: (entry) => <AuditChange entry={entry} />,
        rowExpandable: (entry) => (entry.before ?? null) !== null || (entry.after ?? null) !== null,
      }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('audit.empty') }}
    />
  );
}
