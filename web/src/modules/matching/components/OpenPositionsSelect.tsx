import { Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { usePositionOptions } from '../hooks/usePositionOptions';

/** A chosen position with the text it is shown by (kept when the search lists others). */
export type ChosenPosition = { value: string; label: string };

export type OpenPositionsSelectProps = {
  id?: string;
  value?: ChosenPosition[];
  onChange?: (positions: ChosenPosition[]) => void;
  'aria-invalid'?: boolean;
};

/** Several of the zone's published positions, searched by title or enterprise as one types (a form control). */
export function OpenPositionsSelect({ id, value, onChange, ...rest }: OpenPositionsSelectProps) {
  const t = useT();
  const [search, setSearch] = useState('');
  const { positions, total, isLoading } = usePositionOptions(search, { publishedOnly: true, pageSize: 50 });
  return (
    <Select<ChosenPosition[]>
      id={id}
      mode="multiple"
      labelInValue
      value={value}
      onChange={(chosen) => onChange?.(chosen)}
      placeholder={t('matching.allocation.positions.placeholder')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      loading={isLoading}
      notFoundContent={isLoading ? t('common.loading') : t('matching.positionOption.none')}
      options={positions.map((p) => ({
        value: p.id,
        label: t('matching.positionOption', { title: p.title, organisation: p.organisationName }),
      }))}
      popupRender={(menu) => (
        <>
          {menu}
          {total > positions.length ? (
            <div style={{ padding: '6px 12px', color: 'rgba(0, 0, 0, 0.68)', fontSize: 13 }}>{t('matching.allocation.positions.more', { shown: positions.length, total })}</div>
          ) : null}
        </>
      )}
      aria-invalid={rest['aria-invalid']}
    />
  );
}
