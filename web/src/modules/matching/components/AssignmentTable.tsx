import { Card, Checkbox, Empty, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { AllocationAssignment } from '../types';
import { explainAssignment } from '../utils/allocation';

export type AssignmentTableProps = {
  assignments: AllocationAssignment[];
  /** A draft lets the operator leave candidates out; a decided allocation only shows them. */
  isEditable: boolean;
  excludedIds: ReadonlySet<string>;
  onExcludedChange: (excludedIds: Set<string>) => void;
};

/** Who went where and why, in plain words; on a draft each row can be left out of the recommendations. */
export function AssignmentTable({ assignments, isEditable, excludedIds, onExcludedChange }: AssignmentTableProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const caption = t('matching.allocation.assignments.caption');
  const components = useTableCaption(caption);

  function setIncluded(seekerId: string, isIncluded: boolean) {
    const next = new Set(excludedIds);
    if (isIncluded) next.delete(seekerId);
    else next.add(seekerId);
    onExcludedChange(next);
  }

  function includeLabel(a: AllocationAssignment): string {
    return t('matching.allocation.includeFor', { name: a.seekerName, title: a.positionTitle });
  }

  if (isPhone) {
    if (assignments.length === 0) return <Empty description={t('matching.allocation.assignments.empty')} />;
    return (
      <ul aria-label={caption} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
        {assignments.map((a) => (
          <li key={a.seekerId}>
            <Card size="small" variant="outlined">
              <Flex align="center" gap={8}>
                {isEditable ? (
                  <Checkbox checked={!excludedIds.has(a.seekerId)} onChange={(event) => setIncluded(a.seekerId, event.target.checked)} aria-label={includeLabel(a)} />
                ) : null}
                <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                  {t('matching.allocation.goesTo', { name: a.seekerName, title: a.positionTitle })}
                </Typography.Title>
              </Flex>
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                {a.organisationName}
                <br />
                {explainAssignment(t, a)}
              </Typography.Paragraph>
            </Card>
          </li>
        ))}
      </ul>
    );
  }

  // No horizontal scroll: antd would copy the select-all box into a hidden measuring row (focusable
  // inside aria-hidden); three columns fit every desktop, and phones get cards.
  const columns: ColumnsType<AllocationAssignment> = [
    { title: t('applications.field.seeker'), key: 'seeker', width: 120, render: (_v, a) => <Typography.Text strong>{a.seekerName}</Typography.Text> },
    {
      title: t('matching.field.position'),
      key: 'position',
      width: 260,
      render: (_v, a) => (
        <>
          {a.positionTitle}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {a.organisationName}
          </Typography.Text>
        </>
      ),
    },
    { title: t('matching.allocation.field.why'), key: 'why', width: 380, render: (_v, a) => explainAssignment(t, a) },
  ];
  return (
    <Table<AllocationAssignment>
      size="small"
      rowKey="seekerId"
      components={components}
      columns={columns}
      dataSource={assignments}
      pagination={assignments.length > 50 ? { pageSize: 50, showSizeChanger: false, showTotal: (total) => t('common.totalItems', { total }) } : false}
      rowSelection={
        isEditable
          ? {
              type: 'checkbox',
              selectedRowKeys: assignments.filter((a) => !excludedIds.has(a.seekerId)).map((a) => a.seekerId),
              onChange: (keys) => {
                const included = new Set(keys.map(String));
                onExcludedChange(new Set(assignments.filter((a) => !included.has(a.seekerId)).map((a) => a.seekerId)));
              },
              getCheckboxProps: (a) => ({ 'aria-label': includeLabel(a) }),
            }
          : undefined
      }
      locale={{ emptyText: t('matching.allocation.assignments.empty') }}
    />
  );
}
