import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { formatEventTime } from '../../../ui/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { ConsoleLiveSession, ConsoleLiveSessionPage } from '../types';
import { LiveStatusTag } from './LiveStatusTag';

export type LiveSessionTableProps = { page: ConsoleLiveSessionPage | undefined; isLoading: boolean; onPageChange: (page: number, pageSize: number) => void };

/** The zone's live sessions with what each may do next: run it, edit it, or look back at it. */
export function LiveSessionTable({ page, isLoading, onPageChange }: LiveSessionTableProps) {
  const t = useT();
  const language = useLanguage();
  const components = useTableCaption(t('live.sessions.caption'));
  const columns: ColumnsType<ConsoleLiveSession> = [
    {
      title: t('live.field.title'),
      key: 'title',
      width: 300,
      render: (_v, s) => (
        <>
          {s.canManage && s.status !== 'cancelled' ? <Link to={`/console/live/${s.id}/host`}>{s.title}</Link> : s.title}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {s.hostOrganisation?.name ?? t('live.host.park')}
          </Typography.Text>
        </>
      ),
    },
    { title: t('live.field.time'), key: 'time', width: 240, render: (_v, s) => formatEventTime(s.startsAt, s.endsAt, language) },
    { title: t('live.field.status'), key: 'status', width: 90, render: (_v, s) => <LiveStatusTag status={s.status} /> },
    { title: t('live.field.positions'), key: 'positions', width: 70, render: (_v, s) => s.items.length },
    { title: t('live.counters.applications'), key: 'applications', width: 70, render: (_v, s) => s.counters.applications },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_v, s) => (
        <Flex wrap gap={8}>
          {s.canManage && (s.status === 'scheduled' || s.status === 'live') ? (
            <Link to={`/console/live/${s.id}/host`} aria-label={t('live.action.hostFor', { title: s.title })}>
              {t('live.action.host')}
            </Link>
          ) : null}
          {s.canManage && s.status === 'scheduled' ? (
            <Link to={`/console/live/${s.id}/edit`} aria-label={t('live.action.editFor', { title: s.title })}>
              {t('common.edit')}
            </Link>
          ) : null}
          <Link to={`/console/live/${s.id}/replay`} aria-label={t('live.action.replayFor', { title: s.title })}>
            {t('live.action.replay')}
          </Link>
          <Link to={`/live/${s.id}`} aria-label={t('live.action.viewFor', { title: s.title })}>
            {t('live.action.view')}
          </Link>
        </Flex>
      ),
    },
  ];
  return (
    <Table<ConsoleLiveSession>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 940 }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('live.sessions.empty') }}
    />
  );
}
