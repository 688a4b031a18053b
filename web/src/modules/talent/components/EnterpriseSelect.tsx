import { Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { type EnterpriseSource, useEnterpriseSearch } from '../hooks/useEnterpriseSearch';

export type EnterpriseSelectProps = {
  id?: string;
  source: EnterpriseSource;
  value?: string;
  onChange?: (value: string | undefined) => void;
};

/** A searchable choice of one enterprise (a form control: `value` is the organisation id). */
export function EnterpriseSelect({ id, source, value, onChange }: EnterpriseSelectProps) {
  const t = useT();
  const [text, setText] = useState('');
  const { options, isLoading } = useEnterpriseSearch(source, text);
  return (
    <Select<string>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value}
      onChange={(next) => onChange?.(next)}
      loading={isLoading}
      placeholder={t('talent.consent.enterprise.placeholder')}
      notFoundContent={isLoading ? t('common.loading') : t('talent.consent.enterprise.none')}
      options={options.map((o) => ({ value: o.id, label: o.name }))}
      style={{ width: '100%' }}
    />
  );
}
