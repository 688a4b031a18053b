import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { COUNCIL_ROLES, ORGANISATION_TYPES } from '../../api/types';
import { useT } from '../../i18n/useT';
import { CouncilSummaryCard } from '../../modules/governance/components/CouncilSummaryCard';
import { CouncilTermFormModal } from '../../modules/governance/components/CouncilTermFormModal';
import { CouncilTermTable } from '../../modules/governance/components/CouncilTermTable';
import { GovernanceFilterBar } from '../../modules/governance/components/GovernanceFilterBar';
import { useGovernanceAccess } from '../../modules/governance/hooks/useGovernanceAccess';
import { useCouncilTerms } from '../../modules/governance/hooks/useGovernanceQueries';
import { useListFilters } from '../../modules/governance/hooks/useListFilters';
import { type CouncilTerm, TERM_STATUSES } from '../../modules/governance/types';
import { parseCouncilFilters } from '../../modules/governance/utils/listFilters';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** `/console/governance/council`: the council's terms, current and past, and who holds which role. */
export function CouncilPage() {
  const t = useT();
  const { message } = App.useApp();
  const { canManage, isZoneWide } = useGovernanceAccess();
  const { filters, updateFilters, resetFilters } = useListFilters(parseCouncilFilters);
  const { data, error, isLoading, reload } = useCouncilTerms(filters);
  const [editing, setEditing] = useState<CouncilTerm | null>(null);
  const [isCreating, setCreating] = useState(false);
  const [summaryKey, setSummaryKey] = useState(0);

  function handleClose() {
    setEditing(null);
    setCreating(false);
  }

  function handleSaved(term: CouncilTerm) {
    void message.success(t('gov.council.saved', { name: term.organisationName }));
    handleClose();
    reload();
    setSummaryKey((n) => n + 1);
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('gov.section.council')}
        </Typography.Title>
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
            {t('gov.council.create')}
          </Button>
        ) : null}
      </Flex>
      {isZoneWide ? <CouncilSummaryCard key={summaryKey} /> : null}
      <Card variant="outlined">
        <GovernanceFilterBar
          id="council-filter"
          label={t('gov.filters')}
          values={filters}
          onChange={updateFilters}
          onReset={resetFilters}
          fields={[
            { kind: 'select', name: 'status', label: t('gov.field.status'), options: TERM_STATUSES.map((value) => ({ value, label: t(`gov.termStatus.${value}`) })) },
            { kind: 'select', name: 'role', label: t('gov.field.councilRole'), options: COUNCIL_ROLES.map((value) => ({ value, label: t(`councilRole.${value}`) })) },
            {
              kind: 'select',
              name: 'organisationType',
              label: t('gov.field.organisationType'),
              options: ORGANISATION_TYPES.map((value) => ({ value, label: t(`orgType.${value}`) })),
            },
            { kind: 'text', name: 'q', label: t('gov.field.organisation'), placeholder: t('gov.org.placeholder') },
          ]}
        />
        {error ? <ErrorAlert error={error} /> : null}
        <CouncilTermTable page={data} isLoading={isLoading} onPageChange={(page, pageSize) => updateFilters({ page, pageSize })} onEdit={canManage ? setEditing : undefined} />
      </Card>
      {canManage ? <CouncilTermFormModal isOpen={isCreating || editing !== null} term={editing} onClose={handleClose} onSaved={handleSaved} /> : null}
    </Flex>
  );
}
