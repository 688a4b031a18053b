import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, toIsoDate } from '../../talent/utils/dates';
import { useTechTransferMutations } from '../hooks/useTechTransferMutations';
import { type Contract, CONTRACT_TYPES, type ContractType } from '../types';
import { moneyRule } from '../utils/format';
import { OrganisationNameInput } from './OrganisationNameInput';
import { formatFenIn } from '../../../../../src/modules/techtransfer/money';

type Values = {
  contractNumber: string;
  title: string;
  type: ContractType;
  seller: string;
  buyer: string;
  amount: string;
  signedOn?: Dayjs | null;
  registeredOn: Dayjs;
  registry: string;
};

const FIELDS = ['contractNumber', 'title', 'type', 'seller', 'buyer', 'amount', 'signedOn', 'registeredOn', 'registry'] as const;

export type ContractFormModalProps = { isOpen: boolean; contract?: Contract | null; onClose: () => void; onSaved: (contract: Contract) => void };

/** 登记技术合同 / 编辑: the amount is typed as 1,234.56 or 12.3万元 and read exactly by the server. */
export function ContractFormModal({ isOpen, contract, onClose, onSaved }: ContractFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { registerContract, updateContract } = useTechTransferMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const payload = {
          contractNumber: values.contractNumber,
          title: values.title,
          type: values.type,
          seller: { name: values.seller },
          buyer: { name: values.buyer },
          amount: values.amount,
          signedOn: toIsoDate(values.signedOn),
          registeredOn: toIsoDate(values.registeredOn) ?? '',
          registry: values.registry,
        };
        onSaved(contract ? await updateContract(contract.id, { ...payload, version: contract.version }) : await registerContract(payload));
      },
      { form, fields: FIELDS },
    );
  }

  const initialValues: Partial<Values> = contract
    ? {
        contractNumber: contract.contractNumber,
        title: contract.title,
        type: contract.type,
        seller: contract.seller.name,
        buyer: contract.buyer.name,
        amount: formatFenIn(contract.amountFen, 'yuan').replace(/,/g, ''),
        signedOn: fromIsoDate(contract.signedOn),
        registeredOn: fromIsoDate(contract.registeredOn) ?? undefined,
        registry: contract.registry,
      }
    : { type: 'development' };

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={contract ? t('tt.contract.edit') : t('tt.contract.create')}
      form={form}
      formKey={contract ? `${contract.id}:${contract.version}` : 'new'}
      initialValues={initialValues}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={contract ? t('common.save') : t('tt.contract.createSubmit')}
    >
      <Form.Item name="contractNumber" label={t('tt.field.contractNumber')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="title" label={t('tt.field.contractTitle')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="type" label={t('tt.field.contractType')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={CONTRACT_TYPES.map((value) => ({ value, label: t(`tt.contractType.${value}`) }))} />
      </Form.Item>
      <Form.Item name="seller" label={t('tt.field.seller')} extra={t('tt.field.party.help')} rules={[{ required: true, message: t('validation.required') }]}>
        <OrganisationNameInput />
      </Form.Item>
      <Form.Item name="buyer" label={t('tt.field.buyer')} rules={[{ required: true, message: t('validation.required') }]}>
        <OrganisationNameInput />
      </Form.Item>
      <Form.Item name="amount" label={t('tt.field.contractAmount')} extra={t('tt.field.amount.help')} rules={[{ required: true, message: t('validation.required') }, moneyRule(t, { isPositive: true })]}>
        <Input inputMode="decimal" />
      </Form.Item>
      <Form.Item name="signedOn" label={t('tt.field.signedOn')}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="registeredOn" label={t('tt.field.registeredOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="registry" label={t('tt.field.registry')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input maxLength={120} />
      </Form.Item>
    </FormModal>
  );
}
