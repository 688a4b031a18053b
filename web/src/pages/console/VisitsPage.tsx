import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { GovernanceFilterBar } from '../../modules/governance/components/GovernanceFilterBar';
import { VisitFormModal } from '../../modules/governance/components/VisitFormModal';
import { VisitTable } from '../../modules/governance/components/VisitTable';
import { useGovernanceAccess } from '../../modules/governance/hooks/useGovernanceAccess';
import { useVisits } from '../../modules/governance/hooks/useGovernanceQueries';
import { useListFilters } from '../../modules/governance/hooks/useListFilters';
import { type Visit, VISIT_KINDS } from '../../modules/governance/types';
import { parseVisitFilters } from '../../modules/governance/utils/listFilters';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** `/console/governance/visits`: 走访 and 座谈 logs. */
export function VisitsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { canManage } = useGovernanceAccess();
  const { filters, updateFilters, resetFilters } = useListFilters(parseVisitFilters);
  const { data, error, isLoading } = useVisits(filters);
  const [isCreating, setCreating] = useState(false);

  function handleCreated(visit: Visit) {
    void message.success(t('gov.visits.saved', { title: visit.title }));
    setCreating(false);
    void navigate(`/console/governance/visits/${visit.id}`);
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('gov.section.visits')}
        </Typography.Title>
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
            {t('gov.visits.create')}
          </Button>
        ) : null}
      </Flex>
      <Card variant="outlined">
        <GovernanceFilterBar
          id="visit-filter"
          label={t('gov.filters')}
          values={filters}
          onChange={updateFilters}
          onReset={resetFilters}
          fields={[
            { kind: 'select', name: 'kind', label: t('gov.field.visitKind'), options: VISIT_KINDS.map((value) => ({ value, label: t(`gov.visitKind.${value}`) })) },
            { kind: 'range', from: 'from', to: 'to', label: t('gov.field.heldOn') },
            { kind: 'text', name: 'q', label: t('gov.filter.visitText') },
          ]}
        />
        {error ? <ErrorAlert error={error} /> : null}
        <VisitTable page={data} isLoading={isLoading} onPageChange={(page, pageSize) => updateFilters({ page, pageSize })} />
      </Card>
      {canManage ? <VisitFormModal isOpen={isCreating} visit={null} onClose={() => setCreating(false)} onSaved={handleCreated} /> : null}
    </Flex>
  );
}
