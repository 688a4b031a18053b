import { Button, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Session } from '../types';
import { chinaToday } from '../utils/calendar';

export type SessionTableProps = { sessions: Session[]; isLoading: boolean; trainees: number; onTakeAttendance?: (session: Session) => void };

/** 课次: each class with how many were present once attendance is taken. */
export function SessionTable({ sessions, isLoading, trainees, onTakeAttendance }: SessionTableProps) {
  const t = useT();
  const components = useTableCaption(t('training.sessions.caption'));
  const today = chinaToday();
  const columns: ColumnsType<Session> = [
    { title: t('training.session.date'), dataIndex: 'date', key: 'date', width: 120 },
    { title: t('training.booking.time'), key: 'time', width: 120, render: (_v, s) => `${s.startTime}–${s.endTime}` },
    { title: t('training.session.topic'), dataIndex: 'topic', key: 'topic' },
    {
      title: t('training.attendance.present'),
      key: 'present',
      width: 140,
      render: (_v, s) =>
        s.isRecorded ? t('training.session.presentValue', { present: s.present, trainees }) : <Typography.Text type="secondary">{t('training.session.notRecorded')}</Typography.Text>,
    },
    ...(onTakeAttendance
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 120,
            render: (_v: unknown, s: Session) =>
              s.date <= today ? (
                <Button size="small" onClick={() => onTakeAttendance(s)} aria-label={t('training.attendance.takeFor', { date: s.date, topic: s.topic })}>
                  {t('training.attendance.take')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];
  return (
    <Table<Session>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={sessions}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 700 }}
      locale={{ emptyText: t('training.sessions.empty') }}
    />
  );
}
