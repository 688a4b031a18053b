import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Cascader,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import type { Region } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { DISABILITY_CATEGORIES, EDUCATION_LEVELS, GENDERS, type Seeker } from '../types';
import { applyNestedFieldErrors } from '../utils/nestedFieldErrors';
import {
  PROFILE_FORM_FIELDS,
  PROFILE_NESTED_FIELDS,
  type ProfileFields,
  type ProfileFormValues,
  toProfileFields,
  toProfileFormValues,
} from '../utils/profileForm';

export type ProfileFormProps = {
  /** The profile being edited; null for a new one. */
  seeker: Seeker | null;
  regions: Region[];
  /** `self`: the seeker's own words ("我"); `operator`: staff recording a walk-in seeker. */
  mode: 'self' | 'operator';
  submitLabel: string;
  onSubmit: (fields: ProfileFields) => Promise<void>;
  onCancel?: () => void;
  /** Reloads the profile after a `stale_version` answer. */
  onReload?: () => void;
  /** Extra inputs at the top of the form (e.g. where a walk-in seeker was met). */
  extraFields?: ReactNode;
};

const fieldsetStyle = { border: 0, padding: 0, margin: '0 0 8px' } as const;
const legendStyle = { fontSize: 18, fontWeight: 600, marginBottom: 12 } as const;

function hasActiveDisabilityConsent(seeker: Seeker | null): boolean {
  return Boolean(seeker?.consents?.some((c) => c.purpose === 'sensitive_disability' && c.isActive));
}

/** 简历: personal details, education and work history, wishes, and (with consent) disability information. */
export function ProfileForm({ seeker, regions, mode, submitLabel, onSubmit, onCancel, onReload, extraFields }: ProfileFormProps) {
  const t = useT();
  const [form] = Form.useForm<ProfileFormValues>();
  const hasDisability = Form.useWatch(['disability', 'hasDisability'], form);
  const removeIdNumber = Form.useWatch('removeIdNumber', form);
  const removePhone = Form.useWatch('removePhone', form);
  const [error, setError] = useState<unknown>(null);
  const [unmatchedLines, setUnmatchedLines] = useState<string[]>([]);
  const [isSubmitting, setSubmitting] = useState(false);
  const hasConsent = hasActiveDisabilityConsent(seeker);
  const isSelf = mode === 'self';

  async function handleFinish(values: ProfileFormValues) {
    setSubmitting(true);
    setError(null);
    setUnmatchedLines([]);
    try {
      await onSubmit(toProfileFields(values, seeker));
    } catch (caught) {
      const unmatched = applyNestedFieldErrors(form, caught, { fields: PROFILE_FORM_FIELDS, nested: PROFILE_NESTED_FIELDS });
      setUnmatchedLines(unmatched.map((f) => f.message));
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  }

  const required = { required: true, message: t('validation.required') };
  const requiredText = { required: true, whitespace: true, message: t('validation.required') };
  const max = (n: number) => ({ max: n, message: t('validation.maxLength', { max: n }) });
  const educationOptions = EDUCATION_LEVELS.map((value) => ({ value, label: t(`talent.education.${value}`) }));
  const dateProps = { format: 'YYYY-MM-DD', style: { width: '100%' } } as const;
  const monthProps = { picker: 'month', format: 'YYYY-MM', style: { width: '100%' } } as const;

  return (
    <Form<ProfileFormValues>
      form={form}
      layout="vertical"
      initialValues={toProfileFormValues(seeker, regions)}
      onFinish={handleFinish}
      disabled={isSubmitting}
      scrollToFirstError={{ block: 'center', focus: true }}
      aria-label={submitLabel}
    >
      <FormErrorAlert error={error} extraLines={unmatchedLines} staleTitle={t('talent.form.stale')} onReload={onReload} />

      {extraFields}

      <fieldset style={fieldsetStyle}>
        <legend style={legendStyle}>{t('talent.form.basics')}</legend>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('talent.field.name')} rules={[requiredText, max(50)]}>
              <Input autoComplete={isSelf ? 'name' : 'off'} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="gender" label={t('talent.field.gender')}>
              <Select allowClear options={GENDERS.map((value) => ({ value, label: t(`talent.gender.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="birthDate" label={t('talent.field.birthDate')}>
              <DatePicker {...dateProps} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="idNumber"
              label={t('talent.field.idNumber')}
              extra={
                seeker?.idNumberMasked
                  ? t('talent.field.idNumber.keep', { masked: seeker.idNumberMasked })
                  : t('talent.field.idNumber.help')
              }
              normalize={(value: string | undefined) => value?.replace(/\s/g, '').toUpperCase()}
              rules={[max(18)]}
            >
              <Input
                autoComplete="off"
                spellCheck={false}
                inputMode="text"
                disabled={Boolean(removeIdNumber) || isSubmitting}
                style={{ fontFamily: 'monospace' }}
              />
            </Form.Item>
            {seeker?.idNumberMasked ? (
              <Form.Item name="removeIdNumber" valuePropName="checked" style={{ marginTop: -12 }}>
                <Checkbox>{t('talent.field.idNumber.remove')}</Checkbox>
              </Form.Item>
            ) : null}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="phone"
              label={t('talent.field.phone')}
              extra={
                seeker?.phoneMasked ? t('talent.field.phone.keep', { masked: seeker.phoneMasked }) : t('talent.field.phone.help')
              }
              rules={[max(20)]}
            >
              <Input
                inputMode="tel"
                autoComplete={isSelf ? 'tel' : 'off'}
                disabled={Boolean(removePhone) || isSubmitting}
              />
            </Form.Item>
            {seeker?.phoneMasked ? (
              <Form.Item name="removePhone" valuePropName="checked" style={{ marginTop: -12 }}>
                <Checkbox>{t('talent.field.phone.remove')}</Checkbox>
              </Form.Item>
            ) : null}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="email" label={t('talent.field.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
              <Input type="email" autoComplete={isSelf ? 'email' : 'off'} />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>

      <fieldset style={fieldsetStyle}>
        <legend style={legendStyle}>{t('talent.form.wishes')}</legend>
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="preferredRegions" label={t('talent.field.preferredRegions')} extra={t('talent.field.preferredRegions.help')}>
              <Cascader
                multiple
                options={regions}
                fieldNames={{ label: 'name', value: 'code', children: 'children' }}
                showCheckedStrategy={Cascader.SHOW_PARENT}
                showSearch
                maxTagCount="responsive"
                placeholder={t('talent.field.preferredRegions.placeholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="expectedSalaryMin" label={t('talent.field.expectedSalaryMin')}>
              <InputNumber min={0} max={1_000_000} step={500} precision={0} style={{ width: '100%' }} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="expectedSalaryMax" label={t('talent.field.expectedSalaryMax')}>
              <InputNumber min={0} max={1_000_000} step={500} precision={0} style={{ width: '100%' }} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="availableFrom" label={t('talent.field.availableFrom')}>
              <DatePicker {...dateProps} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="experienceYears" label={t('talent.field.experienceYears')}>
              <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="skills" label={t('talent.field.skills')} extra={t('talent.field.skills.help')}>
              <Select mode="tags" tokenSeparators={[',', '，', '、', ';', '；']} open={false} suffixIcon={null} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="summary" label={t('talent.field.summary')} rules={[max(2000)]}>
              <Input.TextArea rows={3} showCount maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>

      <fieldset style={fieldsetStyle}>
        <legend style={legendStyle}>{t('talent.form.education')}</legend>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="educationLevel" label={t('talent.field.educationLevel')}>
              <Select allowClear options={educationOptions} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="graduationOn" label={t('talent.field.graduationOn')}>
              <DatePicker {...monthProps} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="school" label={t('talent.field.school')} rules={[max(100)]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="major" label={t('talent.field.major')} rules={[max(100)]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="education">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12} style={{ marginBottom: 16 }}>
              {fields.map((field, index) => (
                <Card key={field.key} size="small" variant="outlined">
                  <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                    <Typography.Text strong>{t('talent.education.entry', { n: index + 1 })}</Typography.Text>
                    <Button
                      size="small"
                      icon={<DeleteOutlined aria-hidden="true" />}
                      onClick={() => remove(field.name)}
                      aria-label={t('talent.education.removeEntry', { n: index + 1 })}
                    >
                      {t('talent.form.removeEntry')}
                    </Button>
                  </Flex>
                  <Row gutter={16}>
                    <Col xs={24} md={8}>
                      <Form.Item name={[field.name, 'school']} label={t('talent.field.school')} rules={[requiredText, max(100)]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={[field.name, 'major']} label={t('talent.field.major')} rules={[max(100)]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={[field.name, 'level']} label={t('talent.field.educationLevel')} rules={[required]}>
                        <Select options={educationOptions} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={8}>
                      <Form.Item name={[field.name, 'startOn']} label={t('talent.field.startOn')}>
                        <DatePicker {...monthProps} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={8}>
                      <Form.Item name={[field.name, 'endOn']} label={t('talent.field.endOn')}>
                        <DatePicker {...monthProps} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({})} style={{ alignSelf: 'flex-start' }}>
                {t('talent.education.add')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </fieldset>

      <fieldset style={fieldsetStyle}>
        <legend style={legendStyle}>{t('talent.form.experience')}</legend>
        <Form.List name="experience">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12} style={{ marginBottom: 16 }}>
              {fields.length === 0 ? <Typography.Text type="secondary">{t('talent.experience.none')}</Typography.Text> : null}
              {fields.map((field, index) => (
                <Card key={field.key} size="small" variant="outlined">
                  <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                    <Typography.Text strong>{t('talent.experience.entry', { n: index + 1 })}</Typography.Text>
                    <Button
                      size="small"
                      icon={<DeleteOutlined aria-hidden="true" />}
                      onClick={() => remove(field.name)}
                      aria-label={t('talent.experience.removeEntry', { n: index + 1 })}
                    >
                      {t('talent.form.removeEntry')}
                    </Button>
                  </Flex>
                  <Row gutter={16}>
                    <Col xs={24} md={12}>
                      <Form.Item name={[field.name, 'employer']} label={t('talent.field.employer')} rules={[requiredText, max(100)]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item name={[field.name, 'title']} label={t('talent.field.jobTitle')} rules={[requiredText, max(60)]}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name={[field.name, 'startOn']} label={t('talent.field.startOn')}>
                        <DatePicker {...monthProps} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6}>
                      <Form.Item name={[field.name, 'endOn']} label={t('talent.field.endOn')} extra={t('talent.field.endOn.help')}>
                        <DatePicker {...monthProps} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={12}>
                      <Form.Item name={[field.name, 'description']} label={t('talent.field.description')} rules={[max(1000)]}>
                        <Input.TextArea rows={2} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({})} style={{ alignSelf: 'flex-start' }}>
                {t('talent.experience.add')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </fieldset>

      <fieldset style={fieldsetStyle}>
        <legend style={legendStyle}>{t('talent.form.disability')}</legend>
        <Typography.Paragraph type="secondary">
          {isSelf ? t('talent.disability.intro.self') : t('talent.disability.intro.operator')}
        </Typography.Paragraph>
        <Form.Item name={['disability', 'hasDisability']} valuePropName="checked">
          <Checkbox>{isSelf ? t('talent.disability.has.self') : t('talent.disability.has.operator')}</Checkbox>
        </Form.Item>
        {hasDisability ? (
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name={['disability', 'category']} label={t('talent.field.disabilityCategory')}>
                <Select
                  allowClear
                  options={DISABILITY_CATEGORIES.map((value) => ({ value, label: t(`talent.disability.${value}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name={['disability', 'accommodation']} label={t('talent.field.accommodation')} rules={[max(500)]}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
            {hasConsent ? (
              <Col xs={24}>
                <Typography.Paragraph type="secondary">{t('talent.disability.consentOnFile')}</Typography.Paragraph>
              </Col>
            ) : (
              <Col xs={24}>
                <Form.Item
                  name="disabilityConsent"
                  valuePropName="checked"
                  rules={[
                    {
                      validator: (_rule, value) =>
                        value ? Promise.resolve() : Promise.reject(new Error(t('talent.disability.consentRequired'))),
                    },
                  ]}
                >
                  <Checkbox>{isSelf ? t('talent.disability.consent.self') : t('talent.disability.consent.operator')}</Checkbox>
                </Form.Item>
              </Col>
            )}
          </Row>
        ) : seeker?.disability ? (
          <Typography.Paragraph type="warning">{t('talent.disability.willRemove')}</Typography.Paragraph>
        ) : null}
      </fieldset>

      <Flex wrap gap={8}>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button onClick={onCancel} disabled={false}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </Flex>
    </Form>
  );
}
