import { Select } from 'antd';
import { useState } from 'react';
import type { Organisation, OrganisationType, Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import { useAuth } from '../../auth/hooks/useAuth';
import { useOrganisation } from '../../organisations/hooks/useOrganisation';

export type OrganisationIdSelectProps = { value?: string; onChange?: (value: string) => void; id?: string; type?: OrganisationType };

/** An organisation of the zone by id: operators search the zone; an organisation's staff pick their own. */
export function OrganisationIdSelect({ value, onChange, id, type }: OrganisationIdSelectProps) {
  const { me } = useAuth();
  const isZoneWide = me?.role === 'operator' || me?.role === 'government';
  const [search, setSearch] = useState('');
  const found = useApiQuery<Page<Organisation>>(isZoneWide ? '/api/organisations' : null, { q: search.trim(), type, pageSize: 20 }, { keepPrevious: true });
  const own = useOrganisation(isZoneWide ? null : me?.organisationId);
  const options = (isZoneWide ? (found.data?.items ?? []) : own.data ? [own.data] : []).map((o) => ({ value: o.id, label: o.name }));
  return <Select id={id} showSearch value={value} onChange={onChange} onSearch={setSearch} filterOption={false} options={options} />;
}
