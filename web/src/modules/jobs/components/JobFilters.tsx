import { Button, Cascader, Flex, Form, Select, Switch } from 'antd';
import { INDUSTRIES } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useRegions } from '../../organisations/hooks/useRegions';
import { regionPathOf } from '../../positions/utils/formValues';
import { EDUCATION_LEVELS } from '../../positions/types';
import { countFilters, type JobSearch, MIN_SALARY_CHOICES } from '../utils/search';

export type JobFiltersProps = {
  search: JobSearch;
  onChange: (changes: Partial<JobSearch>) => void;
  onClear: () => void;
};

/** Region, industry, education, minimum salary and disability-friendly filters; each applies at once. */
export function JobFilters({ search, onChange, onClear }: JobFiltersProps) {
  const t = useT();
  const regions = useRegions();
  const hasFilters = countFilters(search) > 0;
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('jobs.filters.region')} htmlFor="jobs-region">
        {regions.error ? <ErrorAlert error={regions.error} /> : null}
        <Cascader
          id="jobs-region"
          options={regions.data ?? []}
          loading={regions.isLoading}
          fieldNames={{ label: 'name', value: 'code', children: 'children' }}
          changeOnSelect
          showSearch
          allowClear
          placeholder={t('jobs.filters.region.placeholder')}
          value={regions.data ? regionPathOf(regions.data, search.regionCode) : undefined}
          onChange={(path) => onChange({ regionCode: path?.[path.length - 1] ?? '' })}
        />
      </Form.Item>
      <Form.Item label={t('position.field.industry')} htmlFor="jobs-industry">
        <Select
          id="jobs-industry"
          allowClear
          placeholder={t('common.all')}
          value={search.industry || undefined}
          options={INDUSTRIES.map((value) => ({ value, label: t(`industry.${value}`) }))}
          onChange={(industry) => onChange({ industry: industry ?? '' })}
        />
      </Form.Item>
      <Form.Item label={t('position.field.educationLevel')} htmlFor="jobs-education">
        <Select
          id="jobs-education"
          allowClear
          placeholder={t('common.all')}
          value={search.educationLevel || undefined}
          options={EDUCATION_LEVELS.map((value) => ({
            value,
            label: value === 'none' ? t('position.education.requirement.any') : t(`position.education.${value}`),
          }))}
          onChange={(educationLevel) => onChange({ educationLevel: educationLevel ?? '' })}
        />
      </Form.Item>
      <Form.Item label={t('jobs.filters.minSalary')} htmlFor="jobs-salary">
        <Select<number>
          id="jobs-salary"
          allowClear
          placeholder={t('jobs.filters.minSalary.any')}
          value={search.minSalary ?? undefined}
          options={MIN_SALARY_CHOICES.map((amount) => ({ value: amount, label: t('jobs.filters.minSalary.option', { amount }) }))}
          onChange={(minSalary) => onChange({ minSalary: minSalary ?? null })}
        />
      </Form.Item>
      <Flex align="center" justify="space-between" gap={12} style={{ marginBottom: 16 }}>
        <label htmlFor="jobs-friendly">{t('jobs.filters.disabilityFriendly')}</label>
        <Switch
          id="jobs-friendly"
          checked={search.isDisabilityFriendly}
          onChange={(isDisabilityFriendly) => onChange({ isDisabilityFriendly })}
        />
      </Flex>
      {hasFilters ? (
        <Button block onClick={onClear}>
          {t('common.resetFilters')}
        </Button>
      ) : null}
    </Form>
  );
}
