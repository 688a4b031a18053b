import { Select } from 'antd';
import { useState } from 'react';
import type { Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import { useT } from '../../../i18n/useT';
import { useDebouncedValue } from '../../positions/hooks/useDebouncedValue';

/** What a visit links to: a position (岗位) or a technical challenge (揭榜挂帅), each an organisation's. */
type LinkedRecord = { id: string; title: string; organisationId: string; organisationName: string };

const SOURCES = { positions: '/api/managed-positions', challenges: '/api/challenges' } as const;

export type LinkedRecordSelectProps = {
  id?: string;
  source: keyof typeof SOURCES;
  /** Only records of these organisations are offered (those visited). */
  organisationIds: string[];
  /** Records already linked, so that their names show before any search. */
  known: { id: string; title: string; organisationName: string }[];
  value?: string[];
  onChange?: (ids: string[]) => void;
  'aria-invalid'?: boolean;
};

/** Searchable choice of the positions or challenges of the organisations a visit went to. */
export function LinkedRecordSelect({ id, source, organisationIds, known, value, onChange, ...rest }: LinkedRecordSelectProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const found = useApiQuery<Page<LinkedRecord>>(
    organisationIds.length > 0 ? SOURCES[source] : null,
    { q, pageSize: 50, ...(organisationIds.length === 1 ? { organisationId: organisationIds[0] } : {}) },
    { keepPrevious: true },
  );
  const offered = (found.data?.items ?? []).filter((r) => organisationIds.includes(r.organisationId));
  const options = [...known.filter((k) => !offered.some((o) => o.id === k.id)), ...offered].map((r) => ({ value: r.id, label: `${r.title}（${r.organisationName}）` }));
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      allowClear
      value={value}
      onChange={(ids) => {
        setSearch('');
        onChange?.(ids);
      }}
      options={options}
      placeholder={organisationIds.length ? t('gov.visits.linkPlaceholder') : t('gov.visits.chooseOrganisationsFirst')}
      disabled={organisationIds.length === 0}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      loading={found.isLoading}
      notFoundContent={found.isLoading ? t('common.loading') : t('gov.visits.noneToLink')}
      aria-invalid={rest['aria-invalid']}
      style={{ width: '100%' }}
    />
  );
}
