import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Select, Typography } from 'antd';
import type { ApiError } from '../../../api/ApiError';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LabelTag } from '../../../ui/LabelTag';
import { useIsPhone } from '../../../ui/useIsPhone';
import type { Calendar, CalendarSlot, TrainingBase } from '../types';
import { addDays, type CalendarView, chinaToday, shiftMonth } from '../utils/calendar';

export type BookingCalendarProps = {
  bases: TrainingBase[];
  baseId: string | undefined;
  onBaseChange: (baseId: string) => void;
  view: CalendarView;
  onViewChange: (view: CalendarView) => void;
  /** Any day of the month or week shown. */
  anchor: string;
  onAnchorChange: (date: string) => void;
  /** The weeks shown (one for the week view), Monday first. */
  weeks: string[][];
  calendar: Calendar | undefined;
  isLoading: boolean;
  error: ApiError | undefined;
  /** Offered on open days from today when the user may book. */
  onBook?: (date: string) => void;
};

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;

function SlotTag({ slot, isDetailed }: { slot: CalendarSlot; isDetailed: boolean }) {
  const t = useT();
  const who = slot.booking ? slot.booking.organisationName : t('training.calendar.occupied');
  const tone = slot.isOwn ? 'info' : slot.booking ? 'teal' : 'neutral';
  return (
    <LabelTag tone={tone} style={{ whiteSpace: 'normal', marginInlineEnd: 0, width: '100%' }}>
      <div>
        {slot.startTime}–{slot.endTime} {who}
      </div>
      <div>{t('training.calendar.slotSize', { stations: slot.stations, trainees: slot.trainees })}</div>
      {isDetailed && slot.booking ? <div>{slot.booking.purpose}</div> : null}
    </LabelTag>
  );
}

/** 预约日历: a base's bookings by month or week; others' bookings show only as occupied to schools and enterprises. */
export function BookingCalendar(props: BookingCalendarProps) {
  const { bases, baseId, onBaseChange, view, onViewChange, anchor, onAnchorChange, weeks, calendar, isLoading, error, onBook } = props;
  const t = useT();
  const isPhone = useIsPhone();
  const from = weeks[0]?.[0] ?? anchor;
  const to = weeks[weeks.length - 1]?.[6] ?? anchor;
  const base = bases.find((b) => b.id === baseId);
  const today = chinaToday();
  const slotsByDay = new Map<string, CalendarSlot[]>();
  for (const slot of calendar?.slots ?? []) slotsByDay.set(slot.date, [...(slotsByDay.get(slot.date) ?? []), slot]);
  const title =
    view === 'month'
      ? t('training.calendar.monthTitle', { year: Number(anchor.slice(0, 4)), month: Number(anchor.slice(5, 7)) })
      : t('training.calendar.weekTitle', { from, to });
  const canBookOn = (date: string) => Boolean(onBook) && base?.status === 'operating' && date >= today;

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Flex wrap gap={8} align="center">
          <Select<string>
            aria-label={t('training.calendar.base')}
            value={baseId}
            onChange={onBaseChange}
            style={{ minWidth: 280 }}
            options={bases.map((b) => ({ value: b.id, label: b.name }))}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('training.calendar.chooseBase')}
          />
          <Segmented<CalendarView>
            aria-label={t('training.calendar.view')}
            value={view}
            onChange={onViewChange}
            options={[
              { value: 'month', label: t('training.calendar.month') },
              { value: 'week', label: t('training.calendar.week') },
            ]}
          />
        </Flex>
        <Flex gap={8} align="center">
          <Button
            icon={<LeftOutlined aria-hidden="true" />}
            aria-label={view === 'month' ? t('training.calendar.previousMonth') : t('training.calendar.previousWeek')}
            onClick={() => onAnchorChange(view === 'month' ? shiftMonth(anchor, -1) : addDays(anchor, -7))}
          />
          <Typography.Text strong aria-live="polite">
            {title}
          </Typography.Text>
          <Button
            icon={<RightOutlined aria-hidden="true" />}
            aria-label={view === 'month' ? t('training.calendar.nextMonth') : t('training.calendar.nextWeek')}
            onClick={() => onAnchorChange(view === 'month' ? shiftMonth(anchor, 1) : addDays(anchor, 7))}
          />
          <Button onClick={() => onAnchorChange(today)}>{t('training.calendar.today')}</Button>
        </Flex>
      </Flex>
      {base ? (
        <Typography.Text type="secondary">
          {t('training.calendar.baseFacts', { stations: base.stations, capacity: base.capacity, opens: base.opensAt, closes: base.closesAt })}
        </Typography.Text>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      {isPhone ? (
        // On a phone the days run down the screen: the month's (or week's) days, each with its slots.
        <ul aria-label={`${base?.name ?? ''} ${title}`} aria-busy={isLoading} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {weeks
            .flat()
            .filter((date) => view === 'week' || date.slice(0, 7) === anchor.slice(0, 7))
            .map((date) => {
              const slots = slotsByDay.get(date) ?? [];
              return (
                <li key={date} style={{ borderBottom: '1px solid #f0f0f0', padding: '8px 0', background: date === today ? '#e6f4ff' : undefined }}>
                  <Flex justify="space-between" align="center">
                    <Typography.Text strong={date === today}>
                      {date.slice(5)} {t(`training.weekday.${new Date(`${date}T00:00:00Z`).getUTCDay() as 0 | 1 | 2 | 3 | 4 | 5 | 6}`)}
                    </Typography.Text>
                    {canBookOn(date) && onBook ? (
                      <Button size="small" icon={<PlusOutlined aria-hidden="true" />} aria-label={t('training.calendar.bookOn', { date })} onClick={() => onBook(date)} />
                    ) : null}
                  </Flex>
                  <Flex vertical gap={4} style={{ marginTop: slots.length ? 4 : 0 }}>
                    {slots.map((slot) => (
                      <SlotTag key={`${slot.startTime}-${slot.endTime}-${slot.booking?.id ?? slot.stations}-${slot.trainees}`} slot={slot} isDetailed />
                    ))}
                  </Flex>
                </li>
              );
            })}
        </ul>
      ) : (
        <div style={{ overflowX: 'auto' }} aria-busy={isLoading}>
          <table className="qiao-calendar" style={{ width: '100%', minWidth: 840, borderCollapse: 'collapse', tableLayout: 'fixed' }}>
            <caption className="sr-only">{`${base?.name ?? ''} ${title}`}</caption>
            <thead>
              <tr>
                {WEEKDAYS.map((d) => (
                  <th key={d} scope="col" style={{ padding: 6, borderBottom: '1px solid #d9d9d9', textAlign: 'start' }}>
                    {t(`training.weekday.${d}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week[0]}>
                  {week.map((date) => {
                    const slots = slotsByDay.get(date) ?? [];
                    const isOtherMonth = view === 'month' && date.slice(0, 7) !== anchor.slice(0, 7);
                    return (
                      <td
                        key={date}
                        style={{
                          verticalAlign: 'top',
                          border: '1px solid #f0f0f0',
                          padding: 6,
                          height: view === 'month' ? 110 : 220,
                          background: date === today ? '#e6f4ff' : isOtherMonth ? '#fafafa' : undefined,
                        }}
                      >
                        <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
                          <Typography.Text type={isOtherMonth ? 'secondary' : undefined} strong={date === today}>
                            {view === 'month' ? Number(date.slice(8)) : date.slice(5)}
                          </Typography.Text>
                          {canBookOn(date) && onBook ? (
                            <Button
                              size="small"
                              type="text"
                              icon={<PlusOutlined aria-hidden="true" />}
                              aria-label={t('training.calendar.bookOn', { date })}
                              onClick={() => onBook(date)}
                            />
                          ) : null}
                        </Flex>
                        <Flex vertical gap={4}>
                          {slots.map((slot) => (
                            <SlotTag key={`${slot.startTime}-${slot.endTime}-${slot.booking?.id ?? slot.stations}-${slot.trainees}`} slot={slot} isDetailed={view === 'week'} />
                          ))}
                        </Flex>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Flex gap={8} wrap>
        <LabelTag tone="info">{t('training.calendar.legendOwn')}</LabelTag>
        <LabelTag tone="teal">{t('training.calendar.legendOther')}</LabelTag>
        <LabelTag>{t('training.calendar.legendOccupied')}</LabelTag>
      </Flex>
    </Flex>
  );
}
