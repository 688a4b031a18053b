import { DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../i18n/useT';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useConsultationMutations } from '../hooks/useConsultationMutations';
import { type Consultation, CONSULTATION_TOPICS, type ConsultationTopic } from '../types';
import { type PickedSeeker, SeekerPicker } from './SeekerPicker';

type Values = {
  /** Named as the server's field, so that its problems appear under the picker. */
  seekerId?: PickedSeeker;
  heldOn: Dayjs;
  topic: ConsultationTopic;
  notes?: string;
  followUpOn?: Dayjs | null;
};

const FIELDS = ['seekerId', 'heldOn', 'topic', 'notes', 'followUpOn'] as const;

export type ConsultationFormModalProps = {
  isOpen: boolean;
  /** The consultation being corrected; absent to log a new one. */
  consultation?: Consultation | null;
  /** Logging from a seeker's page: the seeker is fixed. */
  seeker?: PickedSeeker | null;
  onClose: () => void;
  onSaved: (consultation: Consultation) => void;
};

/** 记录咨询 / 编辑咨询: seeker, date, topic, notes and follow-up date. */
export function ConsultationFormModal({ isOpen, consultation, seeker, onClose, onSaved }: ConsultationFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { logConsultation, updateConsultation } = useConsultationMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const isEdit = Boolean(consultation);
  const fixedSeeker = consultation ? { value: consultation.seekerId, label: consultation.seekerName } : (seeker ?? null);
  const title = isEdit ? t('consult.edit.title') : t('consult.log.title');

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const fields = {
          heldOn: toIsoDate(values.heldOn) ?? '',
          topic: values.topic,
          notes: textOrNull(values.notes),
          followUpOn: toIsoDate(values.followUpOn),
        };
        const saved = consultation
          ? await updateConsultation(consultation.id, { ...fields, updatedAt: consultation.updatedAt })
          : await logConsultation({ ...fields, seekerId: fixedSeeker?.value ?? values.seekerId?.value ?? '' });
        onSaved(saved);
      },
      { form, fields: FIELDS },
    );
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  const initialValues: Partial<Values> = consultation
    ? {
        heldOn: fromIsoDate(consultation.heldOn) ?? dayjs(),
        topic: consultation.topic,
        notes: consultation.notes ?? undefined,
        followUpOn: fromIsoDate(consultation.followUpOn),
      }
    : { heldOn: dayjs() };

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={title}
      form={form}
      formKey={consultation ? `${consultation.id}:${consultation.updatedAt}` : `new:${fixedSeeker?.value ?? ''}`}
      initialValues={initialValues}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={isEdit ? t('common.save') : t('consult.log.submit')}
    >
      {fixedSeeker ? (
        <Typography.Paragraph>
          {t('consult.field.seeker')}：<Typography.Text strong>{fixedSeeker.label}</Typography.Text>
        </Typography.Paragraph>
      ) : (
        <Form.Item name="seekerId" label={t('consult.field.seeker')} rules={[{ required: true, message: t('consult.seeker.required') }]}>
          <SeekerPicker />
        </Form.Item>
      )}
      <Form.Item name="heldOn" label={t('consult.field.heldOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="topic" label={t('consult.field.topic')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={CONSULTATION_TOPICS.map((value) => ({ value, label: t(`consult.topic.${value}`) }))} />
      </Form.Item>
      <Form.Item name="notes" label={t('consult.field.notes')} rules={[{ max: 4000, message: t('validation.maxLength', { max: 4000 }) }]}>
        <Input.TextArea rows={4} showCount maxLength={4000} />
      </Form.Item>
      <Form.Item name="followUpOn" label={t('consult.field.followUpOn')} extra={t('consult.field.followUpOn.help')}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
