import { Form, InputNumber, Typography } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { useTrainingMutations } from '../hooks/useTrainingMutations';
import type { Booking } from '../types';

type Values = { attendedTrainees: number; attendedHours: number };

export type RecordUseModalProps = { booking: Booking | null; onClose: () => void; onSaved: (booking: Booking) => void };

function bookedHours(booking: Booking): number {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return (minutes(booking.endTime) - minutes(booking.startTime)) / 60;
}

/** 登记使用: the trainees who came and how long they trained, counted as trainee-hours against capacity. */
export function RecordUseModal({ booking, onClose, onSaved }: RecordUseModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { recordUse } = useTrainingMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const required = { required: true, message: t('validation.required') };

  async function handleFinish(values: Values) {
    if (!booking) return;
    await submit(async () => onSaved(await recordUse(booking.id, { version: booking.version, ...values })), {
      form,
      fields: ['attendedTrainees', 'attendedHours'],
    });
  }

  return (
    <FormModal<Values>
      isOpen={booking !== null}
      title={t('training.booking.recordUseTitle')}
      form={form}
      formKey={booking ? `${booking.id}:${booking.version}` : 'none'}
      initialValues={booking ? { attendedTrainees: booking.attendedTrainees ?? booking.trainees, attendedHours: booking.attendedHours ?? bookedHours(booking) } : undefined}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('common.save')}
      intro={
        booking ? (
          <Typography.Paragraph>
            {t('training.booking.cancelIntro', { date: booking.date, time: `${booking.startTime}–${booking.endTime}`, base: booking.baseName })}
          </Typography.Paragraph>
        ) : null
      }
    >
      {booking ? (
        <>
          <Form.Item name="attendedTrainees" label={t('training.booking.attendedTrainees')} rules={[required]}>
            <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="attendedHours" label={t('training.booking.attendedHours')} rules={[required]} extra={t('training.booking.attendedHoursHelp')}>
            <InputNumber min={0.5} max={24} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}
