import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { formatClock } from '../utils/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { LiveApplication } from '../types';

export type HostApplicationsProps = { applications: LiveApplication[]; isLoading: boolean };

/** Applications made during the session, newest first, as they arrive. */
export function HostApplications({ applications, isLoading }: HostApplicationsProps) {
  const t = useT();
  const components = useTableCaption(t('live.host.applications.caption'));
  const sorted = [...applications].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const columns: ColumnsType<LiveApplication> = [
    { title: t('live.host.applications.time'), key: 'time', width: 90, render: (_v, a) => formatClock(a.createdAt) },
    {
      title: t('live.host.applications.seeker'),
      key: 'seeker',
      render: (_v, a) => {
        const background = [a.seeker.school, a.seeker.major].filter(Boolean).join(' · ');
        return (
          <>
            {a.seeker.name}
            {background ? (
              <>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {background}
                </Typography.Text>
              </>
            ) : null}
          </>
        );
      },
    },
    { title: t('live.host.applications.position'), key: 'position', render: (_v, a) => a.position.title },
  ];
  return (
    <Table<LiveApplication>
      size="small"
      rowKey="applicationId"
      components={components}
      columns={columns}
      dataSource={sorted}
      loading={isLoading && applications.length === 0}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('live.host.applications.empty') }}
    />
  );
}
