import { Button, Checkbox, Form, Input, Select } from 'antd';
import { Link } from 'react-router';
import { useFormSubmit } from '../../../api/useFormSubmit';
import type { MessageKey } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { EDUCATION_LEVELS, type EducationLevel } from '../../../../../src/modules/positions/positions.codes';
import type { Ticket } from '../../fairs/types';
import type { PublicRegistrationInput } from '../types';

type ShortFormValues = {
  name: string;
  phone: string;
  educationLevel: EducationLevel;
  school?: string;
  major?: string;
  acceptPrivacyPolicy: boolean;
};

const FIELDS = ['name', 'phone', 'educationLevel', 'school', 'major', 'acceptPrivacyPolicy'] as const;
/** 不限 is a requirement of a position, not a level a person has. */
const LEVELS = EDUCATION_LEVELS.filter((level) => level !== 'none');

export type ShortRegistrationFormProps = {
  /** The public short form, or staff registering someone at the door. */
  register: (input: PublicRegistrationInput) => Promise<Ticket>;
  onRegistered: (ticket: Ticket) => void | Promise<void>;
  submitLabel: string;
};

/** Registration without an account: the few facts a fair needs, then the ticket. */
export function ShortRegistrationForm({ register, onRegistered, submitLabel }: ShortRegistrationFormProps) {
  const t = useT();
  const [form] = Form.useForm<ShortFormValues>();
  const { error, isSubmitting, submit } = useFormSubmit();

  async function handleFinish(values: ShortFormValues) {
    await submit(
      async () => {
        const school = values.school?.trim();
        const major = values.major?.trim();
        const ticket = await register({
          name: values.name.trim(),
          phone: values.phone.trim(),
          educationLevel: values.educationLevel,
          ...(school ? { school } : {}),
          ...(major ? { major } : {}),
          acceptPrivacyPolicy: true,
        });
        form.resetFields();
        await onRegistered(ticket);
      },
      { form, fields: FIELDS },
    );
  }

  return (
    <Form<ShortFormValues>
      form={form}
      layout="vertical"
      size="large"
      onFinish={handleFinish}
      disabled={isSubmitting}
      aria-label={t('fairDay.shortForm.title')}
      scrollToFirstError={{ block: 'center', focus: true }}
    >
      <FormErrorAlert error={error} />
      <Form.Item
        name="name"
        label={t('fairDay.shortForm.name')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: 50, message: t('validation.maxLength', { max: 50 }) },
        ]}
      >
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('fairDay.shortForm.phone')}
        rules={[
          { required: true, message: t('validation.required') },
          { pattern: /^1\d{10}$/, message: t('validation.mobile') },
        ]}
      >
        <Input inputMode="tel" autoComplete="tel-national" maxLength={11} />
      </Form.Item>
      <Form.Item name="educationLevel" label={t('fairDay.shortForm.education')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select
          options={LEVELS.map((level) => ({ value: level, label: t(`position.education.${level}` as MessageKey) }))}
          placeholder={t('fairDay.shortForm.educationPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="school" label={t('fairDay.shortForm.school')} rules={[{ max: 100, message: t('validation.maxLength', { max: 100 }) }]}>
        <Input autoComplete="organization" />
      </Form.Item>
      <Form.Item name="major" label={t('fairDay.shortForm.major')} rules={[{ max: 100, message: t('validation.maxLength', { max: 100 }) }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="acceptPrivacyPolicy"
        valuePropName="checked"
        rules={[{ validator: (_rule, value) => (value ? Promise.resolve() : Promise.reject(new Error(t('register.privacy.required')))) }]}
      >
        <Checkbox>
          {t('fairDay.shortForm.privacy.before')}
          <Link to="/privacy" target="_blank" rel="noopener">
            {t('register.privacy.accept.link')}
          </Link>
          {t('fairDay.shortForm.privacy.after')}
        </Checkbox>
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={isSubmitting}>
          {submitLabel}
        </Button>
      </Form.Item>
    </Form>
  );
}
