import { Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useSeekerSearch } from '../hooks/useSeekerSearch';

/** The chosen seeker with the label shown for it (kept when the search text changes). */
export type PickedSeeker = { value: string; label: string };

export type SeekerPickerProps = {
  id?: string;
  value?: PickedSeeker;
  onChange?: (value: PickedSeeker | undefined) => void;
};

/** A searchable choice of one seeker of the zone, from `GET /api/seekers?q=`. */
export function SeekerPicker({ id, value, onChange }: SeekerPickerProps) {
  const t = useT();
  const [text, setText] = useState('');
  const { data, isLoading } = useSeekerSearch(text, true);
  const options = (data?.items ?? []).map((s) => ({
    value: s.id,
    label: [s.name, s.phoneMasked, s.school].filter(Boolean).join(' · '),
  }));
  return (
    <Select<PickedSeeker>
      id={id}
      labelInValue
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      onChange={(next) => onChange?.(next ? { value: next.value, label: String(next.label) } : undefined)}
      loading={isLoading}
      placeholder={t('consult.seeker.placeholder')}
      notFoundContent={isLoading ? t('common.loading') : t('consult.seeker.none')}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
