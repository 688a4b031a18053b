import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { ProgrammeFormModal } from '../../modules/training/components/ProgrammeFormModal';
import { ProgrammeTable } from '../../modules/training/components/ProgrammeTable';
import { useProgrammes, useTrainingBases } from '../../modules/training/hooks/useTrainingQueries';
import { PROGRAMME_KINDS } from '../../modules/training/types';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/training-programmes`: 培训项目 such as 乡村人才培训. */
export function TrainingProgrammesPage() {
  const t = useT();
  const navigate = useNavigate();
  const { me } = useAuth();
  const isOperator = me?.role === 'operator';
  const [filters, setFilters] = useState({ kind: undefined as string | undefined, page: 1, pageSize: 20 });
  const { data, error, isLoading } = useProgrammes(filters);
  const bases = useTrainingBases();
  const [isCreating, setCreating] = useState(false);
  return (
    <>
      <PageHeading
        title={t('menu.trainingProgrammes')}
        description={t('training.programmes.lead')}
        extra={
          isOperator ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
              {t('training.programme.createTitle')}
            </Button>
          ) : null
        }
      />
      <Card variant="outlined">
        <Flex vertical gap={12}>
          <Select<string>
            aria-label={t('training.programme.kind')}
            allowClear
            placeholder={t('training.programmes.allKinds')}
            value={filters.kind}
            onChange={(kind) => setFilters({ ...filters, kind, page: 1 })}
            options={PROGRAMME_KINDS.map((value) => ({ value, label: t(`training.programmeKind.${value}`) }))}
            style={{ maxWidth: 240 }}
          />
          {error ? <ErrorAlert error={error} /> : null}
          <ProgrammeTable page={data} isLoading={isLoading} onPageChange={(page, pageSize) => setFilters({ ...filters, page, pageSize })} />
        </Flex>
      </Card>
      {isOperator ? (
        <ProgrammeFormModal
          isOpen={isCreating}
          bases={bases.data?.items ?? []}
          onClose={() => setCreating(false)}
          onSaved={(p) => navigate(`/console/training-programmes/${p.id}`)}
        />
      ) : null}
    </>
  );
}
