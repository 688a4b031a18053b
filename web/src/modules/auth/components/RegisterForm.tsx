import { Button, Checkbox, Form, Input } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { applyFieldErrors } from '../../../api/formErrors';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAuth } from '../hooks/useAuth';
import { isPasswordAcceptable } from '../utils/password';
import { PasswordRules } from './PasswordRules';

type RegisterValues = {
  displayName: string;
  phone: string;
  password: string;
  confirmPassword: string;
  email?: string;
  acceptPrivacyPolicy: boolean;
};

const FIELDS = ['displayName', 'phone', 'password', 'confirmPassword', 'email', 'acceptPrivacyPolicy'] as const;

export type RegisterFormProps = Record<string, never>;

/** Job-seeker self-registration; signs the new seeker in on success. */
export function RegisterForm(_props: RegisterFormProps) {
  const t = useT();
  const { register } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<RegisterValues>();
  const password = Form.useWatch('password', form) ?? '';
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function handleFinish(values: RegisterValues) {
    setSubmitting(true);
    setError(null);
    try {
      const email = values.email?.trim();
      const session = await register({
        displayName: values.displayName.trim(),
        phone: values.phone.trim(),
        password: values.password,
        ...(email ? { email } : {}),
        acceptPrivacyPolicy: true,
      });
      await navigate(session.restriction ? '/console/security' : '/console', { replace: true });
    } catch (caught) {
      applyFieldErrors(form, caught, FIELDS);
      setError(caught);
    } finally {
      setSubmitting(false);
    }
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
      {error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
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
      <Form.Item
        name="password"
        label={t('register.field.password')}
        rules={[
          { required: true, message: t('validation.required') },
          {
            validator: (_rule, value: string | undefined) =>
              !value || isPasswordAcceptable(value) ? Promise.resolve() : Promise.reject(new Error(t('password.weak'))),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" aria-describedby="register-password-rules" />
      </Form.Item>
      <PasswordRules password={password} id="register-password-rules" />
      <Form.Item
        name="confirmPassword"
        label={t('register.field.confirmPassword')}
        dependencies={['password']}
        rules={[
          { required: true, message: t('validation.required') },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || getFieldValue('password') === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
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
