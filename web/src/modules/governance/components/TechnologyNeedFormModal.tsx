import { Form, Input, Select } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { textOrNull } from '../../talent/utils/dates';
import { useGovernanceMutations } from '../hooks/useGovernanceMutations';
import { TECHNOLOGY_NEED_STATUSES, type TechnologyNeed, type TechnologyNeedStatus } from '../types';
import { ZONE_INDUSTRIES } from '../utils/listFilters';
import { OrganisationPicker } from './OrganisationPicker';

type Values = { industry: (typeof ZONE_INDUSTRIES)[number]; organisationId?: string | null; title: string; description?: string; status: TechnologyNeedStatus };
const FIELDS = ['industry', 'organisationId', 'title', 'description', 'status'] as const;

export type TechnologyNeedFormModalProps = { isOpen: boolean; need: TechnologyNeed | null; onClose: () => void; onSaved: (need: TechnologyNeed) => void };

/** 添加技术需求 / 编辑: the enterprise, what it needs solved, and where the need stands. */
export function TechnologyNeedFormModal({ isOpen, need, onClose, onSaved }: TechnologyNeedFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { createTechnologyNeed, updateTechnologyNeed } = useGovernanceMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const fields = { industry: values.industry, organisationId: values.organisationId ?? '', title: values.title, description: textOrNull(values.description), status: values.status };
        onSaved(need ? await updateTechnologyNeed(need.id, { ...fields, version: need.version }) : await createTechnologyNeed(fields));
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
      title={need ? t('gov.lists.editNeed') : t('gov.lists.addNeed')}
      form={form}
      formKey={need ? `${need.id}:${need.version}` : 'new'}
      initialValues={
        need
          ? { industry: need.industry, organisationId: need.organisation.id, title: need.title, description: need.description ?? undefined, status: need.status }
          : { status: 'open' }
      }
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={need ? t('common.save') : t('gov.lists.addNeed')}
    >
      <Form.Item name="organisationId" label={t('gov.field.enterprise')} rules={[{ required: true, message: t('validation.required') }]}>
        <OrganisationPicker types={['enterprise']} known={need ? [need.organisation] : []} />
      </Form.Item>
      <Form.Item name="industry" label={t('gov.field.industry')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={ZONE_INDUSTRIES.map((value) => ({ value, label: t(`industry.${value}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('gov.field.need')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item name="description" label={t('gov.field.description')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="status" label={t('gov.field.status')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={TECHNOLOGY_NEED_STATUSES.map((value) => ({ value, label: t(`gov.needStatus.${value}`) }))} />
      </Form.Item>
    </FormModal>
  );
}
