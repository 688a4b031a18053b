import { Button, Cascader, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../../api/formErrors';
import { COUNCIL_ROLES, INDUSTRIES, ORGANISATION_TYPES, type Organisation, type Region } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import {
  ORGANISATION_FORM_FIELDS,
  type OrganisationFormValues,
  type OrganisationPayload,
  toFormValues,
  toOrganisationPayload,
} from '../utils/formValues';

/** 统一社会信用代码: 18 characters from 0-9 and A-Y without I, O, Z, S, V (GB 32100). */
const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export type OrganisationFormProps = {
  regions: Region[];
  /** The organisation being edited; absent for a new one. */
  organisation?: Organisation;
  submitLabel: string;
  onSubmit: (payload: OrganisationPayload) => Promise<void>;
  onCancel: () => void;
  /** Reloads the organisation after a `stale_version` answer. */
  onReload?: () => void;
};

const EMPTY_VALUES: Partial<OrganisationFormValues> = { isHighTech: false, isTechSme: false };

/** Create / edit a member unit; server field errors appear under their inputs. */
export function OrganisationForm({ regions, organisation, submitLabel, onSubmit, onCancel, onReload }: OrganisationFormProps) {
  const t = useT();
  const [form] = Form.useForm<OrganisationFormValues>();
  const councilRole = Form.useWatch('councilRole', form);
  const [error, setError] = useState<unknown>(null);
  const [unmatchedLines, setUnmatchedLines] = useState<string[]>([]);
  const [isSubmitting, setSubmitting] = useState(false);
  const initialValues = organisation ? toFormValues(organisation, regions) : EMPTY_VALUES;

  async function handleFinish(values: OrganisationFormValues) {
    setSubmitting(true);
    setError(null);
    setUnmatchedLines([]);
    try {
      await onSubmit(toOrganisationPayload(values));
    } catch (caught) {
      const unmatched = applyFieldErrors(form, caught, ORGANISATION_FORM_FIELDS);
      setUnmatchedLines(unmatched.map((f) => `${f.path}: ${f.message}`));
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  }

  const required = { required: true, message: t('validation.required') };
  const requiredText = { required: true, whitespace: true, message: t('validation.required') };
  const max = (n: number) => ({ max: n, message: t('validation.maxLength', { max: n }) });

  return (
    <Form<OrganisationFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={handleFinish}
      disabled={isSubmitting}
      scrollToFirstError={{ block: 'center', focus: true }}
      aria-label={submitLabel}
    >
      <FormErrorAlert error={error} extraLines={unmatchedLines} staleTitle={t('org.form.stale')} onReload={onReload} />

      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 18, fontWeight: 600, marginBottom: 12 }}>{t('org.form.basics')}</legend>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('org.field.name')} rules={[requiredText, max(100)]}>
              <Input autoComplete="organization" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="shortName" label={t('org.field.shortName')} rules={[max(30)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="type" label={t('org.field.type')} rules={[required]}>
              <Select options={ORGANISATION_TYPES.map((value) => ({ value, label: t(`orgType.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="industry" label={t('org.field.industry')} rules={[required]}>
              <Select options={INDUSTRIES.map((value) => ({ value, label: t(`industry.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="creditCode"
              label={t('org.field.creditCode')}
              extra={t('org.field.creditCode.help')}
              normalize={(value: string | undefined) => value?.toUpperCase().replace(/\s/g, '')}
              rules={[required, { pattern: CREDIT_CODE_PATTERN, message: t('validation.creditCode') }]}
            >
              <Input maxLength={18} autoCapitalize="characters" spellCheck={false} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="regionCode" label={t('org.field.region')} rules={[required]}>
              <Cascader
                options={regions}
                fieldNames={{ label: 'name', value: 'code', children: 'children' }}
                showSearch
                placeholder={t('org.field.region.placeholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="address" label={t('org.field.address')} rules={[max(200)]}>
              <Input autoComplete="street-address" />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>

      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 18, fontWeight: 600, marginBottom: 12 }}>{t('org.form.council')}</legend>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="councilRole" label={t('org.field.councilRole')} extra={t('org.field.councilRole.help')}>
              <Select
                allowClear
                placeholder={t('org.field.councilRole.none')}
                options={COUNCIL_ROLES.map((value) => ({ value, label: t(`councilRole.${value}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="joinedOn"
              label={t('org.field.joinedOn')}
              dependencies={['councilRole']}
              rules={[{ required: Boolean(councilRole), message: t('org.field.joinedOn.required') }]}
            >
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} disabled={!councilRole || isSubmitting} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Space wrap size={24}>
              <Form.Item name="isHighTech" valuePropName="checked" style={{ marginBottom: 16 }}>
                <Checkbox>{t('org.field.isHighTech')}</Checkbox>
              </Form.Item>
              <Form.Item name="isTechSme" valuePropName="checked" style={{ marginBottom: 16 }}>
                <Checkbox>{t('org.field.isTechSme')}</Checkbox>
              </Form.Item>
            </Space>
          </Col>
        </Row>
      </fieldset>

      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontSize: 18, fontWeight: 600, marginBottom: 12 }}>{t('org.form.contact')}</legend>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="contactName" label={t('org.field.contactName')} rules={[max(50)]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="contactPhone"
              label={t('org.field.contactPhone')}
              rules={[max(30), { pattern: /^[0-9+\-() ]*$/, message: t('validation.phone') }]}
            >
              <Input inputMode="tel" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="contactEmail"
              label={t('org.field.contactEmail')}
              rules={[{ type: 'email', message: t('validation.email') }]}
            >
              <Input type="email" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="website"
              label={t('org.field.website')}
              rules={[{ type: 'url', message: t('validation.url') }]}
            >
              <Input type="url" placeholder="https://" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="description" label={t('org.field.description')} rules={[max(2000)]}>
              <Input.TextArea rows={4} showCount maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>

      <Space wrap>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
      </Space>
    </Form>
  );
}
