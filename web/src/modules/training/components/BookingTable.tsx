import { Button, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Booking, BookingPage } from '../types';
import { chinaToday } from '../utils/calendar';

export type BookingTableProps = {
  page: BookingPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  /** Whether the list shows whose booking it is (zone staff). */
  showsOrganisation: boolean;
  /** Actions for those who book; absent for readers. */
  actions?: { isOperator: boolean; onCancel: (booking: Booking) => void; onRecordUse: (booking: Booking) => void };
};

/** Bookings, newest day first, with their use once recorded. */
export function BookingTable({ page, isLoading, onPageChange, showsOrganisation, actions }: BookingTableProps) {
  const t = useT();
  const components = useTableCaption(t('training.bookings.caption'));
  const today = chinaToday();
  const columns: ColumnsType<Booking> = [
    { title: t('training.booking.date'), key: 'date', width: 110, render: (_v, b) => formatDate(b.date) },
    { title: t('training.booking.time'), key: 'time', width: 110, render: (_v, b) => `${b.startTime}–${b.endTime}` },
    { title: t('training.booking.base'), dataIndex: 'baseName', key: 'base', width: 200 },
    ...(showsOrganisation ? [{ title: t('training.booking.organisation'), dataIndex: 'organisationName', key: 'organisation', width: 180 }] : []),
    {
      title: t('training.booking.size'),
      key: 'size',
      width: 130,
      render: (_v, b) => t('training.calendar.slotSize', { stations: b.stations, trainees: b.trainees }),
    },
    { title: t('training.booking.purpose'), dataIndex: 'purpose', key: 'purpose' },
    {
      title: t('training.booking.use'),
      key: 'use',
      width: 170,
      render: (_v, b) =>
        b.status === 'cancelled' ? (
          <LabelTag>{t('training.bookingStatus.cancelled')}</LabelTag>
        ) : b.traineeHours !== null ? (
          <Typography.Text>{t('training.booking.useValue', { trainees: b.attendedTrainees ?? 0, hours: b.attendedHours ?? 0, total: b.traineeHours })}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{b.date > today ? t('training.booking.upcoming') : t('training.booking.useMissing')}</Typography.Text>
        ),
    },
    ...(actions
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 170,
            render: (_v: unknown, b: Booking) => {
              const label = `${b.date} ${b.startTime}–${b.endTime} ${b.baseName}`;
              const canCancel = b.status === 'confirmed' && b.useRecordedAt === null && (actions.isOperator || b.date > today);
              const canRecord = b.status === 'confirmed' && b.date <= today;
              return (
                <Flex gap={8} wrap>
                  {canRecord ? (
                    <Button size="small" onClick={() => actions.onRecordUse(b)} aria-label={t('training.booking.recordUseFor', { booking: label })}>
                      {t('training.booking.recordUse')}
                    </Button>
                  ) : null}
                  {canCancel ? (
                    <Button size="small" danger onClick={() => actions.onCancel(b)} aria-label={t('training.booking.cancelFor', { booking: label })}>
                      {t('training.booking.cancel')}
                    </Button>
                  ) : null}
                </Flex>
              );
            },
          },
        ]
      : []),
  ];
  return (
    <Table<Booking>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 1100 }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('training.bookings.empty') }}
    />
  );
}
