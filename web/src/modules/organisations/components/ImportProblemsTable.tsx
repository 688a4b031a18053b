import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ImportProblem } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';

export type ImportProblemsTableProps = { problems: ImportProblem[] };

/** Row-by-row problems of an import file: 行号, 列, 问题. */
export function ImportProblemsTable({ problems }: ImportProblemsTableProps) {
  const t = useT();
  const components = useTableCaption(t('import.problems.caption'));
  const columns: ColumnsType<ImportProblem> = [
    { title: t('import.problems.row'), dataIndex: 'row', key: 'row', width: 90 },
    { title: t('import.problems.column'), key: 'column', width: 180, render: (_v, p) => p.column ?? '—' },
    { title: t('import.problems.message'), dataIndex: 'message', key: 'message' },
  ];
  return (
    <Table<ImportProblem>
      size="small"
      components={components}
      rowKey={(p) => `${p.row}:${p.column ?? ''}:${p.message}`}
      columns={columns}
      dataSource={problems}
      pagination={problems.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 560 }}
    />
  );
}
