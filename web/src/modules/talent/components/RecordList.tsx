import { Empty } from 'antd';
import type { Key, ReactNode } from 'react';

export type RecordField<T> = { label: string; render: (item: T) => ReactNode };

export type RecordListProps<T> = {
  /** The list's accessible name (the table caption it replaces). */
  label: string;
  items: T[];
  rowKey: (item: T) => Key;
  fields: RecordField<T>[];
  emptyText: string;
};

/**
 * A phone's form of a small table: one bordered item per record with label–value pairs, so that
 * nothing scrolls sideways (a sideways-scrolling region cannot be reached by keyboard).
 */
export function RecordList<T>({ label, items, rowKey, fields, emptyText }: RecordListProps<T>) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <ul aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
      {items.map((item) => (
        <li key={rowKey(item)} style={{ border: '1px solid #e5e5e5', borderRadius: 8, padding: '8px 12px' }}>
          <dl style={{ margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 12, rowGap: 4 }}>
            {fields.map((field) => (
              <div key={field.label} style={{ display: 'contents' }}>
                <dt style={{ color: 'rgba(0, 0, 0, 0.68)' }}>{field.label}</dt>
                <dd style={{ margin: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{field.render(item)}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
