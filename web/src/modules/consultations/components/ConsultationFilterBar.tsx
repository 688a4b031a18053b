import { Button, Col, DatePicker, Form, Row } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../i18n/useT';
import { FilterSelect } from '../../../ui/FilterSelect';
import { CONSULTATION_TOPICS } from '../types';
import type { ConsultationFilters } from '../utils/filters';

export type ConsultationFilterBarProps = {
  filters: ConsultationFilters;
  onChange: (changes: Partial<ConsultationFilters>) => void;
  onReset: () => void;
};

/** Period (from–to) and topic filters of the consultation list and its counts. */
export function ConsultationFilterBar({ filters, onChange, onReset }: ConsultationFilterBarProps) {
  const t = useT();
  const hasFilters = Boolean(filters.from || filters.to || filters.topic);
  return (
    <div role="search" aria-label={t('consult.filters')}>
      <Form layout="vertical" style={{ marginBottom: 8 }}>
        <Row gutter={[12, 0]} align="bottom">
          <Col xs={24} md={10}>
            <Form.Item label={t('consult.filters.period')} htmlFor="consult-filter-from">
              <DatePicker.RangePicker
                id={{ start: 'consult-filter-from', end: 'consult-filter-to' }}
                format="YYYY-MM-DD"
                style={{ width: '100%' }}
                value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
                allowEmpty={[true, true]}
                placeholder={[t('consult.filters.from'), t('consult.filters.to')]}
                onChange={(range) =>
                  onChange({
                    from: range?.[0] ? range[0].format('YYYY-MM-DD') : '',
                    to: range?.[1] ? range[1].format('YYYY-MM-DD') : '',
                  })
                }
              />
            </Form.Item>
          </Col>
          <Col xs={14} md={8}>
            <FilterSelect
              id="consult-filter-topic"
              label={t('consult.field.topic')}
              value={filters.topic}
              options={CONSULTATION_TOPICS.map((value) => ({ value, label: t(`consult.topic.${value}`) }))}
              onChange={(topic) => onChange({ topic })}
            />
          </Col>
          <Col xs={10} md={6}>
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
