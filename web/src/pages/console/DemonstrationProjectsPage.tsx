import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { GovernanceFilterBar } from '../../modules/governance/components/GovernanceFilterBar';
import { ProjectFormModal } from '../../modules/governance/components/ProjectFormModal';
import { ProjectTable } from '../../modules/governance/components/ProjectTable';
import { useGovernanceAccess } from '../../modules/governance/hooks/useGovernanceAccess';
import { useProjects } from '../../modules/governance/hooks/useGovernanceQueries';
import { useListFilters } from '../../modules/governance/hooks/useListFilters';
import type { Project } from '../../modules/governance/types';
import { governanceYears, parseProjectFilters } from '../../modules/governance/utils/listFilters';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** `/console/governance/projects`: 人才工作示范项目 and their milestones. */
export function DemonstrationProjectsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { canManage } = useGovernanceAccess();
  const { filters, updateFilters, resetFilters } = useListFilters(parseProjectFilters);
  const { data, error, isLoading } = useProjects(filters);
  const [isCreating, setCreating] = useState(false);

  function handleCreated(project: Project) {
    void message.success(t('gov.projects.saved', { title: project.title }));
    setCreating(false);
    void navigate(`/console/governance/projects/${project.id}`);
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('gov.section.projects')}
        </Typography.Title>
        {canManage ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
            {t('gov.projects.create')}
          </Button>
        ) : null}
      </Flex>
      <Card variant="outlined">
        <GovernanceFilterBar
          id="project-filter"
          label={t('gov.filters')}
          values={filters}
          onChange={updateFilters}
          onReset={resetFilters}
          fields={[
            { kind: 'year', name: 'year', label: t('gov.filter.running'), years: governanceYears() },
            { kind: 'text', name: 'q', label: t('gov.field.title') },
          ]}
        />
        {error ? <ErrorAlert error={error} /> : null}
        <ProjectTable page={data} isLoading={isLoading} onPageChange={(page, pageSize) => updateFilters({ page, pageSize })} />
      </Card>
      {canManage ? <ProjectFormModal isOpen={isCreating} project={null} onClose={() => setCreating(false)} onSaved={handleCreated} /> : null}
    </Flex>
  );
}
