import { Flex, Segmented } from 'antd';
import { useT } from '../../../i18n/useT';
import { JOB_SORTS, type JobSort } from '../utils/search';

export type JobSortSwitchProps = { value: JobSort; onChange: (sort: JobSort) => void };

/** 相关度 / 最新. */
export function JobSortSwitch({ value, onChange }: JobSortSwitchProps) {
  const t = useT();
  return (
    <Flex align="center" gap={8} role="group" aria-labelledby="jobs-sort-label">
      <span id="jobs-sort-label">{t('jobs.sort.label')}</span>
      <Segmented<JobSort>
        value={value}
        onChange={onChange}
        options={JOB_SORTS.map((sort) => ({ value: sort, label: t(`jobs.sort.${sort}`) }))}
      />
    </Flex>
  );
}
