import { Form, Input, InputNumber, Select } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { useInnovationMutations } from '../hooks/useInnovationMutations';
import type { RdInput } from '../types';
import { thisYearInChina, yearOptions } from '../utils/format';
import { fenToYuanInput, moneyRule, yuanInputToFen } from '../utils/moneyInput';

/** Money fields carry the server's names (so its problems land under them) but hold 元 as typed. */
type Values = { year: number; rdStaff: number; totalStaff: number; rdSpendingFen: string; revenueFen?: string; note?: string };

const FIELDS = ['year', 'rdStaff', 'totalStaff', 'rdSpendingFen', 'revenueFen', 'note'] as const;

export type RdInputModalProps = {
  isOpen: boolean;
  /** The record being edited; absent to report a new year. */
  input: RdInput | null;
  defaultYear: number;
  onClose: () => void;
  onSaved: (saved: RdInput) => void;
};

/** 填报研发投入 / 修改研发投入: staff counts, R&D spending and (optionally) revenue for one year. */
export function RdInputModal({ isOpen, input, defaultYear, onClose, onSaved }: RdInputModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { createRdInput, updateRdInput } = useInnovationMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const figures = {
          rdStaff: values.rdStaff,
          totalStaff: values.totalStaff,
          rdSpendingFen: yuanInputToFen(values.rdSpendingFen) ?? 0,
          revenueFen: yuanInputToFen(values.revenueFen) ?? null,
          note: values.note?.trim() || null,
        };
        onSaved(input ? await updateRdInput(input.id, { ...figures, version: input.version }) : await createRdInput({ ...figures, year: values.year }));
      },
      { form, fields: FIELDS },
    );
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={input ? t('innovation.rd.edit') : t('innovation.rd.add')}
      form={form}
      formKey={input ? `${input.id}:${input.version}` : 'new'}
      initialValues={
        input
          ? { year: input.year, rdStaff: input.rdStaff, totalStaff: input.totalStaff, rdSpendingFen: fenToYuanInput(input.rdSpendingFen), revenueFen: fenToYuanInput(input.revenueFen), note: input.note ?? undefined }
          : { year: defaultYear }
      }
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('common.save')}
    >
      <Form.Item name="year" label={t('innovation.rd.year')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select disabled={Boolean(input)} options={yearOptions(t).filter((o) => o.value <= thisYearInChina())} />
      </Form.Item>
      <Form.Item name="totalStaff" label={t('innovation.rd.totalStaff')} rules={[{ required: true, message: t('validation.required') }]}>
        <InputNumber min={1} max={1_000_000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="rdStaff" label={t('innovation.rd.rdStaff')} rules={[{ required: true, message: t('validation.required') }]}>
        <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="rdSpendingFen" label={t('innovation.rd.rdSpending')} rules={[{ required: true, message: t('validation.required') }, moneyRule(t)]}>
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item name="revenueFen" label={t('innovation.rd.revenue')} rules={[moneyRule(t)]}>
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item name="note" label={t('innovation.rd.note')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
        <Input.TextArea rows={2} showCount maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
