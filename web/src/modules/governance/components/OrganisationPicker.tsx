import { Select } from 'antd';
import { useState } from 'react';
import type { Organisation, OrganisationType, Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import { useT } from '../../../i18n/useT';
import { useDebouncedValue } from '../../positions/hooks/useDebouncedValue';

export type PickedOrganisation = { id: string; name: string };

type CommonProps = {
  id?: string;
  /** Types offered (all when absent); the server checks them again. */
  types?: readonly OrganisationType[];
  /** Organisations already chosen, so that their names show before any search. */
  known?: readonly PickedOrganisation[];
  'aria-invalid'?: boolean;
};

export type OrganisationPickerProps = CommonProps &
  ({ isMultiple: true; value?: string[]; onChange?: (ids: string[]) => void } | { isMultiple?: false; value?: string | null; onChange?: (id: string | null) => void });

/** Searchable choice of the zone's organisations (GET /api/organisations?q=), one or many. */
export function OrganisationPicker(props: OrganisationPickerProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const types = props.types ?? [];
  const found = useApiQuery<Page<Organisation>>(
    '/api/organisations',
    { q, pageSize: 30, ...(types.length === 1 ? { type: types[0] } : {}) },
    { keepPrevious: true },
  );
  const offered = (found.data?.items ?? []).filter((org) => types.length === 0 || types.includes(org.type));
  const options = [
    ...(props.known ?? []).filter((k) => !offered.some((o) => o.id === k.id)),
    ...offered.map((org) => ({ id: org.id, name: org.name })),
  ].map((org) => ({ value: org.id, label: org.name }));
  const common = {
    id: props.id,
    allowClear: true,
    placeholder: t('gov.org.placeholder'),
    showSearch: { filterOption: false, onSearch: setSearch, searchValue: search },
    loading: found.isLoading,
    notFoundContent: found.isLoading ? t('common.loading') : t('gov.org.none'),
    options,
    'aria-invalid': props['aria-invalid'],
    style: { width: '100%' },
  };
  if (props.isMultiple) {
    const { onChange } = props;
    return (
      <Select<string[]>
        {...common}
        mode="multiple"
        value={props.value}
        onChange={(ids) => {
          setSearch('');
          onChange?.(ids);
        }}
      />
    );
  }
  const { onChange } = props;
  return (
    <Select<string>
      {...common}
      value={props.value ?? undefined}
      onChange={(id) => {
        setSearch('');
        onChange?.(id ?? null);
      }}
    />
  );
}
