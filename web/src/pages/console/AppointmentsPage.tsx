import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { AppointmentFormModal } from '../../modules/governance/components/AppointmentFormModal';
import { AppointmentTable } from '../../modules/governance/components/AppointmentTable';
import { GovernanceFilterBar } from '../../modules/governance/components/GovernanceFilterBar';
import { useGovernanceAccess } from '../../modules/governance/hooks/useGovernanceAccess';
import { useAppointments } from '../../modules/governance/hooks/useGovernanceQueries';
import { useListFilters } from '../../modules/governance/hooks/useListFilters';
import { type Appointment, APPOINTMENT_DIRECTIONS, TERM_STATUSES } from '../../modules/governance/types';
import { governanceYears, parseAppointmentFilters } from '../../modules/governance/utils/listFilters';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** `/console/governance/appointments`: 双向挂职/兼职, both directions. */
export function AppointmentsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { canManage } = useGovernanceAccess();
  const { filters, updateFilters, resetFilters } = useListFilters(parseAppointmentFilters);
  const { data, error, isLoading } = useAppointments(filters);
  const [isCreating, setCreating] = useState(false);

  function handleCreated(appointment: Appointment) {
    void message.success(t('gov.appointments.saved', { name: appointment.personName }));
    setCreating(false);
    void navigate(`/console/governance/appointments/${appointment.id}`);
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('gov.section.appointments')}
        </Typography.Title>
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
            {t('gov.appointments.create')}
          </Button>
        ) : null}
      </Flex>
      <Card variant="outlined">
        <GovernanceFilterBar
          id="appointment-filter"
          label={t('gov.filters')}
          values={filters}
          onChange={updateFilters}
          onReset={resetFilters}
          fields={[
            { kind: 'select', name: 'direction', label: t('gov.field.direction'), options: APPOINTMENT_DIRECTIONS.map((value) => ({ value, label: t(`gov.direction.${value}`) })) },
            { kind: 'select', name: 'status', label: t('gov.field.status'), options: TERM_STATUSES.map((value) => ({ value, label: t(`gov.termStatus.${value}`) })) },
            { kind: 'year', name: 'year', label: t('gov.filter.inOffice'), years: governanceYears() },
            { kind: 'text', name: 'q', label: t('gov.filter.appointmentText') },
          ]}
        />
        {error ? <ErrorAlert error={error} /> : null}
        <AppointmentTable page={data} isLoading={isLoading} onPageChange={(page, pageSize) => updateFilters({ page, pageSize })} />
      </Card>
      {canManage ? <AppointmentFormModal isOpen={isCreating} appointment={null} onClose={() => setCreating(false)} onSaved={handleCreated} /> : null}
    </Flex>
  );
}
