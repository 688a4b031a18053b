import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useTableCaption } from '../../../ui/useTableCaption';
import { useRdInputs } from '../hooks/useInnovation';
import type { RdInput } from '../types';
import { money, thisYearInChina } from '../utils/format';
import { RdInputModal } from './RdInputModal';

export type RdInputsPanelProps = { year: number; onSaved: () => void };

/** The enterprise's R&D inputs by year, reported and corrected by its own staff. */
export function RdInputsPanel({ year, onSaved }: RdInputsPanelProps) {
  const t = useT();
  const language = useLanguage();
  const { message } = App.useApp();
  const { data, error, isLoading, reload } = useRdInputs();
  const [editing, setEditing] = useState<RdInput | null>(null);
  const [isAdding, setAdding] = useState(false);
  const components = useTableCaption(t('innovation.rd.caption'));
  const reportedYears = new Set(data?.items.map((r) => r.year));

  function handleSaved() {
    void message.success(t('innovation.rd.saved'));
    setEditing(null);
    setAdding(false);
    reload();
    onSaved();
  }

  const columns: ColumnsType<RdInput> = [
    { title: t('innovation.rd.year'), dataIndex: 'year' },
    { title: t('innovation.rd.totalStaff'), dataIndex: 'totalStaff', align: 'right' },
    { title: t('innovation.rd.rdStaff'), dataIndex: 'rdStaff', align: 'right' },
    { title: t('innovation.rd.share'), key: 'share', align: 'right', render: (_, r) => `${((r.rdStaff / r.totalStaff) * 100).toFixed(1)}%` },
    { title: t('innovation.rd.rdSpending'), key: 'spending', align: 'right', render: (_, r) => money(r.rdSpendingFen, language) },
    { title: t('innovation.rd.revenue'), key: 'revenue', align: 'right', render: (_, r) => money(r.revenueFen, language) },
    { title: t('innovation.rd.updatedBy'), dataIndex: 'updatedByName', render: (name: string | null) => name ?? '—' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) => (
        <Button size="small" icon={<EditOutlined aria-hidden="true" />} onClick={() => setEditing(r)} aria-label={`${t('common.edit')} ${r.year}`}>
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      {error ? <ErrorAlert error={error} /> : null}
      <Flex justify="end">
        <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setAdding(true)}>
          {t('innovation.rd.add')}
        </Button>
      </Flex>
      <Table<RdInput> components={components} rowKey="id" loading={isLoading} columns={columns} dataSource={data?.items ?? []} pagination={false} scroll={{ x: 'max-content' }} />
      <RdInputModal
        isOpen={isAdding || editing !== null}
        input={editing}
        defaultYear={[year, thisYearInChina()].find((y) => !reportedYears.has(y)) ?? year}
        onClose={() => {
          setEditing(null);
          setAdding(false);
        }}
        onSaved={handleSaved}
      />
    </Flex>
  );
}
