import { Descriptions, type DescriptionsProps } from 'antd';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDate, formatDateTime } from '../../../ui/format';
import type { Position } from '../types';
import { formatEducationRequirement, formatExperience, formatSalary } from '../utils/format';
import { PositionStatusTag } from './PositionStatusTag';
import { WordTags } from './WordTags';

export type PositionDetailsProps = { position: Position; column?: DescriptionsProps['column'] };

/** Every field of a position, for the console (the enterprise, reviewers and government). */
export function PositionDetails({ position: p, column = { xs: 1, sm: 1, md: 2 } }: PositionDetailsProps) {
  const t = useT();
  const language = useLanguage();
  const items: DescriptionsProps['items'] = [
    { key: 'organisation', label: t('position.field.organisation'), children: p.organisationName },
    { key: 'industry', label: t('position.field.industry'), children: t(`industry.${p.industry}`) },
    { key: 'status', label: t('position.field.status'), children: <PositionStatusTag status={p.status} /> },
    { key: 'source', label: t('position.field.source'), children: t(`positions.source.${p.source}`) },
    {
      key: 'headcount',
      label: t('positions.field.hired'),
      children: t('positions.headcountProgress', { filled: p.filledCount, headcount: p.headcount }),
    },
    { key: 'employmentType', label: t('position.field.employmentType'), children: t(`position.employmentType.${p.employmentType}`) },
    { key: 'salary', label: t('position.field.salary'), children: formatSalary(t, p.salaryMin, p.salaryMax) },
    {
      key: 'region',
      label: t('position.field.region'),
      children: p.regionName ? `${p.regionName}（${p.regionCode}）` : p.regionCode,
    },
    { key: 'education', label: t('position.field.educationLevel'), children: formatEducationRequirement(t, p.educationLevel) },
    { key: 'experience', label: t('position.field.experienceYears'), children: formatExperience(t, p.experienceYears) },
    { key: 'majors', label: t('position.field.majors'), children: <WordTags words={p.majors} empty={t('position.majors.none')} /> },
    { key: 'skills', label: t('position.field.skills'), children: <WordTags words={p.skills} empty="—" /> },
    {
      key: 'friendly',
      label: t('position.field.isDisabilityFriendly'),
      children: p.isDisabilityFriendly ? t('common.yes') : t('common.no'),
    },
    { key: 'accommodation', label: t('position.field.accommodation'), children: p.accommodation ?? '—' },
    { key: 'closingOn', label: t('position.field.closingOn'), children: p.closingOn ? formatDate(p.closingOn) : t('position.closingOn.none') },
    { key: 'submittedAt', label: t('position.field.submittedAt'), children: formatDateTime(p.submittedAt, language) },
    { key: 'publishedAt', label: t('position.field.publishedAt'), children: formatDateTime(p.publishedAt, language) },
    { key: 'updatedAt', label: t('position.field.updatedAt'), children: formatDateTime(p.updatedAt, language) },
    {
      key: 'duties',
      label: t('position.field.duties'),
      span: 'filled',
      children: <span style={{ whiteSpace: 'pre-wrap' }}>{p.duties}</span>,
    },
  ];
  return <Descriptions bordered column={column} items={items} size="middle" />;
}
