import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useGovernanceMutations } from '../hooks/useGovernanceMutations';
import { type Appointment, OUTCOME_KINDS, type OutcomeKind } from '../types';

type Values = { kind: OutcomeKind; title: string; detail?: string; occurredOn?: Dayjs | null };
const FIELDS = ['kind', 'title', 'detail', 'occurredOn'] as const;

export type OutcomeFormModalProps = { isOpen: boolean; appointmentId: string; onClose: () => void; onSaved: (appointment: Appointment) => void };

/** 添加成果: a course taught, a project, a problem solved. */
export function OutcomeFormModal({ isOpen, appointmentId, onClose, onSaved }: OutcomeFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { addOutcome } = useGovernanceMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    await submit(
      async () => onSaved(await addOutcome(appointmentId, { kind: values.kind, title: values.title, detail: textOrNull(values.detail), occurredOn: toIsoDate(values.occurredOn) })),
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
      title={t('gov.outcomes.create')}
      form={form}
      formKey={`outcome:${appointmentId}`}
      initialValues={{ kind: 'course' }}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('gov.outcomes.create')}
    >
      <Form.Item name="kind" label={t('gov.field.outcomeKind')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={OUTCOME_KINDS.map((value) => ({ value, label: t(`gov.outcomeKind.${value}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('gov.field.outcome')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="detail" label={t('gov.field.detail')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="occurredOn" label={t('gov.field.occurredOn')}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
