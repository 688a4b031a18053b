import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { useAuth } from '../hooks/useAuth';
import { safeNextPath } from '../utils/safeNext';

type LoginValues = { login: string; password: string; totp?: string };

const FIELDS = ['login', 'password', 'totp'] as const;

export type LoginFormProps = Record<string, never>;

/** 账号 + 密码; asks for a 6-digit authenticator code when the server answers `totp_required`. */
export function LoginForm(_props: LoginFormProps) {
  const t = useT();
  const { login } = useAuth();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [form] = Form.useForm<LoginValues>();
  const [isTotpNeeded, setTotpNeeded] = useState(false);
  const { error, isSubmitting, submit } = useFormSubmit();

  async function handleFinish(values: LoginValues) {
    await submit(
      async () => {
        try {
          const session = await login({
            login: values.login.trim(),
            password: values.password,
            ...(isTotpNeeded && values.totp ? { totp: values.totp.trim() } : {}),
          });
          const next = safeNextPath(searchParams.get('next'));
          await navigate(session.restriction ? '/console/security' : (next ?? '/console'), { replace: true });
        } catch (caught) {
          // Steps of a two-factor sign-in rather than errors: ask for the code, or for a new one.
          if (isApiError(caught) && caught.code === 'totp_required' && !isTotpNeeded) {
            setTotpNeeded(true);
            return;
          }
          if (isApiError(caught) && caught.code === 'totp_invalid') {
            form.setFields([{ name: 'totp', errors: [caught.message], value: '' }]);
            return;
          }
          throw caught;
        }
      },
      { form, fields: FIELDS },
    );
  }

  return (
    <Form<LoginValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={handleFinish}
      disabled={isSubmitting}
      aria-label={t('login.title')}
    >
      <FormErrorAlert error={error} />
      <Form.Item
        name="login"
        label={t('login.field.login')}
        extra={t('login.field.login.help')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input autoComplete="username" autoCapitalize="none" spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('login.field.password')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      {isTotpNeeded ? (
        <>
          <Alert type="info" showIcon title={t('login.totp.prompt')} style={{ marginBottom: 16 }} role="status" />
          <Form.Item
            name="totp"
            label={t('login.field.totp')}
            rules={[
              { required: true, message: t('validation.required') },
              { pattern: /^\d{6}$/, message: t('validation.totp') },
            ]}
          >
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
          </Form.Item>
        </>
      ) : null}
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block size="large" loading={isSubmitting}>
          {t('login.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}
