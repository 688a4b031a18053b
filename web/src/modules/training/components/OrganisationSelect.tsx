import { Select } from 'antd';
import { useState } from 'react';
import type { Organisation, OrganisationType, Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import { useT } from '../../../i18n/useT';
import { useDebouncedValue } from '../../positions/hooks/useDebouncedValue';

export type OrganisationOption = { id: string; name: string };

type CommonProps = {
  id?: string;
  /** Organisation types offered; the server checks them again. */
  types: readonly OrganisationType[];
  /** Names of organisations already chosen, so that they show before any search. */
  known?: OrganisationOption[];
  placeholder?: string;
  'aria-invalid'?: boolean;
};

export type OrganisationSelectProps = CommonProps &
  ({ isMultiple: true; value?: string[]; onChange?: (ids: string[]) => void } | { isMultiple?: false; value?: string; onChange?: (id: string | undefined) => void });

/** Searchable choice of the zone's active organisations of some types (GET /api/organisations?q=). */
export function OrganisationSelect(props: OrganisationSelectProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const found = useApiQuery<Page<Organisation>>('/api/organisations', {
    q,
    isActive: true,
    pageSize: 30,
    ...(props.types.length === 1 ? { type: props.types[0] } : {}),
  });
  const offered = (found.data?.items ?? []).filter((org) => props.types.includes(org.type)).map((org) => ({ id: org.id, name: org.name }));
  const options = [...(props.known ?? []).filter((k) => !offered.some((o) => o.id === k.id)), ...offered].map((org) => ({ value: org.id, label: org.name }));
  const common = {
    id: props.id,
    allowClear: true,
    placeholder: props.placeholder ?? t('training.org.placeholder'),
    showSearch: { filterOption: false, onSearch: setSearch, searchValue: search },
    loading: found.isLoading,
    notFoundContent: found.isLoading ? t('common.loading') : t('training.org.none'),
    options,
    'aria-invalid': props['aria-invalid'],
    style: { width: '100%' },
  };
  if (props.isMultiple) {
    const { onChange } = props;
    return <Select<string[]> {...common} mode="multiple" value={props.value} onChange={(ids) => { setSearch(''); onChange?.(ids); }} />;
  }
  const { onChange } = props;
  return <Select<string> {...common} value={props.value} onChange={(id) => { setSearch(''); onChange?.(id); }} />;
}
