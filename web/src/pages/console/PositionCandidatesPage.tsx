import { LikeOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/useT';
import { useAuth } from '../../modules/auth/hooks/useAuth';
import { CandidateFilterBar } from '../../modules/matching/components/CandidateFilterBar';
import { CandidateList } from '../../modules/matching/components/CandidateList';
import { RecommendModal } from '../../modules/matching/components/RecommendModal';
import { useCandidateFilters } from '../../modules/matching/hooks/useCandidateFilters';
import { useCandidates } from '../../modules/matching/hooks/useCandidates';
import { type Candidate, MAX_RECOMMEND_AT_ONCE, type Recommendation } from '../../modules/matching/types';
import type { CandidateFilters } from '../../modules/matching/utils/candidateFilters';
import { canRecommend } from '../../modules/matching/utils/permissions';
import { PositionStatusTag } from '../../modules/positions/components/PositionStatusTag';
import { usePosition } from '../../modules/positions/hooks/usePosition';
import { ButtonLink } from '../../ui/ButtonLink';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeading } from '../../ui/PageHeading';

/** `/console/positions/:id/candidates`: who fits this position, best first, and why; operators recommend. */
export function PositionCandidatesPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { me } = useAuth();
  const { message } = App.useApp();
  const position = usePosition(id);
  const { filters, updateFilters, resetFilters } = useCandidateFilters();
  const candidates = useCandidates(id, filters);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [isRecommendOpen, setRecommendOpen] = useState(false);
  const p = position.data;
  const isOperator = canRecommend(me);
  const isOpen = p?.status === 'published';
  const items = candidates.data?.items ?? [];
  const selected = selectedIds.map((seekerId) => items.find((c) => c.seeker.id === seekerId)).filter((c): c is Candidate => c !== undefined);
  const listTitle = t('menu.positions');

  // A new ranking may no longer hold the chosen candidates: choosing starts again.
  function handleFiltersChange(changes: Partial<CandidateFilters>) {
    setSelectedIds([]);
    updateFilters(changes);
  }

  function handleReset() {
    setSelectedIds([]);
    resetFilters();
  }

  function handleRecommended(created: Recommendation[]) {
    void message.success(t('matching.recommend.done', { count: created.length, title: p?.title ?? '' }));
    setRecommendOpen(false);
    setSelectedIds([]);
    candidates.reload();
  }

  if (position.error?.status === 404 || candidates.error?.status === 404) {
    return (
      <Result
        status="404"
        title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('position.notFound')}</h1>}
        extra={<ButtonLink to="/console/positions">{listTitle}</ButtonLink>}
      />
    );
  }

  const error = position.error ?? candidates.error;
  const heading = p ? t('matching.candidates.title', { title: p.title }) : t('matching.candidates.action');
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/console/positions">{listTitle}</Link> },
          { title: p ? <Link to={`/console/positions/${p.id}`}>{p.title}</Link> : '…' },
          { title: t('matching.candidates.action') },
        ]}
      />
      <PageHeading
        title={heading}
        description={isOperator ? t('matching.candidates.lead.operator') : t('matching.candidates.lead.enterprise')}
        extra={
          <>
            {p ? <PositionStatusTag status={p.status} /> : null}
            <ButtonLink to={`/console/recommendations?positionId=${encodeURIComponent(id)}`}>{t('matching.candidates.viewRecommendations')}</ButtonLink>
          </>
        }
      />
      <Flex vertical gap={16}>
        {p && !isOpen && isOperator ? <Alert type="info" showIcon title={t('matching.candidates.notOpen')} /> : null}
        <Card variant="outlined">
          <CandidateFilterBar filters={filters} onChange={handleFiltersChange} onReset={handleReset} />
          {error ? (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert
                error={error}
                action={
                  <Button size="small" onClick={candidates.reload}>
                    {t('common.retry')}
                  </Button>
                }
              />
            </div>
          ) : null}
          <Flex wrap gap={12} align="center" justify="space-between" style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary" aria-live="polite">
              {candidates.data
                ? t('matching.candidates.summary', { matched: candidates.data.matched, shown: items.length, version: candidates.data.weightsVersion })
                : ''}
            </Typography.Text>
            {isOperator && isOpen ? (
              <Flex wrap gap={8} align="center">
                <Typography.Text aria-live="polite">
                  {t('matching.candidates.selected', { count: selectedIds.length, max: MAX_RECOMMEND_AT_ONCE })}
                </Typography.Text>
                <Button
                  type="primary"
                  icon={<LikeOutlined aria-hidden="true" />}
                  disabled={selected.length === 0}
                  onClick={() => setRecommendOpen(true)}
                >
                  {t('matching.candidates.recommendSelected', { count: selected.length })}
                </Button>
              </Flex>
            ) : null}
          </Flex>
          <CandidateList
            candidates={items}
            isLoading={candidates.isLoading}
            caption={t('matching.candidates.caption', { title: p?.title ?? '' })}
            canSelect={isOperator && isOpen}
            selectedIds={selectedIds}
            onSelectionChange={setSelectedIds}
          />
        </Card>
      </Flex>
      {p ? (
        <RecommendModal
          isOpen={isRecommendOpen}
          positionId={p.id}
          positionTitle={p.title}
          candidates={selected}
          onCancel={() => setRecommendOpen(false)}
          onRecommended={handleRecommended}
        />
      ) : null}
    </>
  );
}
