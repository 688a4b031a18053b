import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { AllocationPosition, AllocationUnassigned } from '../types';

// Both tables are narrow enough to wrap on a phone instead of scrolling sideways.

export type AllocationPositionsTableProps = { positions: AllocationPosition[] };

/** Per position: seats (unfilled headcount), candidates placed, candidates who wanted it. */
export function AllocationPositionsTable({ positions }: AllocationPositionsTableProps) {
  const t = useT();
  const components = useTableCaption(t('matching.allocation.positions.caption'));
  const columns: ColumnsType<AllocationPosition> = [
    {
      title: t('matching.field.position'),
      key: 'title',
      render: (_v, p) => (
        <>
          {p.title}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {p.organisationName}
          </Typography.Text>
        </>
      ),
    },
    { title: t('matching.allocation.stat.capacity'), dataIndex: 'capacity', key: 'capacity', width: 90 },
    { title: t('matching.allocation.stat.assigned'), dataIndex: 'assigned', key: 'assigned', width: 90 },
    { title: t('matching.allocation.stat.candidates'), dataIndex: 'candidates', key: 'candidates', width: 90 },
  ];
  return (
    <Table<AllocationPosition>
      size="small"
      rowKey="positionId"
      components={components}
      columns={columns}
      dataSource={positions}
      pagination={positions.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
    />
  );
}

export type UnassignedTableProps = { unassigned: AllocationUnassigned[] };

/** Candidates no position took: all their choices were full with candidates ranked higher. */
export function UnassignedTable({ unassigned }: UnassignedTableProps) {
  const t = useT();
  const components = useTableCaption(t('matching.allocation.unassigned.caption'));
  const columns: ColumnsType<AllocationUnassigned> = [
    { title: t('applications.field.seeker'), dataIndex: 'seekerName', key: 'seekerName', width: 120 },
    { title: t('matching.allocation.field.choices'), key: 'choices', render: (_v, u) => t('matching.allocation.unassigned.why', { choices: u.choices }) },
  ];
  return (
    <Table<AllocationUnassigned>
      size="small"
      rowKey="seekerId"
      components={components}
      columns={columns}
      dataSource={unassigned}
      pagination={unassigned.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('matching.allocation.unassigned.empty') }}
    />
  );
}
