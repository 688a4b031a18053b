import { Button, Checkbox, Col, Form, InputNumber, Row, Select } from 'antd';
import { useT } from '../../../i18n/useT';
import { FilterSelect } from '../../../ui/FilterSelect';
import { LOCATION_FILTERS } from '../types';
import { CANDIDATE_LIMITS, type CandidateFilters, DEFAULT_CANDIDATE_LIMIT } from '../utils/candidateFilters';

export type CandidateFilterBarProps = {
  filters: CandidateFilters;
  onChange: (changes: Partial<CandidateFilters>) => void;
  onReset: () => void;
};

function numberOrBlank(value: number | null): number | '' {
  return value === null ? '' : value;
}

/** Narrows the ranking: education met, distance to preferred places, experience, score, how many. */
export function CandidateFilterBar({ filters, onChange, onReset }: CandidateFilterBarProps) {
  const t = useT();
  const hasFilters =
    filters.educationMet || filters.location !== '' || filters.minExperienceYears !== '' || filters.minScore !== '' || filters.limit !== DEFAULT_CANDIDATE_LIMIT;
  return (
    <div role="search" aria-label={t('matching.candidates.filters')}>
      <Form layout="vertical" style={{ marginBottom: 8 }}>
        <Row gutter={[12, 0]} align="bottom">
          <Col xs={24} sm={12} lg={5}>
            <FilterSelect
              id="candidate-filter-location"
              label={t('matching.candidates.filter.location')}
              value={filters.location}
              options={LOCATION_FILTERS.map((value) => ({ value, label: t(`matching.location.${value}`) }))}
              onChange={(location) => onChange({ location })}
            />
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <Form.Item label={t('matching.candidates.filter.minExperience')} htmlFor="candidate-filter-experience">
              <InputNumber
                id="candidate-filter-experience"
                min={0}
                max={50}
                precision={0}
                placeholder={t('matching.candidates.filter.noMinimum')}
                value={filters.minExperienceYears === '' ? null : filters.minExperienceYears}
                onChange={(value) => onChange({ minExperienceYears: numberOrBlank(value) })}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6} lg={4}>
            <Form.Item label={t('matching.candidates.filter.minScore')} htmlFor="candidate-filter-score">
              <InputNumber
                id="candidate-filter-score"
                min={0}
                max={100}
                placeholder={t('matching.candidates.filter.noMinimum')}
                value={filters.minScore === '' ? null : filters.minScore}
                onChange={(value) => onChange({ minScore: numberOrBlank(value) })}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8} lg={4}>
            <Form.Item label={t('matching.candidates.filter.limit')} htmlFor="candidate-filter-limit">
              <Select<number>
                id="candidate-filter-limit"
                value={filters.limit}
                options={CANDIDATE_LIMITS.map((value) => ({ value, label: t('matching.candidates.filter.limitOption', { count: value }) }))}
                onChange={(limit) => onChange({ limit })}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8} lg={4}>
            <Form.Item>
              <Checkbox checked={filters.educationMet} onChange={(event) => onChange({ educationMet: event.target.checked })}>
                {t('matching.candidates.filter.educationMet')}
              </Checkbox>
            </Form.Item>
          </Col>
          <Col xs={24} sm={8} lg={3}>
            <Form.Item>
              <Button onClick={onReset} disabled={!hasFilters} block>
                {t('common.resetFilters')}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </div>
  );
}
