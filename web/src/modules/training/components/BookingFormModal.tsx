import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, toIsoDate } from '../../talent/utils/dates';
import { useTrainingMutations } from '../hooks/useTrainingMutations';
import type { Booking, TrainingBase } from '../types';
import { chinaToday, timeChoices } from '../utils/calendar';
import { OrganisationSelect } from './OrganisationSelect';

type Values = {
  baseId: string;
  organisationId?: string;
  date: Dayjs;
  startTime: string;
  endTime: string;
  stations: number;
  trainees: number;
  purpose: string;
};

const FIELDS = ['baseId', 'organisationId', 'date', 'startTime', 'endTime', 'stations', 'trainees', 'purpose'] as const;
const BOOKING_TYPES = ['school', 'enterprise'] as const;

export type BookingFormModalProps = {
  isOpen: boolean;
  bases: TrainingBase[];
  /** Base and day chosen on the calendar. */
  initial: { baseId?: string | undefined; date?: string | undefined };
  /** Operators book on behalf of a school or an enterprise and may enter past bookings. */
  isOperator: boolean;
  onClose: () => void;
  onSaved: (booking: Booking) => void;
};

/** 预约实训基地: date, time range, stations and trainees; a conflict comes back naming the bookings in the way. */
export function BookingFormModal({ isOpen, bases, initial, isOperator, onClose, onSaved }: BookingFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { createBooking } = useTrainingMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const baseId = Form.useWatch('baseId', form);
  const base = bases.find((b) => b.id === baseId);
  const times = base ? timeChoices(base.opensAt, base.closesAt) : [];
  const required = { required: true, message: t('validation.required') };
  const today = chinaToday();

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        onSaved(
          await createBooking({
            baseId: values.baseId,
            ...(isOperator ? { organisationId: values.organisationId } : {}),
            date: toIsoDate(values.date) ?? '',
            startTime: values.startTime,
            endTime: values.endTime,
            stations: values.stations,
            trainees: values.trainees,
            purpose: values.purpose,
          }),
        );
      },
      { form, fields: FIELDS },
    );
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={t('training.booking.createTitle')}
      form={form}
      formKey={`${initial.baseId ?? ''}:${initial.date ?? ''}`}
      initialValues={{ baseId: initial.baseId, date: fromIsoDate(initial.date ?? today) ?? undefined }}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('training.booking.submit')}
    >
      <Form.Item name="baseId" label={t('training.booking.base')} rules={[required]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={bases.filter((b) => b.status === 'operating').map((b) => ({ value: b.id, label: b.name }))} />
      </Form.Item>
      {isOperator ? (
        <Form.Item name="organisationId" label={t('training.booking.organisation')} rules={[required]} extra={t('training.booking.organisationHelp')}>
          <OrganisationSelect types={BOOKING_TYPES} />
        </Form.Item>
      ) : null}
      <Form.Item name="date" label={t('training.booking.date')} rules={[required]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} disabledDate={isOperator ? undefined : (d) => d.format('YYYY-MM-DD') < today} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="startTime" label={t('training.booking.startTime')} rules={[required]}>
            <Select virtual={false} options={times.slice(0, -1).map((value) => ({ value, label: value }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="endTime" label={t('training.booking.endTime')} rules={[required]}>
            <Select virtual={false} options={times.slice(1).map((value) => ({ value, label: value }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="stations" label={t('training.booking.stations')} rules={[required]} extra={base ? t('training.booking.ofStations', { total: base.stations }) : undefined}>
            <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="trainees" label={t('training.booking.trainees')} rules={[required]} extra={base ? t('training.booking.ofCapacity', { total: base.capacity }) : undefined}>
            <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="purpose" label={t('training.booking.purpose')} rules={[required, { max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
        <Input placeholder={t('training.booking.purposePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
