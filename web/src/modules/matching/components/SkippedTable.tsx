import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Allocation, SkippedAssignment } from '../types';

export type SkippedTableProps = { skipped: SkippedAssignment[]; result: Allocation['result'] };

/** Assignments that no longer held when approved (position closed, consent withdrawn, already recommended). */
export function SkippedTable({ skipped, result }: SkippedTableProps) {
  const t = useT();
  const components = useTableCaption(t('matching.allocation.skipped.caption'));
  const seekerName = new Map(result.assignments.map((a) => [a.seekerId, a.seekerName]));
  const positionTitle = new Map(result.positions.map((p) => [p.positionId, p.title]));
  const columns: ColumnsType<SkippedAssignment> = [
    { title: t('applications.field.seeker'), key: 'seeker', width: 140, render: (_v, s) => seekerName.get(s.seekerId) ?? s.seekerId },
    { title: t('matching.field.position'), key: 'position', width: 240, render: (_v, s) => positionTitle.get(s.positionId) ?? s.positionId },
    { title: t('matching.allocation.skipped.reason'), key: 'reason', width: 280, render: (_v, s) => t(`matching.allocation.skipped.${s.reason}`) },
  ];
  return (
    <Table<SkippedAssignment>
      size="small"
      rowKey={(s) => `${s.seekerId}:${s.positionId}`}
      components={components}
      columns={columns}
      dataSource={skipped}
      pagination={false}
      scroll={{ x: 660 }}
    />
  );
}
