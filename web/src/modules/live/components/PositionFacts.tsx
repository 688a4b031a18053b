import { EnvironmentOutlined, HeartOutlined, ReadOutlined, TeamOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import { useT } from '../../../i18n/useT';
import { LabelTag } from '../../../ui/LabelTag';
import { useRegionNamer } from '../../matching/hooks/useRegionNamer';
import type { EducationLevel } from '../../positions/types';
import { formatEducationRequirement } from '../../positions/utils/format';
import type { RunSheetPosition } from '../types';

export type PositionFactsProps = { position: RunSheetPosition };

/** Education, place, headcount and 残障友好 of a featured position as small labels. */
export function PositionFacts({ position: p }: PositionFactsProps) {
  const t = useT();
  const regionName = useRegionNamer();
  const region = regionName(p.regionCode);
  return (
    <Flex wrap gap={4}>
      <LabelTag icon={<ReadOutlined aria-hidden="true" />}>{formatEducationRequirement(t, p.educationLevel as EducationLevel)}</LabelTag>
      <LabelTag icon={<EnvironmentOutlined aria-hidden="true" />}>
        <span title={region}>{region.split(' ').pop()}</span>
      </LabelTag>
      <LabelTag icon={<TeamOutlined aria-hidden="true" />}>{t('live.position.headcount', { count: p.headcount })}</LabelTag>
      {p.isDisabilityFriendly ? (
        <LabelTag tone="teal" icon={<HeartOutlined aria-hidden="true" />}>
          {t('jobs.tag.disabilityFriendly')}
        </LabelTag>
      ) : null}
    </Flex>
  );
}
