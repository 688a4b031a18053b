import { Card, Col, Row, Statistic, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useTableCaption } from '../../../ui/useTableCaption';
import { useLoanTotals } from '../hooks/useInnovation';
import type { LoanTotals } from '../types';
import { money } from '../utils/format';

type Figures = LoanTotals['total'];

function useFigureColumns<T extends Figures>(first: ColumnsType<T>): ColumnsType<T> {
  const t = useT();
  const language = useLanguage();
  return [
    ...first,
    { title: t('loan.totals.applications'), dataIndex: 'applications', align: 'right' },
    { title: t('loan.totals.requested'), key: 'requested', align: 'right', render: (_, r) => money(r.requestedFen, language) },
    { title: t('loan.totals.approvedCount'), dataIndex: 'approvedCount', align: 'right' },
    { title: t('loan.totals.approved'), key: 'approved', align: 'right', render: (_, r) => money(r.approvedFen, language) },
    { title: t('loan.totals.declined'), dataIndex: 'declinedCount', align: 'right' },
    { title: t('loan.totals.disbursed'), key: 'disbursed', align: 'right', render: (_, r) => money(r.disbursedFen, language) },
  ];
}

export type LoanTotalsCardProps = { year: number };

/** The year's figures, then per bank (that year) and per year, each within what the reader may see. */
export function LoanTotalsCard({ year }: LoanTotalsCardProps) {
  const t = useT();
  const language = useLanguage();
  const { data, error } = useLoanTotals(year);
  const bankCaption = useTableCaption(t('loan.totals.bankCaption', { year }));
  const yearCaption = useTableCaption(t('loan.totals.yearCaption'));
  const bankColumns = useFigureColumns<LoanTotals['banks'][number]>([{ title: t('loan.field.bank'), dataIndex: 'bankName' }]);
  const yearColumns = useFigureColumns<LoanTotals['years'][number]>([{ title: t('loan.totals.year'), dataIndex: 'year' }]);
  if (error) return <ErrorAlert error={error} />;
  const total = data?.total;
  return (
    <Card variant="outlined" title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('loan.totals.title', { year })}</Typography.Title>}>
      <Row gutter={[24, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('loan.totals.applications')} value={total?.applications ?? '—'} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('loan.totals.approvedCount')} value={total?.approvedCount ?? '—'} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('loan.totals.approved')} value={total ? money(total.approvedFen, language) : '—'} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('loan.totals.disbursed')} value={total ? money(total.disbursedFen, language) : '—'} />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('loan.totals.note')}
      </Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'banks',
            label: t('loan.totals.byBank'),
            children: <Table components={bankCaption} rowKey="bankId" size="small" pagination={false} scroll={{ x: 'max-content' }} columns={bankColumns} dataSource={data?.banks ?? []} />,
          },
          {
            key: 'years',
            label: t('loan.totals.byYear'),
            children: <Table components={yearCaption} rowKey="year" size="small" pagination={false} scroll={{ x: 'max-content' }} columns={yearColumns} dataSource={data?.years ?? []} />,
          },
        ]}
      />
    </Card>
  );
}
