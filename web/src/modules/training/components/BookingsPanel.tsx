import { App, Flex, Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { type BookingFilters, useBookings } from '../hooks/useTrainingQueries';
import { BOOKING_STATUSES, type Booking, type TrainingBase } from '../types';
import { BookingTable } from './BookingTable';
import { CancelBookingModal } from './CancelBookingModal';
import { RecordUseModal } from './RecordUseModal';

export type BookingsPanelProps = { bases: TrainingBase[]; canBook: boolean; isOperator: boolean; isZoneWide: boolean };

/** 预约记录: the zone's bookings for zone staff, the organisation's own otherwise, with cancel and use. */
export function BookingsPanel({ bases, canBook, isOperator, isZoneWide }: BookingsPanelProps) {
  const t = useT();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<BookingFilters>({ page: 1, pageSize: 20 });
  const { data, error, isLoading, reload } = useBookings(filters);
  const [cancelling, setCancelling] = useState<Booking | null>(null);
  const [recording, setRecording] = useState<Booking | null>(null);

  function handleSaved(text: string) {
    void message.success(text);
    setCancelling(null);
    setRecording(null);
    reload();
  }

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <Select<string>
          aria-label={t('training.booking.base')}
          allowClear
          placeholder={t('training.bookings.allBases')}
          value={filters.baseId}
          onChange={(baseId) => setFilters({ ...filters, baseId, page: 1 })}
          options={bases.map((b) => ({ value: b.id, label: b.name }))}
          style={{ minWidth: 260 }}
        />
        <Select<string>
          aria-label={t('training.booking.status')}
          allowClear
          placeholder={t('training.bookings.allStatuses')}
          value={filters.status}
          onChange={(status) => setFilters({ ...filters, status, page: 1 })}
          options={BOOKING_STATUSES.map((value) => ({ value, label: t(`training.bookingStatus.${value}`) }))}
          style={{ minWidth: 140 }}
        />
        <Select<'recorded' | 'missing'>
          aria-label={t('training.booking.use')}
          allowClear
          placeholder={t('training.bookings.anyUse')}
          value={filters.use}
          onChange={(use) => setFilters({ ...filters, use, page: 1 })}
          options={[
            { value: 'missing', label: t('training.bookings.useMissing') },
            { value: 'recorded', label: t('training.bookings.useRecorded') },
          ]}
          style={{ minWidth: 160 }}
        />
      </Flex>
      {error ? <ErrorAlert error={error} /> : null}
      <BookingTable
        page={data}
        isLoading={isLoading}
        onPageChange={(page, pageSize) => setFilters({ ...filters, page, pageSize })}
        showsOrganisation={isZoneWide}
        {...(canBook ? { actions: { isOperator, onCancel: setCancelling, onRecordUse: setRecording } } : {})}
      />
      <CancelBookingModal booking={cancelling} onClose={() => setCancelling(null)} onSaved={() => handleSaved(t('training.booking.cancelDone'))} />
      <RecordUseModal booking={recording} onClose={() => setRecording(null)} onSaved={() => handleSaved(t('training.booking.recordUseDone'))} />
    </Flex>
  );
}
