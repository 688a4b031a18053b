import { Empty } from 'antd';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import { useRegionNamer } from '../../matching/hooks/useRegionNamer';
import type { RecommendedItem } from '../types';
import { RecommendedPositionCard } from './RecommendedPositionCard';

export type RecommendedPositionListProps = { items: RecommendedItem[] };

/** 为你推荐: the best-fitting open positions first, one card each. */
export function RecommendedPositionList({ items }: RecommendedPositionListProps) {
  const t = useT();
  const regionName = useRegionNamer();
  if (items.length === 0) {
    return (
      <Empty description={t('seekerMatching.recommended.empty')}>
        <ButtonLink to="/console/profile" type="primary">
          {t('seekerMatching.recommended.editProfile')}
        </ButtonLink>
      </Empty>
    );
  }
  return (
    <ul aria-label={t('seekerMatching.recommended.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12, maxWidth: 880 }}>
      {items.map((item) => (
        <li key={item.position.id}>
          <RecommendedPositionCard item={item} regionName={regionName} />
        </li>
      ))}
    </ul>
  );
}
