import { Checkbox, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { useBanks, useIndices } from '../hooks/useInnovation';
import { useInnovationMutations } from '../hooks/useInnovationMutations';
import { LOAN_TERM_MONTHS, type LoanDetail } from '../types';
import { formatScore, thisYearInChina, yearOptions } from '../utils/format';
import { moneyRule, yuanInputToFen } from '../utils/moneyInput';

/** The amount field carries the server's name (its problems land under it) but holds 元 as typed. */
type Values = { bankId: string; amountRequestedFen: string; purpose: string; termMonths: number; indexYear: number; consentToShare: boolean };

const FIELDS = ['bankId', 'amountRequestedFen', 'purpose', 'termMonths', 'indexYear', 'consentToShare'] as const;

export type LoanApplyModalProps = { isOpen: boolean; onClose: () => void; onApplied: (loan: LoanDetail) => void };

/** 申请创新指数贷: bank, amount, purpose, term, the index year shared, and the explicit consent to share it. */
export function LoanApplyModal({ isOpen, onClose, onApplied }: LoanApplyModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { applyForLoan } = useInnovationMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const banks = useBanks(isOpen);
  const defaultYear = thisYearInChina() - 1;
  const indexYear = Form.useWatch('indexYear', form) ?? defaultYear;
  const index = useIndices({ year: indexYear, page: 1, pageSize: 1 }, isOpen);
  const own = index.data?.items[0];

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        onApplied(
          await applyForLoan({
            bankId: values.bankId,
            amountRequestedFen: yuanInputToFen(values.amountRequestedFen) ?? 0,
            purpose: values.purpose,
            termMonths: values.termMonths,
            indexYear: values.indexYear,
            consentToShare: values.consentToShare,
          }),
        );
      },
      { form, fields: FIELDS },
    );
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={t('loan.apply.title')}
      form={form}
      formKey="apply"
      initialValues={{ indexYear: defaultYear, termMonths: 12, consentToShare: false }}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('loan.apply.submit')}
    >
      <Form.Item name="bankId" label={t('loan.field.bank')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select loading={banks.isLoading} options={(banks.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))} />
      </Form.Item>
      <Form.Item name="amountRequestedFen" label={t('loan.field.amountRequested')} rules={[{ required: true, message: t('validation.required') }, moneyRule(t)]}>
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item name="purpose" label={t('loan.field.purpose')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
        <Input.TextArea rows={2} showCount maxLength={500} />
      </Form.Item>
      <Form.Item name="termMonths" label={t('loan.field.termRequested')} rules={[{ required: true, message: t('validation.required') }]}>
        <InputNumber min={LOAN_TERM_MONTHS.min} max={LOAN_TERM_MONTHS.max} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="indexYear"
        label={t('loan.field.indexYear')}
        extra={
          <>
            {t('loan.apply.indexYearHelp')}
            {own ? <Typography.Text strong>{` · ${t('innovation.score')} ${formatScore(own.score)}`}</Typography.Text> : null}
          </>
        }
      >
        <Select options={yearOptions(t).filter((o) => o.value < thisYearInChina() + 1)} />
      </Form.Item>
      <Form.Item
        name="consentToShare"
        valuePropName="checked"
        rules={[{ validator: async (_, checked: boolean) => (checked ? undefined : Promise.reject(new Error(t('loan.apply.consentRequired')))) }]}
      >
        <Checkbox>{t('loan.apply.consent')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
