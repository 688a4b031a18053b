import { Button, Col, Form, Input, Row } from 'antd';
import { useT } from '../../../i18n/useT';
import { FilterSelect } from '../../../ui/FilterSelect';
import { EDUCATION_LEVELS, SEEKER_SOURCES } from '../types';
import type { SeekerFilters } from '../utils/filters';

export type SeekerFilterBarProps = {
  filters: SeekerFilters;
  onChange: (changes: Partial<SeekerFilters>) => void;
  onReset: () => void;
};

/** Search (name, school, major, skill, or a full mobile / ID number) and the education and source filters. */
export function SeekerFilterBar({ filters, onChange, onReset }: SeekerFilterBarProps) {
  const t = useT();
  const hasFilters = Boolean(filters.q || filters.educationLevel || filters.source);
  return (
    <div role="search" aria-label={t('talent.seekers.filters')}>
      <Form layout="vertical" style={{ marginBottom: 8 }}>
        <Row gutter={[12, 0]} align="bottom">
          <Col xs={24} lg={10}>
            <Form.Item label={t('common.search')} htmlFor="seeker-filter-q">
              <Input.Search
                id="seeker-filter-q"
                key={filters.q}
                defaultValue={filters.q}
                placeholder={t('talent.seekers.q.placeholder')}
                allowClear
                enterButton={t('common.search')}
                onSearch={(value) => onChange({ q: value.trim() })}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8} lg={5}>
            <FilterSelect
              id="seeker-filter-education"
              label={t('talent.field.educationLevel')}
              value={filters.educationLevel}
              options={EDUCATION_LEVELS.map((value) => ({ value, label: t(`talent.education.${value}`) }))}
              onChange={(educationLevel) => onChange({ educationLevel })}
            />
          </Col>
          <Col xs={12} sm={8} lg={5}>
            <FilterSelect
              id="seeker-filter-source"
              label={t('talent.field.source')}
              value={filters.source}
              options={SEEKER_SOURCES.map((value) => ({ value, label: t(`talent.source.${value}`) }))}
              onChange={(source) => onChange({ source })}
            />
          </Col>
          <Col xs={24} sm={8} lg={4}>
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
