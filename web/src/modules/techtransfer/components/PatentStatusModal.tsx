import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useTechTransferMutations } from '../hooks/useTechTransferMutations';
import type { LegalStatus, PatentDetail } from '../types';

type Values = { status: LegalStatus; effectiveOn: Dayjs; grantedOn?: Dayjs | null; note?: string };
const FIELDS = ['status', 'effectiveOn', 'grantedOn', 'note'] as const;

/** Where a patent's legal status can go from where it is (a lapsed granted patent can be restored). */
const NEXT: Record<LegalStatus, LegalStatus[]> = { pending: ['valid', 'lapsed'], valid: ['lapsed'], lapsed: ['valid'] };

export type PatentStatusModalProps = { isOpen: boolean; patent: PatentDetail; onClose: () => void; onSaved: (patent: PatentDetail) => void };

/** 变更法律状态: grant, lapse or restoration, added to the history with the day it took effect. */
export function PatentStatusModal({ isOpen, patent, onClose, onSaved }: PatentStatusModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { changePatentStatus } = useTechTransferMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const status = Form.useWatch('status', form);
  const isGrant = patent.legalStatus === 'pending' && status === 'valid';

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        onSaved(
          await changePatentStatus(patent.id, {
            status: values.status,
            effectiveOn: toIsoDate(values.effectiveOn),
            grantedOn: isGrant ? toIsoDate(values.grantedOn ?? values.effectiveOn) : undefined,
            note: textOrNull(values.note),
            version: patent.version,
          }),
        );
      },
      { form, fields: FIELDS },
    );
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={t('tt.patent.changeStatus')}
      form={form}
      formKey={`${patent.id}:${patent.version}`}
      initialValues={{ status: NEXT[patent.legalStatus][0], effectiveOn: dayjs() }}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('common.save')}
    >
      <Form.Item name="status" label={t('tt.field.newStatus')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={NEXT[patent.legalStatus].map((value) => ({ value, label: t(`tt.legalStatus.${value}`) }))} />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t('tt.field.effectiveOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      {isGrant ? (
        <Form.Item name="grantedOn" label={t('tt.field.grantedOn')} extra={t('tt.field.grantedOn.help')}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
      ) : null}
      <Form.Item name="note" label={t('tt.field.note')}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
