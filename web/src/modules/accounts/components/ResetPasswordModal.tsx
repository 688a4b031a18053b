import { App, Form, Typography } from 'antd';
import type { Account } from '../../../api/types';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { NewPasswordFields } from '../../auth/components/NewPasswordFields';
import { useAccountMutations } from '../hooks/useAccountMutations';

type ResetValues = { password: string; confirmPassword: string };

export type ResetPasswordModalProps = { account: Account | null; onClose: () => void };

/** Sets a new password for a staff account (the user should change it at next sign-in). */
export function ResetPasswordModal({ account, onClose }: ResetPasswordModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const { resetPassword } = useAccountMutations();
  const [form] = Form.useForm<ResetValues>();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: ResetValues) {
    if (!account) return;
    await submit(
      async () => {
        await resetPassword(account.id, values.password);
        void message.success(t('account.reset.done', { name: account.displayName }));
        onClose();
      },
      { form, fields: ['password'] },
    );
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  return (
    <FormModal<ResetValues>
      isOpen={account !== null}
      title={account ? t('account.reset.title', { name: account.displayName }) : ''}
      form={form}
      formKey={account?.id}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('account.reset.submit')}
      intro={<Typography.Paragraph type="secondary">{t('account.reset.help')}</Typography.Paragraph>}
    >
      {account ? (
        <NewPasswordFields
          name="password"
          label={t('account.field.newPassword')}
          confirmLabel={t('account.field.confirmPassword')}
          rulesId="reset-password-rules"
        />
      ) : null}
    </FormModal>
  );
}
