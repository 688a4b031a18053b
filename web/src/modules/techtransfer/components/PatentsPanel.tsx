import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import { usePatents } from '../hooks/useTechTransfer';
import { LEGAL_STATUSES, type LegalStatus, PATENT_TYPES, type Patent, type PatentType } from '../types';
import { yearOptions } from '../utils/format';
import { LegalStatusTag } from './LegalStatusTag';
import { PatentFormModal } from './PatentFormModal';

export type PatentsPanelProps = { canCreate: boolean };

/** 专利: the zone's patents (or the organisation's own), filtered, with 登记专利. */
export function PatentsPanel({ canCreate }: PatentsPanelProps) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<{ q?: string; type?: PatentType; legalStatus?: LegalStatus; grantedYear?: number; page: number; pageSize: number }>({ page: 1, pageSize: 20 });
  const [isCreating, setCreating] = useState(false);
  const { data, error, isLoading } = usePatents(filters);
  const components = useTableCaption(t('tt.patent.caption'));
  const columns: ColumnsType<Patent> = [
    { title: t('tt.field.applicationNumber'), key: 'number', width: 170, render: (_v, p) => <Link to={`/console/techtransfer/patents/${p.id}`}>{p.applicationNumber}</Link> },
    { title: t('tt.field.patentTitle'), dataIndex: 'title', key: 'title' },
    { title: t('tt.field.patentType'), key: 'type', width: 100, render: (_v, p) => t(`tt.patentType.${p.type}`) },
    { title: t('tt.field.owners'), key: 'owners', render: (_v, p) => p.owners.map((o) => o.name).join('；') },
    { title: t('tt.field.grantedOn'), key: 'grantedOn', width: 110, render: (_v, p) => formatDate(p.grantedOn) },
    { title: t('tt.field.legalStatus'), key: 'status', width: 90, render: (_v, p) => <LegalStatusTag status={p.legalStatus} /> },
  ];
  return (
    <Flex vertical gap={16}>
      <Card variant="outlined">
        <Flex wrap gap={8}>
          <Input.Search
            aria-label={t('tt.filter.patentSearch')}
            placeholder={t('tt.filter.patentSearch')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(value) => setFilters((f) => ({ ...f, q: value.trim() || undefined, page: 1 }))}
            enterButton={t('common.search')}
            style={{ maxWidth: 360 }}
          />
          <Select
            aria-label={t('tt.field.patentType')}
            placeholder={t('tt.field.patentType')}
            allowClear
            style={{ width: 130 }}
            value={filters.type}
            onChange={(type?: PatentType) => setFilters((f) => ({ ...f, type, page: 1 }))}
            options={PATENT_TYPES.map((value) => ({ value, label: t(`tt.patentType.${value}`) }))}
          />
          <Select
            aria-label={t('tt.field.legalStatus')}
            placeholder={t('tt.field.legalStatus')}
            allowClear
            style={{ width: 110 }}
            value={filters.legalStatus}
            onChange={(legalStatus?: LegalStatus) => setFilters((f) => ({ ...f, legalStatus, page: 1 }))}
            options={LEGAL_STATUSES.map((value) => ({ value, label: t(`tt.legalStatus.${value}`) }))}
          />
          <Select
            aria-label={t('tt.filter.grantedYear')}
            placeholder={t('tt.filter.grantedYear')}
            allowClear
            style={{ width: 130 }}
            value={filters.grantedYear}
            onChange={(grantedYear?: number) => setFilters((f) => ({ ...f, grantedYear, page: 1 }))}
            options={yearOptions()}
          />
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)} style={{ marginInlineStart: 'auto' }}>
              {t('tt.patent.create')}
            </Button>
          ) : null}
        </Flex>
      </Card>
      <Card variant="outlined">
        {error ? <ErrorAlert error={error} /> : null}
        <Table<Patent>
          rowKey="id"
          components={components}
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isLoading}
          scroll={{ x: 900 }}
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
      {canCreate ? (
        <PatentFormModal
          isOpen={isCreating}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            void message.success(t('tt.patent.created', { number: saved.applicationNumber }));
            setCreating(false);
            void navigate(`/console/techtransfer/patents/${saved.id}`);
          }}
        />
      ) : null}
    </Flex>
  );
}
