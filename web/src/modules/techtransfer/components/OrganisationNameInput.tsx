import { AutoComplete } from 'antd';
import { useState } from 'react';
import type { Organisation, Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import { useAuth } from '../../auth/hooks/useAuth';
import { useOrganisation } from '../../organisations/hooks/useOrganisation';

export type OrganisationNameInputProps = {
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
  placeholder?: string;
  'aria-label'?: string;
};

/**
 * A party by name: suggestions from the zone's organisations (operators and government search
 * them; an organisation's staff get their own), or any name typed for someone outside the zone.
 * The server links a name of the zone's organisations (full or short) to that organisation.
 */
export function OrganisationNameInput({ value, onChange, id, placeholder, ...rest }: OrganisationNameInputProps) {
  const { me } = useAuth();
  const isZoneWide = me?.role === 'operator' || me?.role === 'government';
  const [search, setSearch] = useState('');
  const found = useApiQuery<Page<Organisation>>(isZoneWide && search.trim() ? '/api/organisations' : null, { q: search.trim(), pageSize: 12 }, { keepPrevious: true });
  const own = useOrganisation(isZoneWide ? null : me?.organisationId);
  const names = isZoneWide ? (found.data?.items ?? []).map((o) => o.name) : own.data ? [own.data.name] : [];
  return (
    <AutoComplete
      id={id}
      value={value}
      options={names.map((name) => ({ value: name, label: name }))}
      onSearch={setSearch}
      onChange={(next: string) => onChange?.(next)}
      placeholder={placeholder}
      aria-label={rest['aria-label']}
      allowClear
    />
  );
}
