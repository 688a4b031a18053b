import { Form, Input, Typography } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { textOrNull } from '../../talent/utils/dates';
import { useTrainingMutations } from '../hooks/useTrainingMutations';
import type { Booking } from '../types';

type Values = { reason?: string };

export type CancelBookingModalProps = { booking: Booking | null; onClose: () => void; onSaved: (booking: Booking) => void };

/** 取消预约, with an optional reason; the stations are free again at once. */
export function CancelBookingModal({ booking, onClose, onSaved }: CancelBookingModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { cancelBooking } = useTrainingMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    if (!booking) return;
    await submit(async () => onSaved(await cancelBooking(booking, textOrNull(values.reason))), { form, fields: ['reason'] });
  }

  return (
    <FormModal<Values>
      isOpen={booking !== null}
      title={t('training.booking.cancelTitle')}
      form={form}
      formKey={booking ? `${booking.id}:${booking.version}` : 'none'}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('training.booking.cancelSubmit')}
      intro={
        booking ? (
          <Typography.Paragraph>
            {t('training.booking.cancelIntro', { date: booking.date, time: `${booking.startTime}–${booking.endTime}`, base: booking.baseName })}
          </Typography.Paragraph>
        ) : null
      }
    >
      {booking ? (
        <Form.Item name="reason" label={t('training.booking.cancelReason')}>
          <Input maxLength={500} />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
