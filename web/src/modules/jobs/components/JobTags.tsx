import { HeartOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import { useT } from '../../../i18n/useT';
import { LabelTag } from '../../../ui/LabelTag';
import type { PublicPosition } from '../../positions/types';
import { formatEducationRequirement, formatExperience, shortRegion } from '../../positions/utils/format';

export type JobTagsProps = { position: PublicPosition };

/** Region, education, experience, employment type and 残障友好 as small labels. */
export function JobTags({ position: p }: JobTagsProps) {
  const t = useT();
  return (
    <Flex wrap gap={4}>
      <LabelTag>
        <span title={p.regionName ?? undefined}>{shortRegion(p)}</span>
      </LabelTag>
      <LabelTag>{formatEducationRequirement(t, p.educationLevel)}</LabelTag>
      <LabelTag>{formatExperience(t, p.experienceYears)}</LabelTag>
      <LabelTag>{t(`position.employmentType.${p.employmentType}`)}</LabelTag>
      {p.isDisabilityFriendly ? (
        <LabelTag tone="teal" icon={<HeartOutlined aria-hidden="true" />}>
          {t('jobs.tag.disabilityFriendly')}
        </LabelTag>
      ) : null}
    </Flex>
  );
}
