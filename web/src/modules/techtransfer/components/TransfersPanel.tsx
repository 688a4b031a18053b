import { Card, Flex, Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useTransfers } from '../hooks/useTechTransfer';
import { TRANSFER_KINDS, type TransferKind } from '../types';
import { yearOptions } from '../utils/format';
import { TransferTable } from './TransferTable';

/** 专利转让/许可: every record the viewer is party to (the zone's for operators and government). */
export function TransfersPanel() {
  const t = useT();
  const [filters, setFilters] = useState<{ kind?: TransferKind; year?: number; page: number; pageSize: number }>({ page: 1, pageSize: 20 });
  const { data, error, isLoading } = useTransfers(filters);
  return (
    <Flex vertical gap={16}>
      <Card variant="outlined">
        <Flex wrap gap={8}>
          <Select
            aria-label={t('tt.field.transferKind')}
            placeholder={t('tt.field.transferKind')}
            allowClear
            style={{ width: 130 }}
            value={filters.kind}
            onChange={(kind?: TransferKind) => setFilters((f) => ({ ...f, kind, page: 1 }))}
            options={TRANSFER_KINDS.map((value) => ({ value, label: t(`tt.transferKind.${value}`) }))}
          />
          <Select
            aria-label={t('tt.field.year')}
            placeholder={t('tt.field.year')}
            allowClear
            style={{ width: 110 }}
            value={filters.year}
            onChange={(year?: number) => setFilters((f) => ({ ...f, year, page: 1 }))}
            options={yearOptions()}
          />
        </Flex>
      </Card>
      <Card variant="outlined">
        {error ? <ErrorAlert error={error} /> : null}
        <TransferTable
          transfers={data?.items ?? []}
          isLoading={isLoading}
          pagination={{ current: data?.page ?? 1, pageSize: data?.pageSize ?? 20, total: data?.total ?? 0, onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })) }}
        />
      </Card>
    </Flex>
  );
}
