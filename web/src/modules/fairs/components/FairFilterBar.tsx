import { Col, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { FAIR_KINDS, FAIR_PHASES, type FairKind, type FairPhase } from '../../../../../src/modules/fairs/fairs.codes';
import { useT } from '../../../i18n/useT';
import { FilterSelect } from '../../../ui/FilterSelect';
import type { FairListFilters } from '../hooks/useFairQueries';

export type FairFilterBarProps = { filters: FairListFilters; onChange: (changes: Partial<FairListFilters>) => void };

/** Kind, phase and keyword filters of the fair list. */
export function FairFilterBar({ filters, onChange }: FairFilterBarProps) {
  const t = useT();
  const [q, setQ] = useState(filters.q);
  return (
    <div role="search" aria-label={t('fairs.list.filters')}>
      <Form layout="vertical">
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item label={t('fairs.filter.keyword')} htmlFor="fair-filter-q">
              <Input.Search
                id="fair-filter-q"
                value={q}
                allowClear
                maxLength={100}
                placeholder={t('fairs.filter.keywordPlaceholder')}
                enterButton={t('common.search')}
                onChange={(event) => setQ(event.target.value)}
                onSearch={(value) => onChange({ q: value.trim() })}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <FilterSelect<FairKind>
              id="fair-filter-kind"
              label={t('fairs.field.kind')}
              value={filters.kind as FairKind | ''}
              options={FAIR_KINDS.map((value) => ({ value, label: t(`fairs.kind.${value}`) }))}
              onChange={(kind) => onChange({ kind })}
            />
          </Col>
          <Col xs={12} md={7}>
            <FilterSelect<FairPhase>
              id="fair-filter-phase"
              label={t('fairs.filter.phase')}
              value={filters.phase as FairPhase | ''}
              options={FAIR_PHASES.map((value) => ({ value, label: t(`fairs.phase.${value}`) }))}
              onChange={(phase) => onChange({ phase })}
            />
          </Col>
        </Row>
      </Form>
    </div>
  );
}
