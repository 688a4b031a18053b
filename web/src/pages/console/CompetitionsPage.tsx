import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { CompetitionFormModal } from '../../modules/training/components/CompetitionFormModal';
import { CompetitionTable } from '../../modules/training/components/CompetitionTable';
import { useCompetitions } from '../../modules/training/hooks/useTrainingQueries';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/competitions`: 技能竞赛. */
export function CompetitionsPage() {
  const t = useT();
  const navigate = useNavigate();
  const { me } = useAuth();
  const isOperator = me?.role === 'operator';
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, error, isLoading } = useCompetitions(paging);
  const [isCreating, setCreating] = useState(false);
  return (
    <>
      <PageHeading
        title={t('menu.competitions')}
        description={t('training.competitions.lead')}
        extra={
          isOperator ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)}>
              {t('training.competition.createTitle')}
            </Button>
          ) : null
        }
      />
      <Card variant="outlined">
        <Flex vertical gap={12}>
          {error ? <ErrorAlert error={error} /> : null}
          <CompetitionTable page={data} isLoading={isLoading} onPageChange={(page, pageSize) => setPaging({ page, pageSize })} />
        </Flex>
      </Card>
      {isOperator ? <CompetitionFormModal isOpen={isCreating} onClose={() => setCreating(false)} onSaved={(c) => navigate(`/console/competitions/${c.id}`)} /> : null}
    </>
  );
}
