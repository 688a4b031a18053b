import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { MeetingPage, MeetingSummary } from '../types';
import { serverPagination } from '../utils/table';

export type MeetingTableProps = {
  page: MeetingPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Meetings, newest first, with how many resolutions are still open or overdue. */
export function MeetingTable({ page, isLoading, onPageChange }: MeetingTableProps) {
  const t = useT();
  const components = useTableCaption(t('gov.meetings.caption'));
  const columns: ColumnsType<MeetingSummary> = [
    { title: t('gov.field.heldOn'), key: 'heldOn', width: 120, render: (_v, m) => formatDate(m.heldOn) },
    { title: t('gov.field.meetingType'), key: 'type', width: 150, render: (_v, m) => t(`gov.meetingType.${m.type}`) },
    { title: t('gov.field.title'), key: 'title', render: (_v, m) => <Link to={`/console/governance/meetings/${m.id}`}>{m.title}</Link> },
    { title: t('gov.field.venue'), dataIndex: 'venue', key: 'venue', render: (venue: string | null) => venue ?? '' },
    { title: t('gov.field.attendees'), dataIndex: 'attendeeCount', key: 'attendeeCount', width: 90, align: 'right' },
    {
      title: t('gov.field.resolutions'),
      key: 'resolutions',
      width: 200,
      render: (_v, m) => (
        <>
          {t('gov.meetings.resolutionCount', { n: m.resolutionCount })}
          {m.overdueResolutionCount > 0 ? (
            <LabelTag tone="gold" style={{ marginInlineStart: 8 }}>
              {t('gov.meetings.overdueCount', { n: m.overdueResolutionCount })}
            </LabelTag>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <Table<MeetingSummary>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 960 }}
      pagination={serverPagination(page, onPageChange, t)}
      locale={{ emptyText: t('gov.meetings.empty') }}
    />
  );
}
