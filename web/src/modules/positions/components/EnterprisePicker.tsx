import { Select } from 'antd';
import { useState } from 'react';
import type { Organisation } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { useEnterpriseOptions } from '../hooks/useEnterpriseOptions';

export type EnterprisePickerProps = {
  id?: string;
  value?: string;
  /** Called with the enterprise chosen (undefined when cleared). */
  onChange?: (id: string | undefined, enterprise?: Organisation) => void;
  allowClear?: boolean;
  'aria-invalid'?: boolean;
};

/** Searchable choice of an enterprise of the zone (GET /api/organisations?type=enterprise&q=). */
export function EnterprisePicker({ id, value, onChange, allowClear = false, ...rest }: EnterprisePickerProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const { enterprises, isLoading } = useEnterpriseOptions(search, value);

  function handleChange(chosen: string | undefined) {
    setSearch('');
    onChange?.(chosen, enterprises.find((org) => org.id === chosen));
  }

  return (
    <Select<string>
      id={id}
      value={value}
      onChange={handleChange}
      allowClear={allowClear}
      placeholder={t('positions.field.organisation.placeholder')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      loading={isLoading}
      notFoundContent={isLoading ? t('common.loading') : t('positions.field.organisation.none')}
      options={enterprises.map((org) => ({ value: org.id, label: org.name }))}
      aria-invalid={rest['aria-invalid']}
    />
  );
}
