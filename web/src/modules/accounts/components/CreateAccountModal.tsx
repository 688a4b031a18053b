import { Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../../api/formErrors';
import type { Account, Role } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PasswordRules } from '../../auth/components/PasswordRules';
import { isPasswordAcceptable } from '../../auth/utils/password';
import { useAccountMutations } from '../hooks/useAccountMutations';

type CreateValues = {
  username: string;
  displayName: string;
  email?: string;
  phone?: string;
  role: Role;
  password: string;
};

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
  const password = Form.useWatch('password', form) ?? '';
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function handleFinish(values: CreateValues) {
    setSubmitting(true);
    setError(null);
    try {
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
    } catch (caught) {
      applyFieldErrors(form, caught, FIELDS);
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
    <Modal open={isOpen} title={t('account.create.title')} onCancel={handleCancel} footer={null} destroyOnHidden>
      <Form<CreateValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        disabled={isSubmitting}
        initialValues={{ role: roles[roles.length - 1] }}
        aria-label={t('account.create.title')}
      >
        {error ? (
          <div style={{ marginBottom: 16 }}>
            <ErrorAlert error={error} />
          </div>
        ) : null}
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
        <Form.Item
          name="displayName"
          label={t('account.field.displayName')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('account.field.role')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={roles.map((value) => ({ value, label: t(`role.${value}`) }))} />
        </Form.Item>
        <Form.Item name="email" label={t('account.field.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('account.field.phone')}
          rules={[{ pattern: /^1\d{10}$/, message: t('validation.mobile') }]}
        >
          <Input inputMode="tel" autoComplete="off" maxLength={11} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('account.field.initialPassword')}
          rules={[
            { required: true, message: t('validation.required') },
            {
              validator: (_r, value: string | undefined) =>
                !value || isPasswordAcceptable(value) ? Promise.resolve() : Promise.reject(new Error(t('password.weak'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" aria-describedby="create-account-password-rules" />
        </Form.Item>
        <PasswordRules password={password} id="create-account-password-rules" />
        <Flex gap={8} justify="end">
          <Button onClick={handleCancel} disabled={false}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={isSubmitting}>
            {t('account.create.submit')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
