import { FilterOutlined } from '@ant-design/icons';
import { Button, Drawer } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { countFilters, type JobSearch } from '../utils/search';
import { JobFilters } from './JobFilters';

export type JobFilterDrawerProps = {
  search: JobSearch;
  /** How many positions match now, for the drawer's close button. */
  total: number | undefined;
  onChange: (changes: Partial<JobSearch>) => void;
  onClear: () => void;
};

/** On phones the filters open in a drawer from the bottom; the button says how many are on. */
export function JobFilterDrawer({ search, total, onChange, onClear }: JobFilterDrawerProps) {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  const count = countFilters(search);
  return (
    <>
      <Button
        icon={<FilterOutlined aria-hidden="true" />}
        onClick={() => setOpen(true)}
        aria-expanded={isOpen}
        aria-controls="jobs-filter-drawer"
      >
        {count > 0 ? t('jobs.filters.openCount', { count }) : t('jobs.filters.title')}
      </Button>
      <Drawer
        id="jobs-filter-drawer"
        placement="bottom"
        size="auto"
        open={isOpen}
        onClose={() => setOpen(false)}
        title={t('jobs.filters.title')}
        styles={{ body: { paddingBottom: 8 } }}
        footer={
          <Button type="primary" block size="large" onClick={() => setOpen(false)}>
            {total === undefined ? t('jobs.filters.done') : t('jobs.filters.showResults', { total })}
          </Button>
        }
      >
        <JobFilters search={search} onChange={onChange} onClear={onClear} />
      </Drawer>
    </>
  );
}
