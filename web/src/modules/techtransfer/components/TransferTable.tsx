import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Transfer } from '../types';
import { moneyText } from '../utils/format';

export type TransferTableProps = {
  transfers: Transfer[];
  isLoading?: boolean;
  pagination?: { current: number; pageSize: number; total: number; onChange: (page: number, pageSize: number) => void } | false;
  /** Inside a patent's page the patent columns are left out. */
  isWithinPatent?: boolean;
};

/** 转让/许可 records: kind, parties, amount and contract date. */
export function TransferTable({ transfers, isLoading, pagination = false, isWithinPatent }: TransferTableProps) {
  const t = useT();
  const language = useLanguage();
  const components = useTableCaption(t('tt.transfer.caption'));
  const columns: ColumnsType<Transfer> = [
    ...(isWithinPatent
      ? []
      : [
          {
            title: t('tt.field.applicationNumber'),
            key: 'patent',
            width: 170,
            render: (_v: unknown, x: Transfer) => <Link to={`/console/techtransfer/patents/${x.patentId}`}>{x.applicationNumber}</Link>,
          },
          { title: t('tt.field.patentTitle'), dataIndex: 'patentTitle', key: 'title' },
        ]),
    { title: t('tt.field.transferKind'), key: 'kind', width: 90, render: (_v, x) => <Tag>{t(`tt.transferKind.${x.kind}`)}</Tag> },
    { title: t('tt.field.from'), dataIndex: 'fromName', key: 'from' },
    { title: t('tt.field.to'), dataIndex: 'toName', key: 'to' },
    { title: t('tt.field.amount'), key: 'amount', width: 140, align: 'right', render: (_v, x) => moneyText(x.amountFen, language) },
    { title: t('tt.field.contractOn'), key: 'contractOn', width: 110, render: (_v, x) => formatDate(x.contractOn) },
  ];
  return (
    <Table<Transfer>
      rowKey="id"
      size={isWithinPatent ? 'small' : 'middle'}
      components={components}
      columns={columns}
      dataSource={transfers}
      loading={isLoading}
      scroll={{ x: isWithinPatent ? 600 : 960 }}
      pagination={pagination === false ? false : { ...pagination, showTotal: (total) => t('common.totalItems', { total }) }}
      locale={{ emptyText: t('tt.empty') }}
    />
  );
}
