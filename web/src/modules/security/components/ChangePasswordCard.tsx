import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../../api/formErrors';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PasswordRules } from '../../auth/components/PasswordRules';
import { useAuth } from '../../auth/hooks/useAuth';
import { isPasswordAcceptable } from '../../auth/utils/password';
import { useSecurityMutations } from '../hooks/useSecurityMutations';

type PasswordValues = { currentPassword: string; newPassword: string; confirmPassword: string };

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export type ChangePasswordCardProps = { isRequired: boolean };

/** 修改密码 for the signed-in account. */
export function ChangePasswordCard({ isRequired }: ChangePasswordCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const { refresh } = useAuth();
  const { changePassword } = useSecurityMutations();
  const [form] = Form.useForm<PasswordValues>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function handleFinish(values: PasswordValues) {
    setSubmitting(true);
    setError(null);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      form.resetFields();
      void message.success(t('security.password.done'));
      await refresh();
    } catch (caught) {
      applyFieldErrors(form, caught, FIELDS);
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Card
      variant="outlined"
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} id="password-title">
          {t('security.password.title')}
        </Typography.Title>
      }
      style={isRequired ? { borderColor: '#a15c00', borderWidth: 2 } : undefined}
    >
      <Form<PasswordValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        disabled={isSubmitting}
        aria-labelledby="password-title"
        style={{ maxWidth: 420 }}
      >
        {error ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        ) : null}
        <input type="text" name="username" autoComplete="username" hidden readOnly />
        <Form.Item
          name="currentPassword"
          label={t('security.password.current')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('security.password.new')}
          rules={[
            { required: true, message: t('validation.required') },
            {
              validator: (_r, value: string | undefined) =>
                !value || isPasswordAcceptable(value) ? Promise.resolve() : Promise.reject(new Error(t('password.weak'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" aria-describedby="security-password-rules" />
        </Form.Item>
        <PasswordRules password={newPassword} id="security-password-rules" />
        <Form.Item
          name="confirmPassword"
          label={t('security.password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('validation.required') },
            ({ getFieldValue }) => ({
              validator: (_r, value: string | undefined) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {t('security.password.submit')}
        </Button>
      </Form>
    </Card>
  );
}
