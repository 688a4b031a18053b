import { Form, Input, InputNumber } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { useTechTransferMutations } from '../hooks/useTechTransferMutations';
import type { Proposal } from '../types';
import { moneyRule } from '../utils/format';
import { formatFenIn } from '../../../../../src/modules/techtransfer/money';

type Values = { title: string; approach: string; quote: string; durationMonths: number };
const FIELDS = ['title', 'approach', 'quote', 'durationMonths'] as const;

export type ProposalFormModalProps = { isOpen: boolean; challengeId: string; proposal?: Proposal | null; onClose: () => void; onSaved: (proposal: Proposal) => void };

/** 揭榜: a school's or institute's proposal, with its quote and duration. */
export function ProposalFormModal({ isOpen, challengeId, proposal, onClose, onSaved }: ProposalFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { submitProposal, updateProposal } = useTechTransferMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        onSaved(proposal ? await updateProposal(proposal.id, { ...values, version: proposal.version }) : await submitProposal(challengeId, values));
      },
      { form, fields: FIELDS },
    );
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={proposal ? t('tt.proposal.edit') : t('tt.proposal.create')}
      form={form}
      formKey={proposal ? `${proposal.id}:${proposal.version}` : 'new'}
      initialValues={
        proposal
          ? { title: proposal.title, approach: proposal.approach, quote: formatFenIn(proposal.quotedFen, 'yuan').replace(/,/g, ''), durationMonths: proposal.durationMonths }
          : { durationMonths: 6 }
      }
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={proposal ? t('common.save') : t('tt.proposal.createSubmit')}
    >
      <Form.Item name="title" label={t('tt.field.proposalTitle')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item name="approach" label={t('tt.field.approach')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input.TextArea rows={5} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item name="quote" label={t('tt.field.quote')} extra={t('tt.field.amount.help')} rules={[{ required: true, message: t('validation.required') }, moneyRule(t)]}>
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item name="durationMonths" label={t('tt.field.durationMonths')} rules={[{ required: true, message: t('validation.required') }]}>
        <InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
