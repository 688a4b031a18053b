import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, Empty, Flex, Table, Typography } from 'antd';
import { useParams } from 'react-router';
import { useLanguage } from '../../i18n/useLanguage';
import { useT } from '../../i18n/useT';
import { bpToPercent } from '../../../../src/modules/innovation/loan-money';
import { IndexBreakdownTable } from '../../modules/innovation/components/IndexBreakdownTable';
import { LoanActions } from '../../modules/innovation/components/LoanActions';
import { LoanStatusTag } from '../../modules/innovation/components/LoanStatusTag';
import { useLoan } from '../../modules/innovation/hooks/useInnovation';
import type { LoanDetail } from '../../modules/innovation/types';
import { formatScore, money } from '../../modules/innovation/utils/format';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDate, formatDateTime } from '../../ui/format';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';
import { useTableCaption } from '../../ui/useTableCaption';

type Disbursement = LoanDetail['disbursements'][number];

/** One loan application: the terms asked and granted, the index snapshot shared, and the money paid out. */
export function InnovationLoanDetailPage() {
  const t = useT();
  const language = useLanguage();
  const { id } = useParams();
  const { data: loan, error, reload } = useLoan(id);
  const disbursementCaption = useTableCaption(t('loan.disbursementsCaption'));
  const sectionTitle = (text: string) => <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{text}</Typography.Title>;

  return (
    <Flex vertical gap={16}>
      <div>
        <ButtonLink to="/console/innovation-loans" icon={<ArrowLeftOutlined aria-hidden="true" />}>
          {t('loan.backToList')}
        </ButtonLink>
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {!loan ? (
        error ? null : <LoadingBlock minHeight={320} />
      ) : (
        <>
          <PageHeading title={t('loan.detailTitle', { enterprise: loan.organisationName })} extra={<LoanStatusTag status={loan.status} />} />
          <LoanActions loan={loan} onChanged={reload} />
          <Card variant="outlined">
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'enterprise', label: t('loan.field.enterprise'), children: loan.organisationName },
                { key: 'bank', label: t('loan.field.bank'), children: loan.bankName },
                { key: 'status', label: t('loan.field.status'), children: <LoanStatusTag status={loan.status} /> },
                { key: 'submittedOn', label: t('loan.field.submittedOn'), children: formatDate(loan.submittedOn) },
                { key: 'requested', label: t('loan.field.amountRequestedShort'), children: money(loan.amountRequestedFen, language) },
                { key: 'term', label: t('loan.field.termRequestedShort'), children: t('loan.months', { months: loan.termMonthsRequested }) },
                { key: 'purpose', label: t('loan.field.purpose'), children: loan.purpose, span: 2 },
                ...(loan.approvedAmountFen !== null
                  ? [
                      { key: 'approved', label: t('loan.field.approvedAmountShort'), children: money(loan.approvedAmountFen, language) },
                      { key: 'rate', label: t('loan.field.rateShort'), children: loan.rateBp === null ? '—' : t('loan.rateValue', { rate: bpToPercent(loan.rateBp) }) },
                      { key: 'approvedTerm', label: t('loan.field.termShort'), children: loan.approvedTermMonths === null ? '—' : t('loan.months', { months: loan.approvedTermMonths }) },
                      { key: 'disbursed', label: t('loan.field.disbursed'), children: money(loan.disbursedFen, language) },
                    ]
                  : []),
                ...(loan.declineReason ? [{ key: 'reason', label: t('loan.field.declineReason'), children: loan.declineReason, span: 2 }] : []),
                ...(loan.decidedOn
                  ? [
                      { key: 'decidedOn', label: t('loan.field.decidedOn'), children: formatDate(loan.decidedOn) },
                      { key: 'decidedBy', label: t('loan.field.decidedBy'), children: loan.decidedByName ?? '—' },
                    ]
                  : []),
                { key: 'appliedBy', label: t('loan.field.appliedBy'), children: loan.appliedByName ?? '—' },
                { key: 'consentedAt', label: t('loan.field.consentedAt'), children: formatDateTime(loan.consentedAt, language) },
                { key: 'consent', label: t('loan.field.consent'), children: loan.consentText, span: 2 },
              ]}
            />
          </Card>
          <Card variant="outlined" title={sectionTitle(t('loan.snapshot.title', { year: loan.indexSnapshot.year }))}>
            <Typography.Paragraph>
              <Typography.Text strong style={{ fontSize: 20 }}>
                {formatScore(loan.indexSnapshot.score)}
              </Typography.Text>{' '}
              <Typography.Text type="secondary">
                {t('loan.snapshot.computedAt', {
                  time: formatDateTime(loan.indexSnapshot.computedAt, language),
                  version: loan.indexSnapshot.weightsVersion,
                  count: loan.indexSnapshot.peerCount,
                })}
              </Typography.Text>
            </Typography.Paragraph>
            <IndexBreakdownTable factors={loan.indexSnapshot.factors} score={loan.indexSnapshot.score} />
          </Card>
          {loan.approvedAmountFen !== null ? (
            <Card variant="outlined" title={sectionTitle(t('loan.disbursements'))}>
              {loan.disbursements.length === 0 ? (
                <Empty description={t('loan.noDisbursements')} />
              ) : (
                <Table<Disbursement>
                  components={disbursementCaption}
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={loan.disbursements}
                  columns={[
                    { title: t('loan.disburse.date'), dataIndex: 'disbursedOn', render: (d: string) => formatDate(d) },
                    { title: t('loan.disburse.amount'), key: 'amount', align: 'right', render: (_, d) => money(d.amountFen, language) },
                    { title: t('loan.disburse.note'), dataIndex: 'note', render: (note: string | null) => note ?? '—' },
                    { title: t('loan.disburse.recordedBy'), dataIndex: 'recordedByName', render: (name: string | null) => name ?? '—' },
                  ]}
                />
              )}
            </Card>
          ) : null}
        </>
      )}
    </Flex>
  );
}
