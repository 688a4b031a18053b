import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useTechTransferMutations } from '../hooks/useTechTransferMutations';
import { type PatentDetail, TRANSFER_KINDS, type Transfer, type TransferKind } from '../types';
import { moneyRule } from '../utils/format';
import { OrganisationNameInput } from './OrganisationNameInput';

type Values = { kind: TransferKind; fromOrganisationId: string; toName: string; amount: string; contractOn: Dayjs; note?: string };
const FIELDS = ['kind', 'fromOrganisationId', 'toName', 'amount', 'contractOn', 'note'] as const;

export type TransferFormModalProps = { isOpen: boolean; patent: PatentDetail; onClose: () => void; onSaved: (transfer: Transfer) => void };

/** 登记转让/许可 of a patent: from one of its owners to an organisation of the zone, with the amount. */
export function TransferFormModal({ isOpen, patent, onClose, onSaved }: TransferFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { createTransfer } = useTechTransferMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const owners = patent.owners.flatMap((o) => (o.organisationId ? [{ value: o.organisationId, label: o.name }] : []));

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        onSaved(
          await createTransfer({
            patentId: patent.id,
            kind: values.kind,
            fromOrganisationId: values.fromOrganisationId,
            toName: values.toName,
            amount: values.amount,
            contractOn: toIsoDate(values.contractOn) ?? '',
            note: textOrNull(values.note),
          }),
        );
      },
      { form, fields: FIELDS },
    );
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={t('tt.transfer.create')}
      form={form}
      formKey={`${patent.id}:${patent.version}`}
      initialValues={{ kind: 'transfer', fromOrganisationId: owners[0]?.value, contractOn: dayjs() }}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('tt.transfer.createSubmit')}
    >
      <Form.Item name="kind" label={t('tt.field.transferKind')} extra={t('tt.field.transferKind.help')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={TRANSFER_KINDS.map((value) => ({ value, label: t(`tt.transferKind.${value}`) }))} />
      </Form.Item>
      <Form.Item name="fromOrganisationId" label={t('tt.field.from')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={owners} />
      </Form.Item>
      <Form.Item name="toName" label={t('tt.field.to')} extra={t('tt.field.to.help')} rules={[{ required: true, message: t('validation.required') }]}>
        <OrganisationNameInput />
      </Form.Item>
      <Form.Item name="amount" label={t('tt.field.amount')} extra={t('tt.field.amount.help')} rules={[{ required: true, message: t('validation.required') }, moneyRule(t)]}>
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item name="contractOn" label={t('tt.field.contractOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('tt.field.note')}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
