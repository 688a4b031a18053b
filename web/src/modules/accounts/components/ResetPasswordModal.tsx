import { App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../../api/formErrors';
import type { Account } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PasswordRules } from '../../auth/components/PasswordRules';
import { isPasswordAcceptable } from '../../auth/utils/password';
import { useAccountMutations } from '../hooks/useAccountMutations';

type ResetValues = { password: string; confirmPassword: string };

export type ResetPasswordModalProps = { account: Account | null; onClose: () => void };

/** Sets a new password for a staff account (the user should change it at next sign-in). */
export function ResetPasswordModal({ account, onClose }: ResetPasswordModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const { resetPassword } = useAccountMutations();
  const [form] = Form.useForm<ResetValues>();
  const password = Form.useWatch('password', form) ?? '';
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function handleFinish(values: ResetValues) {
    if (!account) return;
    setSubmitting(true);
    setError(null);
    try {
      await resetPassword(account.id, values.password);
      void message.success(t('account.reset.done', { name: account.displayName }));
      onClose();
    } catch (caught) {
      applyFieldErrors(form, caught, ['password']);
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  }

  function handleCancel() {
    setError(null);
    onClose();
  }

  return (
    <Modal
      open={account !== null}
      title={account ? t('account.reset.title', { name: account.displayName }) : ''}
      onCancel={handleCancel}
      footer={null}
      destroyOnHidden
    >
      {account ? (
        <Form<ResetValues>
          key={account.id}
          form={form}
          layout="vertical"
          onFinish={handleFinish}
          disabled={isSubmitting}
          aria-label={t('account.reset.title', { name: account.displayName })}
        >
          <Typography.Paragraph type="secondary">{t('account.reset.help')}</Typography.Paragraph>
          {error ? (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={error} />
            </div>
          ) : null}
          <Form.Item
            name="password"
            label={t('account.field.newPassword')}
            rules={[
              { required: true, message: t('validation.required') },
              {
                validator: (_r, value: string | undefined) =>
                  !value || isPasswordAcceptable(value) ? Promise.resolve() : Promise.reject(new Error(t('password.weak'))),
              },
            ]}
          >
            <Input.Password autoComplete="new-password" aria-describedby="reset-password-rules" />
          </Form.Item>
          <PasswordRules password={password} id="reset-password-rules" />
          <Form.Item
            name="confirmPassword"
            label={t('account.field.confirmPassword')}
            dependencies={['password']}
            rules={[
              { required: true, message: t('validation.required') },
              ({ getFieldValue }) => ({
                validator: (_r, value: string | undefined) =>
                  !value || getFieldValue('password') === value
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Flex gap={8} justify="end">
            <Button onClick={handleCancel} disabled={false}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={isSubmitting}>
              {t('account.reset.submit')}
            </Button>
          </Flex>
        </Form>
      ) : null}
    </Modal>
  );
}
