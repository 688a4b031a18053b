import { Form, Input } from 'antd';
import type { Account, Role } from '../../../api/types';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { NewPasswordFields } from '../../auth/components/NewPasswordFields';
import { type CreateAccountInput, useAccountMutations } from '../hooks/useAccountMutations';
import { AccountFields } from './AccountFields';

type CreateValues = CreateAccountInput;

const FIELDS = ['username', 'displayName', 'email', 'phone', 'role', 'password'] as const;

export type CreateAccountModalProps = {
  organisationId: string;
  roles: Role[];
  isOpen: boolean;
  onClose: () => void;
  onCreated: (account: Account) => void;
};

/** 新建账号 for an organisation, with an initial password. */
export function CreateAccountModal({ organisationId, roles, isOpen, onClose, onCreated }: CreateAccountModalProps) {
  const t = useT();
  const { createAccount } = useAccountMutations();
  const [form] = Form.useForm<CreateValues>();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: CreateValues) {
    await submit(
      async () => {
        const email = values.email?.trim();
        const phone = values.phone?.trim();
        const account = await createAccount(organisationId, {
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          role: values.role,
          password: values.password,
          ...(email ? { email } : {}),
          ...(phone ? { phone } : {}),
        });
        form.resetFields();
        onCreated(account);
      },
      { form, fields: FIELDS },
    );
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  return (
    <FormModal<CreateValues>
      isOpen={isOpen}
      title={t('account.create.title')}
      form={form}
      initialValues={{ role: roles[roles.length - 1] }}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('account.create.submit')}
    >
      <Form.Item
        name="username"
        label={t('account.field.username')}
        extra={t('account.field.username.help')}
        rules={[
          { required: true, message: t('validation.required') },
          { pattern: /^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, message: t('validation.username') },
        ]}
      >
        <Input autoComplete="off" autoCapitalize="none" spellCheck={false} />
      </Form.Item>
      <AccountFields roles={roles} isRoleRequired />
      <NewPasswordFields name="password" label={t('account.field.initialPassword')} rulesId="create-account-password-rules" />
    </FormModal>
  );
}
