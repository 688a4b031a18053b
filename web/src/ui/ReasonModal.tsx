import { Form, Input } from 'antd';
import { useFormSubmit } from '../api/useFormSubmit';
import { useT } from '../i18n/useT';
import { FormModal } from './FormModal';

type Values = { reason: string };

export type ReasonModalProps = {
  isOpen: boolean;
  title: string;
  label: string;
  submitLabel: string;
  /** Sends the reason; an error it throws shows in the dialog. */
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
};

/** A dialog that asks why (rejecting a booth, cancelling a fair or a live session) before doing it. */
export function ReasonModal({ isOpen, title, label, submitLabel, onSubmit, onClose }: ReasonModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    await submit(() => onSubmit(values.reason.trim()), { form, fields: ['reason'] });
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={title}
      form={form}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={submitLabel}
    >
      <Form.Item
        name="reason"
        label={label}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: 500, message: t('validation.maxLength', { max: 500 }) },
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
