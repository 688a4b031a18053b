import { Form, Input, InputNumber, Select } from 'antd';
import type { Page } from '../../../api/types';
import { useApiQuery } from '../../../api/useApiQuery';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import type { Position } from '../../positions/types';
import { useFairMutations } from '../hooks/useFairMutations';
import type { Booth } from '../types';

type Values = { positionIds: string[]; contactName: string; contactPhone: string; staffCount: number; note?: string };

const FIELDS = ['positionIds', 'contactName', 'contactPhone', 'staffCount', 'note'] as const;
const MAX_POSITIONS = 20;

export type BoothRegistrationModalProps = {
  isOpen: boolean;
  fairId: string;
  /** The booth being changed; absent to register one. */
  booth: Booth | null;
  /** Who fills in the form by default (the signed-in staff member). */
  defaultContactName: string;
  onClose: () => void;
  onSaved: (booth: Booth) => void;
};

/** 报名参展: the enterprise chooses which of its published positions it brings, and who to contact. */
export function BoothRegistrationModal({ isOpen, fairId, booth, defaultContactName, onClose, onSaved }: BoothRegistrationModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { registerBooth, updateBooth } = useFairMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const positions = useApiQuery<Page<Position>>(isOpen ? '/api/managed-positions' : null, { status: 'published', pageSize: 100 });
  const required = { required: true, message: t('validation.required') };

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const payload = {
          positionIds: values.positionIds,
          contactName: values.contactName.trim(),
          contactPhone: values.contactPhone.trim(),
          staffCount: values.staffCount,
          note: values.note?.trim() || null,
        };
        onSaved(booth ? await updateBooth(booth, payload) : await registerBooth(fairId, payload));
      },
      { form, fields: FIELDS },
    );
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  const initialValues: Partial<Values> = booth
    ? {
        positionIds: booth.positions.map((p) => p.id),
        contactName: booth.contactName,
        contactPhone: booth.contactPhone,
        staffCount: booth.staffCount,
        note: booth.note ?? undefined,
      }
    : { positionIds: [], contactName: defaultContactName, staffCount: 2 };
  const title = booth ? t('fairs.ownBooth.editTitle') : t('fairs.ownBooth.register');
  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={title}
      form={form}
      formKey={booth ? `${booth.id}:${booth.version}` : 'new'}
      initialValues={initialValues}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={booth ? t('common.save') : t('fairs.ownBooth.registerSubmit')}
    >
      <Form.Item
        name="positionIds"
        label={t('fairs.ownBooth.positions')}
        extra={t('fairs.ownBooth.positionsHelp', { max: MAX_POSITIONS })}
        rules={[
          { required: true, type: 'array', min: 1, message: t('fairs.ownBooth.positionsRequired') },
          { type: 'array', max: MAX_POSITIONS, message: t('fairs.ownBooth.positionsMax', { max: MAX_POSITIONS }) },
        ]}
      >
        <Select
          mode="multiple"
          loading={positions.isLoading}
          optionFilterProp="label"
          notFoundContent={positions.isLoading ? t('common.loading') : t('fairs.ownBooth.noPositions')}
          options={(positions.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
        />
      </Form.Item>
      <Form.Item name="contactName" label={t('fairs.booth.contactName')} rules={[{ ...required, whitespace: true }, { max: 50, message: t('validation.maxLength', { max: 50 }) }]}>
        <Input maxLength={50} autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label={t('fairs.booth.contactPhone')}
        rules={[
          { ...required, whitespace: true },
          { pattern: /^1[3-9]\d{9}$/, message: t('validation.mobile') },
        ]}
      >
        <Input maxLength={11} inputMode="tel" autoComplete="tel" />
      </Form.Item>
      <Form.Item name="staffCount" label={t('fairs.booth.staffCount')} rules={[required]}>
        <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('fairs.booth.note')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
