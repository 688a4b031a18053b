import { Button, Card, Flex, Typography } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { WeightsForm } from '../../modules/matching/components/WeightsForm';
import { WeightsHistory } from '../../modules/matching/components/WeightsHistory';
import { useWeights, useWeightsHistory } from '../../modules/matching/hooks/useWeights';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatDateTime } from '../../ui/format';
import { LoadingBlock } from '../../ui/LoadingBlock';
import { PageHeading } from '../../ui/PageHeading';

/** 匹配权重: how much each factor counts in the zone's scores; operators save versions, government reads. */
export function MatchingWeightsPage() {
  const t = useT();
  const language = useLanguage();
  const { me } = useAuth();
  const current = useWeights();
  const history = useWeightsHistory();
  const canEdit = me?.role === 'operator';
  const w = current.data;

  function handleSaved() {
    current.reload();
    history.reload();
  }

  return (
    <>
      <PageHeading title={t('menu.matchingWeights')} description={canEdit ? t('matching.weights.lead.operator') : t('matching.weights.lead.government')} />
      <Flex vertical gap={16}>
        <Card
          variant="outlined"
          title={
            <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
              {w ? t('matching.weights.current', { version: w.version }) : t('matching.weights.currentTitle')}
            </Typography.Title>
          }
        >
          {current.error ? (
            <ErrorAlert
              error={current.error}
              action={
                <Button size="small" onClick={current.reload}>
                  {t('common.retry')}
                </Button>
              }
            />
          ) : null}
          {w ? (
            <>
              <Typography.Paragraph type="secondary">
                {w.version === 0
                  ? t('matching.weights.defaults')
                  : t('matching.weights.savedBy', { name: w.createdByName ?? '—', time: formatDateTime(w.createdAt, language) })}
              </Typography.Paragraph>
              <WeightsForm key={w.version} current={w} canEdit={canEdit} onSaved={handleSaved} onReload={handleSaved} />
            </>
          ) : current.isLoading ? (
            <LoadingBlock />
          ) : null}
        </Card>
        <Card
          variant="outlined"
          title={
            <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
              {t('matching.weights.history.title')}
            </Typography.Title>
          }
        >
          {history.error ? <ErrorAlert error={history.error} /> : null}
          <WeightsHistory items={history.data?.items ?? []} isLoading={history.isLoading} currentVersion={w?.version ?? 0} />
        </Card>
      </Flex>
    </>
  );
}
