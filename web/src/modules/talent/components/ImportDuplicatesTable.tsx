import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { ImportReport } from '../types';

type Duplicate = ImportReport['duplicates'][number];

export type ImportDuplicatesTableProps = { duplicates: Duplicate[] };

/** Rows that repeat a person: of an earlier row of the file, or of a profile already in the pool. */
export function ImportDuplicatesTable({ duplicates }: ImportDuplicatesTableProps) {
  const t = useT();
  const components = useTableCaption(t('talent.import.duplicates.caption'));
  const columns: ColumnsType<Duplicate> = [
    { title: t('import.problems.row'), dataIndex: 'row', key: 'row', width: 90 },
    { title: t('talent.import.duplicates.by'), dataIndex: 'column', key: 'column', width: 140 },
    {
      title: t('talent.import.duplicates.repeats'),
      key: 'repeats',
      render: (_v, d) =>
        d.firstRow !== null ? t('talent.import.duplicates.ofRow', { row: d.firstRow }) : t('talent.import.duplicates.ofPool'),
    },
    {
      title: t('talent.import.duplicates.outcome'),
      key: 'outcome',
      render: (_v, d) => (d.isMergeable ? t('talent.import.duplicates.mergeable') : t('talent.import.duplicates.alwaysSkipped')),
    },
  ];
  return (
    <Table<Duplicate>
      size="small"
      components={components}
      rowKey={(d) => `${d.row}:${d.field}`}
      columns={columns}
      dataSource={duplicates}
      pagination={duplicates.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 560 }}
    />
  );
}
