import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Loan, LoanPage } from '../types';
import { formatScore, money } from '../utils/format';
import { LoanStatusTag } from './LoanStatusTag';

export type LoanTableProps = {
  page: LoanPage | undefined;
  isLoading: boolean;
  /** The applicant column is left out for an enterprise reading its own loans. */
  showApplicant: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

export function LoanTable({ page, isLoading, showApplicant, onPageChange }: LoanTableProps) {
  const t = useT();
  const language = useLanguage();
  const components = useTableCaption(t('loan.listCaption'));
  const columns: ColumnsType<Loan> = [
    { title: t('loan.field.submittedOn'), dataIndex: 'submittedOn', render: (d: string) => formatDate(d) },
    ...(showApplicant
      ? [{ title: t('loan.field.enterprise'), key: 'enterprise', render: (_: unknown, l: Loan) => <Link to={`/console/innovation-loans/${l.id}`}>{l.organisationName}</Link> }]
      : []),
    { title: t('loan.field.bank'), dataIndex: 'bankName' },
    { title: t('loan.field.amountRequestedShort'), key: 'requested', align: 'right', render: (_, l) => money(l.amountRequestedFen, language) },
    { title: t('loan.field.indexScore'), key: 'score', align: 'right', render: (_, l) => `${formatScore(l.indexScore)}（${l.indexYear}）` },
    { title: t('loan.field.status'), key: 'status', render: (_, l) => <LoanStatusTag status={l.status} /> },
    { title: t('loan.field.approvedAmountShort'), key: 'approved', align: 'right', render: (_, l) => money(l.approvedAmountFen, language) },
    { title: t('loan.field.disbursed'), key: 'disbursed', align: 'right', render: (_, l) => (l.approvedAmountFen === null ? '—' : money(l.disbursedFen, language)) },
    {
      title: t('common.actions'),
      key: 'open',
      render: (_, l) => (
        <Link to={`/console/innovation-loans/${l.id}`} aria-label={`${t('common.viewDetails')}：${l.organisationName} ${formatDate(l.submittedOn)}`}>
          {t('common.viewDetails')}
        </Link>
      ),
    },
  ];
  return (
    <Table<Loan>
      components={components}
      rowKey="id"
      loading={isLoading}
      columns={columns}
      dataSource={page?.items ?? []}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
    />
  );
}
