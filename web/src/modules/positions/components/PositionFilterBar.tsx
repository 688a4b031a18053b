import { Button, Col, Form, Input, Row } from 'antd';
import { useT } from '../../../i18n/useT';
import { FilterSelect } from '../../../ui/FilterSelect';
import { POSITION_STATUSES } from '../types';
import type { PositionFilters } from '../utils/filters';
import { EnterprisePicker } from './EnterprisePicker';

export type PositionFilterBarProps = {
  filters: PositionFilters;
  /** Operators and government filter the zone's positions by enterprise. */
  hasEnterpriseFilter: boolean;
  onChange: (changes: Partial<PositionFilters>) => void;
  onReset: () => void;
};

/** Search box, status and (for the zone's staff) enterprise filters of the console's position list. */
export function PositionFilterBar({ filters, hasEnterpriseFilter, onChange, onReset }: PositionFilterBarProps) {
  const t = useT();
  const statusOptions = POSITION_STATUSES.map((value) => ({ value, label: t(`positionStatus.${value}`) }));
  const hasFilters = Boolean(filters.q || filters.status || filters.organisationId);
  return (
    <div role="search" aria-label={t('positions.filters.label')}>
      <Form layout="vertical" style={{ marginBottom: 8 }}>
        <Row gutter={[12, 0]} align="bottom">
          <Col xs={24} lg={hasEnterpriseFilter ? 9 : 12}>
            <Form.Item label={t('org.filters.q')} htmlFor="position-filter-q">
              <Input.Search
                id="position-filter-q"
                key={filters.q}
                defaultValue={filters.q}
                placeholder={t('positions.filters.q.placeholder')}
                allowClear
                enterButton={t('common.search')}
                onSearch={(value) => onChange({ q: value.trim() })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={hasEnterpriseFilter ? 5 : 6}>
            <FilterSelect
              id="position-filter-status"
              label={t('position.field.status')}
              value={filters.status}
              options={statusOptions}
              onChange={(status) => onChange({ status })}
            />
          </Col>
          {hasEnterpriseFilter ? (
            <Col xs={24} sm={12} lg={10}>
              <Form.Item label={t('position.field.organisation')} htmlFor="position-filter-enterprise">
                <EnterprisePicker
                  id="position-filter-enterprise"
                  value={filters.organisationId || undefined}
                  allowClear
                  onChange={(organisationId) => onChange({ organisationId: organisationId ?? '' })}
                />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
        {hasFilters ? (
          <Button onClick={onReset} style={{ marginBottom: 16 }}>
            {t('common.resetFilters')}
          </Button>
        ) : null}
      </Form>
    </div>
  );
}
