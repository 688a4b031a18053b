import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useGovernanceMutations } from '../hooks/useGovernanceMutations';
import { type Agreement, AGREEMENT_TYPES, type AgreementType } from '../types';
import { OrganisationPicker } from './OrganisationPicker';

type StoredStatus = 'draft' | 'active' | 'terminated';
type Values = {
  title: string;
  type: AgreementType;
  scope: string;
  partyIds: string[];
  status: StoredStatus;
  signedOn?: Dayjs | null;
  endOn?: Dayjs | null;
  terminatedOn?: Dayjs | null;
  terminationReason?: string;
};
const FIELDS = ['title', 'type', 'scope', 'partyIds', 'status', 'signedOn', 'endOn', 'terminatedOn', 'terminationReason'] as const;

/** Where an agreement may go from its stored status: a draft comes into force, one in force is terminated. */
const NEXT_STATUSES: Record<StoredStatus, StoredStatus[]> = { draft: ['draft', 'active'], active: ['active', 'terminated'], terminated: ['terminated'] };

function storedStatus(agreement: Agreement): StoredStatus {
  return agreement.status === 'expired' ? 'active' : agreement.status;
}

export type AgreementFormModalProps = {
  isOpen: boolean;
  /** The agreement being edited; absent to enter a new one. */
  agreement: Agreement | null;
  onClose: () => void;
  onSaved: (agreement: Agreement) => void;
};

/** 新建协议 / 编辑协议: parties, type, scope, signing date and term, and status (in force, terminated). */
export function AgreementFormModal({ isOpen, agreement, onClose, onSaved }: AgreementFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form);
  const { createAgreement, updateAgreement } = useGovernanceMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const current: StoredStatus = agreement ? storedStatus(agreement) : 'draft';
  const statuses: StoredStatus[] = agreement ? NEXT_STATUSES[current] : ['draft', 'active'];

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const fields = {
          title: values.title,
          type: values.type,
          scope: values.scope,
          partyIds: values.partyIds,
          signedOn: toIsoDate(values.signedOn),
          endOn: toIsoDate(values.endOn),
        };
        if (agreement) {
          const isTerminating = values.status === 'terminated';
          onSaved(
            await updateAgreement(agreement.id, {
              ...fields,
              status: values.status,
              terminatedOn: isTerminating ? toIsoDate(values.terminatedOn) : null,
              terminationReason: isTerminating ? textOrNull(values.terminationReason) : null,
              version: agreement.version,
            }),
          );
        } else {
          onSaved(await createAgreement({ ...fields, status: values.status === 'active' ? 'active' : 'draft' }));
        }
      },
      { form, fields: FIELDS },
    );
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={agreement ? t('gov.agreements.edit') : t('gov.agreements.create')}
      form={form}
      formKey={agreement ? `${agreement.id}:${agreement.version}` : 'new'}
      initialValues={
        agreement
          ? {
              title: agreement.title,
              type: agreement.type,
              scope: agreement.scope,
              partyIds: agreement.parties.map((p) => p.id),
              status: current,
              signedOn: fromIsoDate(agreement.signedOn),
              endOn: fromIsoDate(agreement.endOn),
              terminatedOn: fromIsoDate(agreement.terminatedOn),
              terminationReason: agreement.terminationReason ?? undefined,
            }
          : { type: 'strategic_cooperation', status: 'draft', partyIds: [] }
      }
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={agreement ? t('common.save') : t('gov.agreements.create')}
    >
      <Form.Item name="title" label={t('gov.field.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 120, message: t('validation.maxLength', { max: 120 }) }]}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item name="type" label={t('gov.field.agreementType')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={AGREEMENT_TYPES.map((value) => ({ value, label: t(`gov.agreementType.${value}`) }))} />
      </Form.Item>
      <Form.Item name="partyIds" label={t('gov.field.parties')} extra={t('gov.agreements.partiesHelp')} rules={[{ required: true, message: t('validation.required') }]}>
        <OrganisationPicker isMultiple known={agreement?.parties ?? []} />
      </Form.Item>
      <Form.Item name="scope" label={t('gov.field.scope')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 4000, message: t('validation.maxLength', { max: 4000 }) }]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="status" label={t('gov.field.status')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={statuses.map((value) => ({ value, label: t(`gov.agreementStatus.${value}`) }))} disabled={statuses.length === 1} />
      </Form.Item>
      <Form.Item name="signedOn" label={t('gov.field.signedOn')}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="endOn" label={t('gov.field.agreementEnd')} extra={t('gov.agreements.endHelp')}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      {status === 'terminated' ? (
        <>
          <Form.Item name="terminatedOn" label={t('gov.field.terminatedOn')} rules={[{ required: true, message: t('validation.required') }]}>
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="terminationReason" label={t('gov.field.terminationReason')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}
