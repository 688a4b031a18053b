import { Button, Table, type TablePaginationConfig } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Resolution } from '../types';
import { GovernanceStatusTag } from './GovernanceStatusTag';

export type ResolutionTableProps = {
  resolutions: Resolution[];
  isLoading?: boolean;
  /** Server paging for the follow-up list; the meeting page shows all of a meeting's at once. */
  pagination?: TablePaginationConfig | false;
  /** Shows which meeting each resolution came from (the follow-up list across meetings). */
  isShowingMeeting?: boolean;
  onEdit?: (resolution: Resolution) => void;
};

/** Resolutions with their owner, due date and status (overdue once the due date has passed). */
export function ResolutionTable({ resolutions, isLoading = false, pagination = false, isShowingMeeting = false, onEdit }: ResolutionTableProps) {
  const t = useT();
  const components = useTableCaption(t('gov.resolutions.caption'));
  const columns: ColumnsType<Resolution> = [
    { title: t('gov.field.resolution'), dataIndex: 'content', key: 'content' },
    ...(isShowingMeeting
      ? ([
          {
            title: t('gov.field.meeting'),
            key: 'meeting',
            render: (_v: unknown, r: Resolution) => <Link to={`/console/governance/meetings/${r.meetingId}`}>{r.meetingTitle}</Link>,
          },
        ] satisfies ColumnsType<Resolution>)
      : []),
    {
      title: t('gov.field.owner'),
      key: 'owner',
      width: 220,
      render: (_v, r) => [r.ownerOrganisationName, r.ownerName].filter(Boolean).join(' · '),
    },
    { title: t('gov.field.dueOn'), key: 'dueOn', width: 120, render: (_v, r) => formatDate(r.dueOn) },
    { title: t('gov.field.status'), key: 'status', width: 100, render: (_v, r) => <GovernanceStatusTag kind="progress" status={r.status} /> },
    { title: t('gov.field.doneOn'), key: 'doneOn', width: 120, render: (_v, r) => formatDate(r.doneOn) },
    { title: t('gov.field.progressNote'), dataIndex: 'progressNote', key: 'progressNote', render: (note: string | null) => note ?? '' },
  ];
  if (onEdit) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_v, r) => (
        <Button type="link" onClick={() => onEdit(r)} aria-label={t('gov.resolutions.editOf', { content: r.content })}>
          {t('common.edit')}
        </Button>
      ),
    });
  }
  return (
    <Table<Resolution>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={resolutions}
      loading={isLoading}
      scroll={{ x: 900 }}
      pagination={pagination}
      locale={{ emptyText: t('gov.resolutions.empty') }}
    />
  );
}
