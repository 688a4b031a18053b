import { Select } from 'antd';
import { useState } from 'react';
import type { Organisation, Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import { useAuth } from '../../auth/hooks/useAuth';
import { useOrganisation } from '../../organisations/hooks/useOrganisation';

export type OwnerNamesSelectProps = { value?: string[]; onChange?: (value: string[]) => void; id?: string };

/** Patent owners by name: the zone's organisations suggested, any other owner typed in full. */
export function OwnerNamesSelect({ value, onChange, id }: OwnerNamesSelectProps) {
  const { me } = useAuth();
  const isZoneWide = me?.role === 'operator' || me?.role === 'government';
  const [search, setSearch] = useState('');
  const found = useApiQuery<Page<Organisation>>(isZoneWide && search.trim() ? '/api/organisations' : null, { q: search.trim(), pageSize: 12 }, { keepPrevious: true });
  const own = useOrganisation(isZoneWide ? null : me?.organisationId);
  const names = isZoneWide ? (found.data?.items ?? []).map((o) => o.name) : own.data ? [own.data.name] : [];
  return (
    <Select
      id={id}
      mode="tags"
      value={value}
      onChange={onChange}
      onSearch={setSearch}
      tokenSeparators={['；', ';', '、']}
      options={names.map((name) => ({ value: name, label: name }))}
    />
  );
}
