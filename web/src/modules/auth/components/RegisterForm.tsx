import { Button, Checkbox, Form, Input } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { useAuth } from '../hooks/useAuth';
import { NewPasswordFields } from './NewPasswordFields';

type RegisterValues = {
  displayName: string;
  phone: string;
  password: string;
  confirmPassword: string;
  email?: string;
  acceptPrivacyPolicy: boolean;
};

const FIELDS = ['displayName', 'phone', 'password', 'confirmPassword', 'email', 'acceptPrivacyPolicy'] as const;

export type RegisterFormProps = {
  /** A checked same-site path to continue at after registering (instead of the console). */
  next?: string | null;
};

/** Job-seeker self-registration; signs the new seeker in on success. */
export function RegisterForm({ next = null }: RegisterFormProps) {
  const t = useT();
  const { register } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<RegisterValues>();
  const { error, isSubmitting, submit } = useFormSubmit();

  async function handleFinish(values: RegisterValues) {
    await submit(
      async () => {
        const email = values.email?.trim();
        const session = await register({
          displayName: values.displayName.trim(),
          phone: values.phone.trim(),
          password: values.password,
          ...(email ? { email } : {}),
          acceptPrivacyPolicy: true,
        });
        await navigate(session.restriction ? '/console/security' : (next ?? '/console'), { replace: true });
      },
      { form, fields: FIELDS },
    );
  }

  return (
    <Form<RegisterValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      disabled={isSubmitting}
      aria-label={t('register.title')}
      scrollToFirstError={{ block: 'center', focus: true }}
    >
      <FormErrorAlert error={error} />
      <Form.Item
        name="displayName"
        label={t('register.field.displayName')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { max: 50, message: t('validation.maxLength', { max: 50 }) },
        ]}
      >
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('register.field.phone')}
        extra={t('register.field.phone.help')}
        rules={[
          { required: true, message: t('validation.required') },
          { pattern: /^1\d{10}$/, message: t('validation.mobile') },
        ]}
      >
        <Input inputMode="tel" autoComplete="tel-national" maxLength={11} />
      </Form.Item>
      <NewPasswordFields
        name="password"
        label={t('register.field.password')}
        confirmLabel={t('register.field.confirmPassword')}
        rulesId="register-password-rules"
      />
      <Form.Item
        name="email"
        label={t('register.field.email')}
        rules={[{ type: 'email', message: t('validation.email') }]}
      >
        <Input type="email" autoComplete="email" autoCapitalize="none" />
      </Form.Item>
      <Form.Item
        name="acceptPrivacyPolicy"
        valuePropName="checked"
        rules={[
          {
            validator: (_rule, value: boolean | undefined) =>
              value ? Promise.resolve() : Promise.reject(new Error(t('register.privacy.required'))),
          },
        ]}
      >
        <Checkbox>
          {t('register.privacy.accept.before')}
          <Link to="/privacy" target="_blank" rel="noopener">
            {t('register.privacy.accept.link')}
            <span className="sr-only">{t('common.opensInNewTab')}</span>
          </Link>
          {t('register.privacy.accept.after')}
        </Checkbox>
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block size="large" loading={isSubmitting}>
          {t('register.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
