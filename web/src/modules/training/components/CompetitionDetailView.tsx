import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { PageHeading } from '../../../ui/PageHeading';
import { useCompetition } from '../hooks/useTrainingQueries';
import type { Entrant } from '../types';
import { EntrantFormModal } from './EntrantFormModal';
import { EntrantTable } from './EntrantTable';
import { ResultModal } from './ResultModal';

export type CompetitionDetailViewProps = { competitionId: string; canManage: boolean };

/** A competition: its facts, and entrants by category with score, rank and award. */
export function CompetitionDetailView({ competitionId, canManage }: CompetitionDetailViewProps) {
  const t = useT();
  const { message } = App.useApp();
  const { competition, entrants } = useCompetition(competitionId);
  const [isEntrantOpen, setEntrantOpen] = useState(false);
  const [resultOf, setResultOf] = useState<Entrant | null>(null);
  const c = competition.data;

  function reloadAll() {
    competition.reload();
    entrants.reload();
  }

  if (competition.error) return <ErrorAlert error={competition.error} />;
  if (!c) return <LoadingBlock minHeight={320} />;
  return (
    <>
      <PageHeading title={c.title} description={<Link to="/console/competitions">{t('training.competition.back')}</Link>} />
      <Flex vertical gap={16}>
        <Card variant="outlined">
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('training.competition.heldOn')}>{c.heldOn}</Descriptions.Item>
            <Descriptions.Item label={t('training.competition.level')}>{t(`training.competitionLevel.${c.level}`)}</Descriptions.Item>
            <Descriptions.Item label={t('training.competition.organiser')}>{c.organiserName}</Descriptions.Item>
            <Descriptions.Item label={t('training.competition.venue')}>{c.venue ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('training.competition.categories')}>{c.categories.join('、')}</Descriptions.Item>
            <Descriptions.Item label={t('training.competition.entrants')}>{t('training.competition.entrantsValue', { entrants: c.entrants, awards: c.awards })}</Descriptions.Item>
          </Descriptions>
          {c.description ? <p style={{ marginBottom: 0 }}>{c.description}</p> : null}
        </Card>
        <Card
          variant="outlined"
          title={t('training.competition.results')}
          extra={
            canManage ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setEntrantOpen(true)}>
                {t('training.entrant.createTitle')}
              </Button>
            ) : null
          }
        >
          {entrants.error ? <ErrorAlert error={entrants.error} /> : null}
          <EntrantTable entrants={entrants.data?.items ?? []} isLoading={entrants.isLoading} {...(canManage ? { onRecordResult: setResultOf } : {})} />
        </Card>
      </Flex>
      {canManage ? (
        <>
          <EntrantFormModal
            competition={c}
            isOpen={isEntrantOpen}
            onClose={() => setEntrantOpen(false)}
            onSaved={(e) => {
              void message.success(t('training.entrant.done', { name: e.name }));
              setEntrantOpen(false);
              reloadAll();
            }}
          />
          <ResultModal
            entrant={resultOf}
            onClose={() => setResultOf(null)}
            onSaved={() => {
              setResultOf(null);
              reloadAll();
            }}
          />
        </>
      ) : null}
    </>
  );
}
