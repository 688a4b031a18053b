import { Form, Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { usePosition } from '../../positions/hooks/usePosition';
import { usePositionOptions } from '../hooks/usePositionOptions';

export type PositionFilterSelectProps = {
  id: string;
  label: string;
  /** The chosen position's id, or '' for all. */
  value: string;
  onChange: (positionId: string) => void;
};

/** A filter by one of the caller's positions, searched by title or enterprise as one types. */
export function PositionFilterSelect({ id, label, value, onChange }: PositionFilterSelectProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const { positions, isLoading } = usePositionOptions(search);
  // The chosen position keeps its title even when the search lists others (e.g. opened from a link).
  const chosen = usePosition(value || null).data;
  const options = positions.map((p) => ({ value: p.id, label: t('matching.positionOption', { title: p.title, organisation: p.organisationName }) }));
  if (chosen && !options.some((o) => o.value === chosen.id)) {
    options.unshift({ value: chosen.id, label: t('matching.positionOption', { title: chosen.title, organisation: chosen.organisationName }) });
  }
  return (
    <Form.Item label={label} htmlFor={id}>
      <Select<string>
        id={id}
        allowClear
        placeholder={t('common.all')}
        value={value || undefined}
        onChange={(next) => {
          setSearch('');
          onChange(next ?? '');
        }}
        showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
        loading={isLoading}
        notFoundContent={isLoading ? t('common.loading') : t('matching.positionOption.none')}
        options={options}
      />
    </Form.Item>
  );
}
