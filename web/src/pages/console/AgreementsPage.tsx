import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ORGANISATION_TYPES } from '../../api/types';
import { useT } from '../../i18n/useT';
import { AgreementFormModal } from '../../modules/governance/components/AgreementFormModal';
import { AgreementTable } from '../../modules/governance/components/AgreementTable';
import { GovernanceFilterBar } from '../../modules/governance/components/GovernanceFilterBar';
import { useGovernanceAccess } from '../../modules/governance/hooks/useGovernanceAccess';
import { useAgreements, useRenewals } from '../../modules/governance/hooks/useGovernanceQueries';
import { useListFilters } from '../../modules/governance/hooks/useListFilters';
import { type Agreement, AGREEMENT_STATUSES, AGREEMENT_TYPES } from '../../modules/governance/types';
import { parseAgreementFilters, RENEWAL_WINDOWS } from '../../modules/governance/utils/listFilters';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** `/console/governance/agreements`: agreements, and those due for renewal (到期提醒). */
export function AgreementsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { canManage } = useGovernanceAccess();
  const { filters, updateFilters, resetFilters } = useListFilters(parseAgreementFilters);
  const isRenewals = filters.view === 'renewals';
  const { view: _view, withinDays, ...listFilters } = filters;
  const all = useAgreements(isRenewals ? null : listFilters);
  const renewals = useRenewals(isRenewals ? { withinDays, page: filters.page, pageSize: filters.pageSize } : null);
  const shown = isRenewals ? renewals : all;
  const [isCreating, setCreating] = useState(false);

  function handleCreated(agreement: Agreement) {
    void message.success(t('gov.agreements.saved', { title: agreement.title }));
    setCreating(false);
    void navigate(`/console/governance/agreements/${agreement.id}`);
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('gov.section.agreements')}
        </Typography.Title>
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
            {t('gov.agreements.create')}
          </Button>
        ) : null}
      </Flex>
      <Segmented<'all' | 'renewals'>
        aria-label={t('gov.agreements.view')}
        value={isRenewals ? 'renewals' : 'all'}
        options={[
          { value: 'all', label: t('gov.agreements.all') },
          { value: 'renewals', label: t('gov.agreements.renewals') },
        ]}
        onChange={(view) => updateFilters({ view: view === 'renewals' ? 'renewals' : '' })}
      />
      <Card variant="outlined">
        {isRenewals ? (
          <Form layout="inline" style={{ marginBottom: 16 }}>
            <Form.Item label={t('gov.agreements.withinDays')} htmlFor="agreement-within-days">
              <Select
                id="agreement-within-days"
                value={withinDays}
                style={{ width: 140 }}
                options={RENEWAL_WINDOWS.map((days) => ({ value: days, label: t('gov.agreements.days', { n: days }) }))}
                onChange={(days) => updateFilters({ withinDays: days })}
              />
            </Form.Item>
          </Form>
        ) : (
          <GovernanceFilterBar
            id="agreement-filter"
            label={t('gov.filters')}
            values={filters}
            onChange={updateFilters}
            onReset={resetFilters}
            fields={[
              { kind: 'select', name: 'status', label: t('gov.field.status'), options: AGREEMENT_STATUSES.map((value) => ({ value, label: t(`gov.agreementStatus.${value}`) })) },
              { kind: 'select', name: 'type', label: t('gov.field.agreementType'), options: AGREEMENT_TYPES.map((value) => ({ value, label: t(`gov.agreementType.${value}`) })) },
              { kind: 'select', name: 'partyType', label: t('gov.field.partyType'), options: ORGANISATION_TYPES.map((value) => ({ value, label: t(`orgType.${value}`) })) },
              { kind: 'text', name: 'q', label: t('gov.field.title') },
            ]}
          />
        )}
        {shown.error ? <ErrorAlert error={shown.error} /> : null}
        <AgreementTable
          page={shown.data}
          isLoading={shown.isLoading}
          onPageChange={(page, pageSize) => updateFilters({ page, pageSize })}
          caption={isRenewals ? t('gov.agreements.renewalsCaption') : t('gov.agreements.caption')}
          emptyText={isRenewals ? t('gov.agreements.noRenewals') : t('gov.agreements.empty')}
        />
      </Card>
      {canManage ? <AgreementFormModal isOpen={isCreating} agreement={null} onClose={() => setCreating(false)} onSaved={handleCreated} /> : null}
    </Flex>
  );
}
