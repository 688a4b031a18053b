import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { INDUSTRIES, type Industry } from '../../../api/types';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, toIsoDate } from '../../talent/utils/dates';
import { useTechTransferMutations } from '../hooks/useTechTransferMutations';
import type { Challenge } from '../types';
import { moneyRule } from '../utils/format';
import { OrganisationIdSelect } from './OrganisationIdSelect';
import { formatFenIn } from '../../../../../src/modules/techtransfer/money';

type Values = { organisationId?: string; title: string; description: string; industry: Industry; budget: string; deadline: Dayjs };
const FIELDS = ['organisationId', 'title', 'description', 'industry', 'budget', 'deadline'] as const;

export type ChallengeFormModalProps = {
  isOpen: boolean;
  challenge?: Challenge | null;
  /** Operators post on an enterprise's behalf and choose it. */
  isOnBehalf: boolean;
  onClose: () => void;
  onSaved: (challenge: Challenge) => void;
};

/** 发布技术需求 / 编辑: title, description, industry, budget and the deadline for proposals. */
export function ChallengeFormModal({ isOpen, challenge, isOnBehalf, onClose, onSaved }: ChallengeFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { createChallenge, updateChallenge } = useTechTransferMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const fields = { title: values.title, description: values.description, industry: values.industry, budget: values.budget, deadline: toIsoDate(values.deadline) ?? '' };
        onSaved(
          challenge
            ? await updateChallenge(challenge.id, { ...fields, version: challenge.version })
            : await createChallenge({ ...fields, ...(isOnBehalf ? { organisationId: values.organisationId } : {}) }),
        );
      },
      { form, fields: FIELDS },
    );
  }

  const initialValues: Partial<Values> = challenge
    ? {
        title: challenge.title,
        description: challenge.description,
        industry: challenge.industry,
        budget: formatFenIn(challenge.budgetFen, 'yuan').replace(/,/g, ''),
        deadline: fromIsoDate(challenge.deadline) ?? undefined,
      }
    : {};

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={challenge ? t('tt.challenge.edit') : t('tt.challenge.create')}
      form={form}
      formKey={challenge ? `${challenge.id}:${challenge.version}` : 'new'}
      initialValues={initialValues}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={challenge ? t('common.save') : t('tt.challenge.createSubmit')}
    >
      {isOnBehalf && !challenge ? (
        <Form.Item name="organisationId" label={t('tt.field.enterprise')} rules={[{ required: true, message: t('validation.required') }]}>
          <OrganisationIdSelect type="enterprise" />
        </Form.Item>
      ) : null}
      <Form.Item name="title" label={t('tt.field.challengeTitle')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item name="description" label={t('tt.field.description')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input.TextArea rows={5} maxLength={4000} showCount />
      </Form.Item>
      <Form.Item name="industry" label={t('tt.field.industry')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={INDUSTRIES.map((value) => ({ value, label: t(`industry.${value}`) }))} />
      </Form.Item>
      <Form.Item name="budget" label={t('tt.field.budget')} extra={t('tt.field.amount.help')} rules={[{ required: true, message: t('validation.required') }, moneyRule(t)]}>
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item name="deadline" label={t('tt.field.deadline')} rules={[{ required: true, message: t('validation.required') }]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
