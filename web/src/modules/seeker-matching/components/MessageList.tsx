import { Empty, Flex, Pagination, Spin } from 'antd';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useRegionNamer } from '../../matching/hooks/useRegionNamer';
import { useMyRecommendations } from '../hooks/useMyRecommendations';
import type { NotificationPage, Recommendation } from '../types';
import { messagePosition } from '../utils/messageText';
import { MessageCard } from './MessageCard';

export type MessageListProps = {
  page: NotificationPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number) => void;
};

/** 我的消息, newest first; a recommendation's reasons come from the seeker's recommendations. */
export function MessageList({ page, isLoading, onPageChange }: MessageListProps) {
  const t = useT();
  const regionName = useRegionNamer();
  const hasRecommendations = page?.items.some((n) => n.kind === 'recommended') ?? false;
  const recommendations = useMyRecommendations(hasRecommendations);
  const items = page?.items ?? [];

  // A seeker is recommended for a position once: the position identifies the recommendation.
  function recommendationFor(positionId: string | null): Recommendation | null | undefined {
    if (!recommendations.data) return undefined;
    return recommendations.data.items.find((r) => r.positionId === positionId) ?? null;
  }

  return (
    <Spin spinning={isLoading}>
      {recommendations.error ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={recommendations.error} />
        </div>
      ) : null}
      {items.length === 0 && !isLoading ? <Empty description={t('seekerMatching.messages.empty')} /> : null}
      <ul aria-label={t('seekerMatching.messages.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12, maxWidth: 880 }}>
        {items.map((notification) => (
          <li key={notification.id}>
            <MessageCard
              notification={notification}
              recommendation={notification.kind === 'recommended' ? recommendationFor(messagePosition(notification).id) : undefined}
              regionName={regionName}
            />
          </li>
        ))}
      </ul>
      {page && page.total > page.pageSize ? (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Pagination simple current={page.page} pageSize={page.pageSize} total={page.total} onChange={(p) => onPageChange(p)} />
        </Flex>
      ) : null}
    </Spin>
  );
}
