import { Descriptions, type DescriptionsProps } from 'antd';
import { useT } from '../../../i18n/useT';
import { formatSalary } from '../../positions/utils/format';
import type { Candidate } from '../types';

export type CandidateProfileProps = { seeker: Candidate['seeker'] };

/** What the ranking read from a candidate's résumé beyond the table's columns. */
export function CandidateProfile({ seeker }: CandidateProfileProps) {
  const t = useT();
  const hasSalary = seeker.expectedSalaryMin !== null || seeker.expectedSalaryMax !== null;
  const items: DescriptionsProps['items'] = [
    { key: 'skills', label: t('matching.candidate.skills'), children: seeker.skills.length > 0 ? seeker.skills.join('、') : '—' },
    {
      key: 'regions',
      label: t('matching.candidate.preferredRegions'),
      children: seeker.preferredRegions.length > 0 ? seeker.preferredRegions.join('、') : '—',
    },
    {
      key: 'salary',
      label: t('matching.candidate.expectedSalary'),
      children: hasSalary ? formatSalary(t, seeker.expectedSalaryMin, seeker.expectedSalaryMax) : '—',
    },
    { key: 'available', label: t('matching.candidate.availableFrom'), children: seeker.availableFrom ?? t('matching.candidate.availableNow') },
    ...(seeker.summary ? [{ key: 'summary', label: t('matching.candidate.summary'), children: seeker.summary, span: 2 }] : []),
  ];
  return <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />;
}
