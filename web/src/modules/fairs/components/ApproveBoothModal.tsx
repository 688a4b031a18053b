import { Form, Input } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { useFairMutations } from '../hooks/useFairMutations';
import type { Booth } from '../types';

type Values = { boothNumber: string };

export type ApproveBoothModalProps = {
  booth: Booth | null;
  /** A suggestion: the next free number after those already given. */
  suggestedNumber: string;
  onClose: () => void;
  onApproved: (booth: Booth) => void;
};

/** 审核通过: assign the booth number; a number already given at this fair shows under the field. */
export function ApproveBoothModal({ booth, suggestedNumber, onClose, onApproved }: ApproveBoothModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { approveBooth } = useFairMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    if (!booth) return;
    await submit(async () => onApproved(await approveBooth(booth, values.boothNumber.trim().toUpperCase())), { form, fields: ['boothNumber'] });
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  const title = booth ? t('fairs.booth.approveTitle', { organisation: booth.organisation.name }) : t('fairs.booth.approve');
  return (
    <FormModal<Values>
      isOpen={booth !== null}
      title={title}
      form={form}
      formKey={booth?.id}
      initialValues={{ boothNumber: suggestedNumber }}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('fairs.booth.approveSubmit')}
    >
      {booth ? (
        <Form.Item
          name="boothNumber"
          label={t('fairs.booth.number')}
          extra={t('fairs.booth.numberHelp')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { pattern: /^[A-Za-z0-9][A-Za-z0-9-]{0,11}$/, message: t('fairs.booth.numberFormat') },
          ]}
        >
          <Input maxLength={12} autoComplete="off" />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
