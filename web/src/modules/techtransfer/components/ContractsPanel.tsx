import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Input, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import { toIsoDate } from '../../talent/utils/dates';
import { useContracts } from '../hooks/useTechTransfer';
import { type Contract, CONTRACT_TYPES, type ContractType } from '../types';
import { moneyText } from '../utils/format';
import { ContractFormModal } from './ContractFormModal';

export type ContractsPanelProps = { canRegister: boolean };

type Filters = { q?: string; type?: ContractType; from?: string; to?: string; page: number; pageSize: number };

/** 技术合同登记: registered contracts with the exact total of everything that matches the filters. */
export function ContractsPanel({ canRegister }: ContractsPanelProps) {
  const t = useT();
  const language = useLanguage();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<Filters>({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<Contract | null>(null);
  const [isCreating, setCreating] = useState(false);
  const { data, error, isLoading, reload } = useContracts(filters);
  const components = useTableCaption(t('tt.contract.caption'));
  const columns: ColumnsType<Contract> = [
    { title: t('tt.field.contractNumber'), dataIndex: 'contractNumber', key: 'number', width: 170 },
    { title: t('tt.field.contractTitle'), dataIndex: 'title', key: 'title' },
    { title: t('tt.field.contractType'), key: 'type', width: 100, render: (_v, c) => t(`tt.contractType.${c.type}`) },
    { title: t('tt.field.seller'), key: 'seller', render: (_v, c) => c.seller.name },
    { title: t('tt.field.buyer'), key: 'buyer', render: (_v, c) => c.buyer.name },
    { title: t('tt.field.contractAmount'), key: 'amount', width: 150, align: 'right', render: (_v, c) => moneyText(c.amountFen, language) },
    { title: t('tt.field.registeredOn'), key: 'registeredOn', width: 110, render: (_v, c) => formatDate(c.registeredOn) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_v, c) =>
        c.canEdit ? (
          <Button size="small" onClick={() => setEditing(c)} aria-label={t('tt.contract.editFor', { number: c.contractNumber })}>
            {t('common.edit')}
          </Button>
        ) : null,
    },
  ];

  function handleSaved(saved: Contract) {
    void message.success(editing ? t('tt.saved') : t('tt.contract.registered', { number: saved.contractNumber }));
    setEditing(null);
    setCreating(false);
    reload();
  }

  return (
    <Flex vertical gap={16}>
      <Card variant="outlined">
        <Flex wrap gap={8}>
          <Input.Search
            aria-label={t('tt.filter.contractSearch')}
            placeholder={t('tt.filter.contractSearch')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(value) => setFilters((f) => ({ ...f, q: value.trim() || undefined, page: 1 }))}
            enterButton={t('common.search')}
            style={{ maxWidth: 340 }}
          />
          <Select
            aria-label={t('tt.field.contractType')}
            placeholder={t('tt.field.contractType')}
            allowClear
            style={{ width: 130 }}
            value={filters.type}
            onChange={(type?: ContractType) => setFilters((f) => ({ ...f, type, page: 1 }))}
            options={CONTRACT_TYPES.map((value) => ({ value, label: t(`tt.contractType.${value}`) }))}
          />
          <DatePicker.RangePicker
            aria-label={t('tt.filter.registeredBetween')}
            onChange={(range) => setFilters((f) => ({ ...f, from: toIsoDate(range?.[0]) ?? undefined, to: toIsoDate(range?.[1]) ?? undefined, page: 1 }))}
          />
          {canRegister ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)} style={{ marginInlineStart: 'auto' }}>
              {t('tt.contract.create')}
            </Button>
          ) : null}
        </Flex>
      </Card>
      <Card variant="outlined">
        {error ? <ErrorAlert error={error} /> : null}
        <Typography.Paragraph aria-live="polite">
          {data ? t('tt.contract.total', { count: data.total, amount: moneyText(data.totalAmountFen, language) }) : ''}
        </Typography.Paragraph>
        <Table<Contract>
          rowKey="id"
          components={components}
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isLoading}
          scroll={{ x: 1100 }}
          pagination={{
            current: data?.page ?? 1,
            pageSize: data?.pageSize ?? 20,
            total: data?.total ?? 0,
            showTotal: (total) => t('common.totalItems', { total }),
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
          }}
          locale={{ emptyText: t('tt.empty') }}
        />
      </Card>
      {canRegister ? (
        <ContractFormModal
          isOpen={isCreating || editing !== null}
          contract={editing}
          onClose={() => {
            setEditing(null);
            setCreating(false);
          }}
          onSaved={handleSaved}
        />
      ) : null}
    </Flex>
  );
}
