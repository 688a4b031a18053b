import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { useBookingCalendar } from '../hooks/useTrainingQueries';
import type { Booking, TrainingBase } from '../types';
import { type CalendarView, calendarWeeks, chinaToday } from '../utils/calendar';
import { BookingCalendar } from './BookingCalendar';
import { BookingFormModal } from './BookingFormModal';

export type CalendarPanelProps = {
  bases: TrainingBase[];
  baseId: string | undefined;
  onBaseChange: (baseId: string) => void;
  canBook: boolean;
  isOperator: boolean;
};

/** The booking calendar of one base and the booking form it opens. */
export function CalendarPanel({ bases, baseId, onBaseChange, canBook, isOperator }: CalendarPanelProps) {
  const t = useT();
  const { message } = App.useApp();
  const [view, setView] = useState<CalendarView>('month');
  const [anchor, setAnchor] = useState(chinaToday());
  const [booking, setBooking] = useState<{ date?: string } | null>(null);
  const weeks = calendarWeeks(view, anchor);
  const calendar = useBookingCalendar(baseId, weeks[0]?.[0] ?? anchor, weeks[weeks.length - 1]?.[6] ?? anchor);

  function handleSaved(saved: Booking) {
    void message.success(t('training.booking.done', { date: saved.date, time: `${saved.startTime}–${saved.endTime}` }));
    setBooking(null);
    setAnchor(saved.date);
    calendar.reload();
  }

  return (
    <Flex vertical gap={12}>
      {canBook ? (
        <Flex justify="end">
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setBooking({})}>
            {t('training.booking.createTitle')}
          </Button>
        </Flex>
      ) : null}
      <BookingCalendar
        bases={bases}
        baseId={baseId}
        onBaseChange={onBaseChange}
        view={view}
        onViewChange={setView}
        anchor={anchor}
        onAnchorChange={setAnchor}
        weeks={weeks}
        calendar={calendar.data}
        isLoading={calendar.isLoading}
        error={calendar.error}
        {...(canBook ? { onBook: (date: string) => setBooking({ date }) } : {})}
      />
      {canBook ? (
        <BookingFormModal
          isOpen={booking !== null}
          bases={bases}
          initial={{ baseId, date: booking?.date }}
          isOperator={isOperator}
          onClose={() => setBooking(null)}
          onSaved={handleSaved}
        />
      ) : null}
    </Flex>
  );
}
