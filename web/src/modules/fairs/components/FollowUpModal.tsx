import { Form, Input, Select } from 'antd';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../../../../src/modules/fairs/fairs.codes';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { useFairMutations } from '../hooks/useFairMutations';
import type { Intent } from '../types';

type Values = { status: FollowUpStatus; note?: string };

export type FollowUpModalProps = { intent: Intent | null; onClose: () => void; onSaved: (intent: Intent) => void };

function isFollowUpStatus(value: string | null): value is FollowUpStatus {
  return value !== null && (FOLLOW_UP_STATUSES as readonly string[]).includes(value);
}

/** 更新跟进: where the operator's follow-up of an intent stands (contacted, interviewing, hired, closed). */
export function FollowUpModal({ intent, onClose, onSaved }: FollowUpModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { updateFollowUp } = useFairMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    if (!intent) return;
    await submit(async () => onSaved(await updateFollowUp(intent, values.status, values.note?.trim() || null)), { form, fields: ['status', 'note'] });
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  return (
    <FormModal<Values>
      isOpen={intent !== null}
      title={intent ? t('fairs.followUp.title', { name: intent.seeker.name, position: intent.position.title }) : ''}
      form={form}
      formKey={intent?.id}
      initialValues={{ status: intent && isFollowUpStatus(intent.followUpStatus) ? intent.followUpStatus : 'contacted', note: intent?.followUpNote ?? undefined }}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('common.save')}
    >
      {intent ? (
        <>
          <Form.Item name="status" label={t('fairs.followUp.status')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select options={FOLLOW_UP_STATUSES.map((value) => ({ value, label: t(`fairs.followUpStatus.${value}`) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('fairs.followUp.note')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}
