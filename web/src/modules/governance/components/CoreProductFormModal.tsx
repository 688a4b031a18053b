import { Form, Input, Select } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { textOrNull } from '../../talent/utils/dates';
import { useGovernanceMutations } from '../hooks/useGovernanceMutations';
import type { CoreProduct } from '../types';
import { ZONE_INDUSTRIES } from '../utils/listFilters';
import { OrganisationPicker } from './OrganisationPicker';

type Values = { industry: (typeof ZONE_INDUSTRIES)[number]; product: string; organisationId?: string | null; description?: string };
const FIELDS = ['industry', 'product', 'organisationId', 'description'] as const;

export type CoreProductFormModalProps = { isOpen: boolean; product: CoreProduct | null; onClose: () => void; onSaved: (product: CoreProduct) => void };

/** 添加核心产品 / 编辑: the product, its industry and the enterprise that makes it. */
export function CoreProductFormModal({ isOpen, product, onClose, onSaved }: CoreProductFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { createCoreProduct, updateCoreProduct } = useGovernanceMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const fields = { industry: values.industry, product: values.product, organisationId: values.organisationId ?? '', description: textOrNull(values.description) };
        onSaved(product ? await updateCoreProduct(product.id, { ...fields, version: product.version }) : await createCoreProduct(fields));
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
      title={product ? t('gov.lists.editProduct') : t('gov.lists.addProduct')}
      form={form}
      formKey={product ? `${product.id}:${product.version}` : 'new'}
      initialValues={product ? { industry: product.industry, product: product.product, organisationId: product.organisation.id, description: product.description ?? undefined } : {}}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={product ? t('common.save') : t('gov.lists.addProduct')}
    >
      <Form.Item name="industry" label={t('gov.field.industry')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={ZONE_INDUSTRIES.map((value) => ({ value, label: t(`industry.${value}`) }))} />
      </Form.Item>
      <Form.Item name="product" label={t('gov.field.product')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="organisationId" label={t('gov.field.enterprise')} rules={[{ required: true, message: t('validation.required') }]}>
        <OrganisationPicker types={['enterprise']} known={product ? [product.organisation] : []} />
      </Form.Item>
      <Form.Item name="description" label={t('gov.field.description')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
