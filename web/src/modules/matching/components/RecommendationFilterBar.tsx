import { Button, Col, DatePicker, Form, Row } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../i18n/useT';
import { FilterSelect } from '../../../ui/FilterSelect';
import { APPLICATION_STATUSES } from '../types';
import type { RecommendationFilters } from '../utils/recommendationFilters';
import { PositionFilterSelect } from './PositionFilterSelect';

export type RecommendationFilterBarProps = {
  filters: RecommendationFilters;
  onChange: (changes: Partial<RecommendationFilters>) => void;
  onReset: () => void;
};

/** Status, the days recommended (from–to) and the position of the recommendations list. */
export function RecommendationFilterBar({ filters, onChange, onReset }: RecommendationFilterBarProps) {
  const t = useT();
  const hasFilters = Boolean(filters.status || filters.from || filters.to || filters.positionId);
  return (
    <div role="search" aria-label={t('matching.recommendations.filters')}>
      <Form layout="vertical" style={{ marginBottom: 8 }}>
        <Row gutter={[12, 0]} align="bottom">
          <Col xs={24} md={12} lg={7}>
            <PositionFilterSelect
              id="recommendation-filter-position"
              label={t('matching.field.position')}
              value={filters.positionId}
              onChange={(positionId) => onChange({ positionId })}
            />
          </Col>
          <Col xs={24} md={12} lg={5}>
            <FilterSelect
              id="recommendation-filter-status"
              label={t('applications.field.status')}
              value={filters.status}
              options={APPLICATION_STATUSES.map((value) => ({ value, label: t(`applicationStatus.${value}`) }))}
              onChange={(status) => onChange({ status })}
            />
          </Col>
          <Col xs={24} md={14} lg={8}>
            <Form.Item label={t('matching.recommendations.filter.period')} htmlFor="recommendation-filter-from">
              <DatePicker.RangePicker
                id={{ start: 'recommendation-filter-from', end: 'recommendation-filter-to' }}
                format="YYYY-MM-DD"
                style={{ width: '100%' }}
                value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
                allowEmpty={[true, true]}
                placeholder={[t('matching.period.from'), t('matching.period.to')]}
                onChange={(range) =>
                  onChange({
                    from: range?.[0] ? range[0].format('YYYY-MM-DD') : '',
                    to: range?.[1] ? range[1].format('YYYY-MM-DD') : '',
                  })
                }
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10} lg={4}>
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
