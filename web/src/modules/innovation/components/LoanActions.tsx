import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Popconfirm } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormModal } from '../../../ui/FormModal';
import { textOrNull, toIsoDate } from '../../talent/utils/dates';
import { bpToPercent, parsePercentToBp, remainingToDisburse } from '../../../../../src/modules/innovation/loan-money';
import { useInnovationMutations } from '../hooks/useInnovationMutations';
import { LOAN_RATE_BP, LOAN_TERM_MONTHS, type LoanDetail } from '../types';
import { money } from '../utils/format';
import { fenToYuanInput, moneyRule, yuanInputToFen } from '../utils/moneyInput';

type Dialog = 'approve' | 'decline' | 'disburse' | null;
/** Money and rate fields carry the server's names (its problems land under them) but hold 元 and % as typed. */
type ApproveValues = { approvedAmountFen: string; rateBp: string; termMonths: number };
type DeclineValues = { reason: string };
type DisburseValues = { disbursedOn: Dayjs; amountFen: string; note?: string };

export type LoanActionsProps = { loan: LoanDetail; onChanged: (loan: LoanDetail) => void };

/** What the signed-in account may do with the loan now: the bank reviews and pays out, the applicant withdraws. */
export function LoanActions({ loan, onChanged }: LoanActionsProps) {
  const t = useT();
  const language = useLanguage();
  const { message } = App.useApp();
  const mutations = useInnovationMutations();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [approveForm] = Form.useForm<ApproveValues>();
  const [declineForm] = Form.useForm<DeclineValues>();
  const [disburseForm] = Form.useForm<DisburseValues>();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const allowed = new Set(loan.allowedActions);
  const remaining = remainingToDisburse(loan.approvedAmountFen ?? 0, loan.disbursedFen);

  function done(updated: LoanDetail) {
    void message.success(t('loan.action.done'));
    setDialog(null);
    onChanged(updated);
  }

  function close() {
    clearError();
    setDialog(null);
  }

  const rateRule = {
    validator: async (_: unknown, value: string | undefined) => {
      const bp = value ? parsePercentToBp(value) : null;
      if (value && (bp === null || bp < LOAN_RATE_BP.min || bp > LOAN_RATE_BP.max)) throw new Error(t('loan.rate.invalid'));
    },
  };

  if (allowed.size === 0) return null;
  return (
    <>
      {dialog === null ? <ErrorAlert error={error} /> : null}
      <Flex gap={8} wrap>
        {allowed.has('start_review') ? (
          <Button loading={isSubmitting} onClick={() => void submit(async () => done(await mutations.startReview(loan.id, loan.version)))}>
            {t('loan.action.startReview')}
          </Button>
        ) : null}
        {allowed.has('approve') ? (
          <Button type="primary" onClick={() => setDialog('approve')}>
            {t('loan.action.approve')}
          </Button>
        ) : null}
        {allowed.has('decline') ? (
          <Button danger onClick={() => setDialog('decline')}>
            {t('loan.action.decline')}
          </Button>
        ) : null}
        {allowed.has('disburse') ? (
          <Button type="primary" onClick={() => setDialog('disburse')}>
            {t('loan.action.disburse')}
          </Button>
        ) : null}
        {allowed.has('withdraw') ? (
          <Popconfirm
            title={t('loan.action.withdrawConfirm')}
            okText={t('loan.action.withdraw')}
            cancelText={t('common.cancel')}
            onConfirm={() => submit(async () => done(await mutations.withdrawLoan(loan.id, loan.version)))}
          >
            <Button danger loading={isSubmitting}>
              {t('loan.action.withdraw')}
            </Button>
          </Popconfirm>
        ) : null}
      </Flex>

      <FormModal<ApproveValues>
        isOpen={dialog === 'approve'}
        title={t('loan.approve.title')}
        form={approveForm}
        formKey={`approve:${loan.version}`}
        initialValues={{ approvedAmountFen: fenToYuanInput(loan.amountRequestedFen), termMonths: loan.termMonthsRequested }}
        onFinish={(values) =>
          submit(
            async () =>
              done(
                await mutations.decideLoan(loan.id, {
                  decision: 'approve',
                  approvedAmountFen: yuanInputToFen(values.approvedAmountFen) ?? 0,
                  rateBp: parsePercentToBp(values.rateBp) ?? 0,
                  termMonths: values.termMonths,
                  version: loan.version,
                }),
              ),
            { form: approveForm, fields: ['approvedAmountFen', 'rateBp', 'termMonths'] },
          )
        }
        onCancel={close}
        isSubmitting={isSubmitting}
        error={error}
        submitLabel={t('loan.action.approve')}
      >
        <Form.Item name="approvedAmountFen" label={t('loan.field.approvedAmount')} rules={[{ required: true, message: t('validation.required') }, moneyRule(t)]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="rateBp" label={t('loan.field.rate')} rules={[{ required: true, message: t('validation.required') }, rateRule]}>
          <Input inputMode="decimal" placeholder={bpToPercent(365)} />
        </Form.Item>
        <Form.Item name="termMonths" label={t('loan.field.term')} rules={[{ required: true, message: t('validation.required') }]}>
          <InputNumber min={LOAN_TERM_MONTHS.min} max={LOAN_TERM_MONTHS.max} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>

      <FormModal<DeclineValues>
        isOpen={dialog === 'decline'}
        title={t('loan.decline.title')}
        form={declineForm}
        formKey={`decline:${loan.version}`}
        onFinish={(values) =>
          submit(async () => done(await mutations.decideLoan(loan.id, { decision: 'decline', reason: values.reason, version: loan.version })), {
            form: declineForm,
            fields: ['reason'],
          })
        }
        onCancel={close}
        isSubmitting={isSubmitting}
        error={error}
        submitLabel={t('loan.action.decline')}
      >
        <Form.Item name="reason" label={t('loan.field.declineReason')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
          <Input.TextArea rows={3} showCount maxLength={500} />
        </Form.Item>
      </FormModal>

      <FormModal<DisburseValues>
        isOpen={dialog === 'disburse'}
        title={t('loan.disburse.title')}
        form={disburseForm}
        formKey={`disburse:${loan.version}`}
        initialValues={{ disbursedOn: dayjs(), amountFen: fenToYuanInput(remaining) }}
        intro={<p>{t('loan.disburse.remaining', { amount: money(remaining, language) })}</p>}
        onFinish={(values) =>
          submit(
            async () =>
              done(
                await mutations.recordDisbursement(loan.id, {
                  disbursedOn: toIsoDate(values.disbursedOn) ?? '',
                  amountFen: yuanInputToFen(values.amountFen) ?? 0,
                  note: textOrNull(values.note),
                }),
              ),
            { form: disburseForm, fields: ['disbursedOn', 'amountFen', 'note'] },
          )
        }
        onCancel={close}
        isSubmitting={isSubmitting}
        error={error}
        submitLabel={t('loan.action.disburse')}
      >
        <Form.Item name="disbursedOn" label={t('loan.disburse.date')} rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="amountFen" label={t('loan.disburse.amount')} rules={[{ required: true, message: t('validation.required') }, moneyRule(t)]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="note" label={t('loan.disburse.note')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
          <Input maxLength={200} />
        </Form.Item>
      </FormModal>
    </>
  );
}
