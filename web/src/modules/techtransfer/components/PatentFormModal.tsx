import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, toIsoDate } from '../../talent/utils/dates';
import { useTechTransferMutations } from '../hooks/useTechTransferMutations';
import { LEGAL_STATUSES, type LegalStatus, PATENT_TYPES, type PatentDetail, type PatentType } from '../types';
import { OwnerNamesSelect } from './OwnerNamesSelect';

type Values = {
  applicationNumber: string;
  type: PatentType;
  title: string;
  owners: string[];
  inventors?: string[];
  filedOn: Dayjs;
  grantedOn?: Dayjs | null;
  legalStatus: LegalStatus;
  legalStatusOn?: Dayjs | null;
};

const FIELDS = ['applicationNumber', 'type', 'title', 'owners', 'inventors', 'filedOn', 'grantedOn', 'legalStatus', 'legalStatusOn'] as const;

export type PatentFormModalProps = {
  isOpen: boolean;
  /** The patent being edited; absent to record a new one. */
  patent?: PatentDetail | null;
  onClose: () => void;
  onSaved: (patent: PatentDetail) => void;
};

/** 登记专利 / 编辑专利. The legal status of an existing patent changes through its history instead. */
export function PatentFormModal({ isOpen, patent, onClose, onSaved }: PatentFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { createPatent, updatePatent } = useTechTransferMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const status = Form.useWatch('legalStatus', form);

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const common = {
          applicationNumber: values.applicationNumber,
          type: values.type,
          title: values.title,
          owners: values.owners.map((name) => ({ name })),
          inventors: values.inventors ?? [],
          filedOn: toIsoDate(values.filedOn) ?? '',
        };
        const saved = patent
          ? await updatePatent(patent.id, { ...common, version: patent.version })
          : await createPatent({ ...common, grantedOn: toIsoDate(values.grantedOn), legalStatus: values.legalStatus, legalStatusOn: toIsoDate(values.legalStatusOn) });
        onSaved(saved);
      },
      { form, fields: FIELDS },
    );
  }

  const initialValues: Partial<Values> = patent
    ? {
        applicationNumber: patent.applicationNumber,
        type: patent.type,
        title: patent.title,
        owners: patent.owners.map((o) => o.name),
        inventors: patent.inventors,
        filedOn: fromIsoDate(patent.filedOn) ?? undefined,
      }
    : { type: 'invention', legalStatus: 'pending', owners: [] };

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={patent ? t('tt.patent.edit') : t('tt.patent.create')}
      form={form}
      formKey={patent ? `${patent.id}:${patent.version}` : 'new'}
      initialValues={initialValues}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={patent ? t('common.save') : t('tt.patent.createSubmit')}
    >
      <Form.Item name="applicationNumber" label={t('tt.field.applicationNumber')} extra={t('tt.field.applicationNumber.help')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="type" label={t('tt.field.patentType')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={PATENT_TYPES.map((value) => ({ value, label: t(`tt.patentType.${value}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('tt.field.patentTitle')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="owners" label={t('tt.field.owners')} extra={t('tt.field.owners.help')} rules={[{ required: true, message: t('validation.required') }]}>
        <OwnerNamesSelect />
      </Form.Item>
      <Form.Item name="inventors" label={t('tt.field.inventors')}>
        <Select mode="tags" tokenSeparators={['、', ',', '，', ';', '；']} open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="filedOn" label={t('tt.field.filedOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      {patent ? null : (
        <>
          <Form.Item name="legalStatus" label={t('tt.field.legalStatus')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select options={LEGAL_STATUSES.map((value) => ({ value, label: t(`tt.legalStatus.${value}`) }))} />
          </Form.Item>
          {status !== 'pending' ? (
            <Form.Item name="grantedOn" label={t('tt.field.grantedOn')}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          ) : null}
          {status === 'lapsed' ? (
            <Form.Item name="legalStatusOn" label={t('tt.field.lapsedOn')}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          ) : null}
        </>
      )}
    </FormModal>
  );
}
