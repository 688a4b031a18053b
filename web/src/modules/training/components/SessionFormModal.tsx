import { Col, DatePicker, Form, Input, Row, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, toIsoDate } from '../../talent/utils/dates';
import { useTrainingMutations } from '../hooks/useTrainingMutations';
import type { Programme, Session } from '../types';

type Values = { date: Dayjs; startTime: Dayjs; endTime: Dayjs; topic: string };

export type SessionFormModalProps = { programme: Programme; isOpen: boolean; onClose: () => void; onSaved: (session: Session) => void };

/** 添加课次: a day and time of the programme and its topic. */
export function SessionFormModal({ programme, isOpen, onClose, onSaved }: SessionFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { addSession } = useTrainingMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const required = { required: true, message: t('validation.required') };

  async function handleFinish(values: Values) {
    await submit(
      async () =>
        onSaved(
          await addSession(programme.id, {
            date: toIsoDate(values.date) ?? '',
            startTime: values.startTime.format('HH:mm'),
            endTime: values.endTime.format('HH:mm'),
            topic: values.topic,
          }),
        ),
      { form, fields: ['date', 'startTime', 'endTime', 'topic'] },
    );
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={t('training.session.createTitle')}
      form={form}
      initialValues={{ date: fromIsoDate(programme.startsOn) ?? undefined, startTime: dayjs('09:00', 'HH:mm'), endTime: dayjs('17:00', 'HH:mm') }}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('common.save')}
    >
      <Form.Item name="date" label={t('training.session.date')} rules={[required]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="startTime" label={t('training.booking.startTime')} rules={[required]}>
            <TimePicker format="HH:mm" minuteStep={15} needConfirm={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="endTime" label={t('training.booking.endTime')} rules={[required]}>
            <TimePicker format="HH:mm" minuteStep={15} needConfirm={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="topic" label={t('training.session.topic')} rules={[required, { max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
