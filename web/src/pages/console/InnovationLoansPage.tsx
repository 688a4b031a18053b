import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { LoanApplyModal } from '../../modules/innovation/components/LoanApplyModal';
import { LoanTable } from '../../modules/innovation/components/LoanTable';
import { LoanTotalsCard } from '../../modules/innovation/components/LoanTotalsCard';
import { useLoans } from '../../modules/innovation/hooks/useInnovation';
import { useInnovationViewer } from '../../modules/innovation/hooks/useInnovationViewer';
import { useYearParam } from '../../modules/innovation/hooks/useYearParam';
import { LOAN_STATUSES, type LoanStatus } from '../../modules/innovation/types';
import { thisYearInChina, yearOptions } from '../../modules/innovation/utils/format';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

/** 创新指数贷: an enterprise applies and follows its loans; a bank reviews those addressed to it; the zone sees all. */
export function InnovationLoansPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const viewer = useInnovationViewer();
  const [year, setYear] = useYearParam(thisYearInChina());
  const [status, setStatus] = useState<LoanStatus | undefined>(undefined);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, error, isLoading } = useLoans({ status, ...paging });
  const [isApplying, setApplying] = useState(false);
  const isEnterprise = viewer === 'enterprise';
  const lead = isEnterprise ? t('loan.lead.enterprise') : viewer === 'bank' ? t('loan.lead.bank') : t('loan.lead.zone');

  return (
    <>
      <PageHeading
        title={t('menu.innovationLoans')}
        description={lead}
        extra={
          isEnterprise ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setApplying(true)}>
              {t('loan.apply')}
            </Button>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        <Card variant="outlined">
          <Flex gap={12} wrap style={{ marginBottom: 12 }}>
            <Select
              aria-label={t('loan.filter.status')}
              placeholder={t('loan.filter.status')}
              allowClear
              value={status}
              onChange={(value?: LoanStatus) => {
                setStatus(value);
                setPaging((p) => ({ ...p, page: 1 }));
              }}
              options={LOAN_STATUSES.map((s) => ({ value: s, label: t(`loan.status.${s}`) }))}
              style={{ width: 160 }}
            />
          </Flex>
          {error ? <ErrorAlert error={error} /> : null}
          <LoanTable page={data} isLoading={isLoading} showApplicant={!isEnterprise} onPageChange={(page, pageSize) => setPaging({ page, pageSize })} />
        </Card>
        <Flex justify="end">
          <Select aria-label={t('loan.totals.year')} value={year} onChange={setYear} options={yearOptions(t)} style={{ width: 140 }} />
        </Flex>
        <LoanTotalsCard year={year} />
      </Flex>
      {isEnterprise ? (
        <LoanApplyModal
          isOpen={isApplying}
          onClose={() => setApplying(false)}
          onApplied={(loan) => {
            void message.success(t('loan.apply.done', { bank: loan.bankName }));
            setApplying(false);
            void navigate(`/console/innovation-loans/${loan.id}`);
          }}
        />
      ) : null}
    </>
  );
}
