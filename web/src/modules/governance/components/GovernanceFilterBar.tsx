import { Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { FilterSelect } from '../../../ui/FilterSelect';

/** One filter of a list: a choice, free text, a year or a date range. */
export type FilterField =
  | { kind: 'select'; name: string; label: string; options: { value: string; label: string }[] }
  | { kind: 'text'; name: string; label: string; placeholder?: string }
  | { kind: 'year'; name: string; label: string; years: number[] }
  | { kind: 'range'; from: string; to: string; label: string };

export type GovernanceFilterBarProps = {
  /** Prefix of the inputs' ids, unique on the page. */
  id: string;
  label: string;
  fields: FilterField[];
  values: Record<string, string | number>;
  onChange: (changes: Record<string, string | number>) => void;
  onReset: () => void;
};

function TextFilter({ id, label, placeholder, value, onSearch }: { id: string; label: string; placeholder?: string; value: string; onSearch: (text: string) => void }) {
  const t = useT();
  const [text, setText] = useState(value);
  return (
    <Form.Item label={label} htmlFor={id}>
      <Input.Search id={id} value={text} placeholder={placeholder} allowClear enterButton={t('common.search')} onChange={(e) => setText(e.target.value)} onSearch={(v) => onSearch(v.trim())} />
    </Form.Item>
  );
}

/** The filter bar of a governance list, laid out in a responsive row; empty means "all". */
export function GovernanceFilterBar({ id, label, fields, values, onChange, onReset }: GovernanceFilterBarProps) {
  const t = useT();
  const names = fields.flatMap((f) => (f.kind === 'range' ? [f.from, f.to] : [f.name]));
  const hasFilters = names.some((name) => values[name] !== '' && values[name] !== undefined);
  return (
    <div role="search" aria-label={label}>
      <Form layout="vertical" style={{ marginBottom: 8 }}>
        <Row gutter={[12, 0]} align="bottom">
          {fields.map((field) => {
            switch (field.kind) {
              case 'select':
                return (
                  <Col key={field.name} xs={12} md={6} lg={5}>
                    <FilterSelect
                      id={`${id}-${field.name}`}
                      label={field.label}
                      value={String(values[field.name] ?? '')}
                      options={field.options}
                      onChange={(value) => onChange({ [field.name]: value })}
                    />
                  </Col>
                );
              case 'text':
                return (
                  <Col key={field.name} xs={24} md={8} lg={6}>
                    <TextFilter
                      key={String(values[field.name] ?? '')}
                      id={`${id}-${field.name}`}
                      label={field.label}
                      placeholder={field.placeholder}
                      value={String(values[field.name] ?? '')}
                      onSearch={(text) => onChange({ [field.name]: text })}
                    />
                  </Col>
                );
              case 'year':
                return (
                  <Col key={field.name} xs={12} md={4} lg={3}>
                    <Form.Item label={field.label} htmlFor={`${id}-${field.name}`}>
                      <Select<number>
                        id={`${id}-${field.name}`}
                        allowClear
                        placeholder={t('common.all')}
                        value={values[field.name] === '' ? undefined : Number(values[field.name])}
                        options={field.years.map((year) => ({ value: year, label: t('gov.yearOption', { year }) }))}
                        onChange={(year) => onChange({ [field.name]: year ?? '' })}
                      />
                    </Form.Item>
                  </Col>
                );
              case 'range':
                return (
                  <Col key={field.from} xs={24} md={10} lg={8}>
                    <Form.Item label={field.label} htmlFor={`${id}-${field.from}`}>
                      <DatePicker.RangePicker
                        id={{ start: `${id}-${field.from}`, end: `${id}-${field.to}` }}
                        format="YYYY-MM-DD"
                        style={{ width: '100%' }}
                        allowEmpty={[true, true]}
                        value={[values[field.from] ? dayjs(String(values[field.from])) : null, values[field.to] ? dayjs(String(values[field.to])) : null]}
                        placeholder={[t('gov.filter.from'), t('gov.filter.to')]}
                        onChange={(range) => onChange({ [field.from]: range?.[0]?.format('YYYY-MM-DD') ?? '', [field.to]: range?.[1]?.format('YYYY-MM-DD') ?? '' })}
                      />
                    </Form.Item>
                  </Col>
                );
            }
          })}
          <Col xs={12} md={4} lg={3}>
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
