import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Agreement, AgreementPage } from '../types';
import { serverPagination } from '../utils/table';
import { GovernanceStatusTag } from './GovernanceStatusTag';

export type AgreementTableProps = {
  page: AgreementPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  caption: string;
  emptyText: string;
};

/** Agreements with their parties, term and status; days left for those in force. */
export function AgreementTable({ page, isLoading, onPageChange, caption, emptyText }: AgreementTableProps) {
  const t = useT();
  const components = useTableCaption(caption);
  const columns: ColumnsType<Agreement> = [
    { title: t('gov.field.title'), key: 'title', render: (_v, a) => <Link to={`/console/governance/agreements/${a.id}`}>{a.title}</Link> },
    { title: t('gov.field.agreementType'), key: 'type', width: 130, render: (_v, a) => t(`gov.agreementType.${a.type}`) },
    { title: t('gov.field.parties'), key: 'parties', render: (_v, a) => a.parties.map((p) => p.name).join('、') },
    { title: t('gov.field.signedOn'), key: 'signedOn', width: 120, render: (_v, a) => formatDate(a.signedOn) },
    { title: t('gov.field.agreementEnd'), key: 'endOn', width: 120, render: (_v, a) => formatDate(a.endOn) },
    {
      title: t('gov.field.status'),
      key: 'status',
      width: 150,
      render: (_v, a) => (
        <>
          <GovernanceStatusTag kind="agreement" status={a.status} />
          {a.daysToEnd !== null ? <span>{t('gov.agreements.daysLeft', { n: a.daysToEnd })}</span> : null}
        </>
      ),
    },
  ];
  return (
    <Table<Agreement>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 1000 }}
      pagination={serverPagination(page, onPageChange, t)}
      locale={{ emptyText }}
    />
  );
}
