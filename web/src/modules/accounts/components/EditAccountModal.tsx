import { Button, Flex, Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../../api/formErrors';
import type { Account, Role } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { type UpdateAccountInput, useAccountMutations } from '../hooks/useAccountMutations';

type EditValues = { displayName: string; email?: string; phone?: string; role: Role; isActive: boolean };

const FIELDS = ['displayName', 'email', 'phone', 'role', 'isActive'] as const;

export type EditAccountModalProps = {
  account: Account | null;
  roles: Role[];
  onClose: () => void;
  onSaved: (account: Account) => void;
};

/** Edit a staff account: name, contacts, role and whether it may sign in. */
export function EditAccountModal({ account, roles, onClose, onSaved }: EditAccountModalProps) {
  const t = useT();
  const { updateAccount } = useAccountMutations();
  const [form] = Form.useForm<EditValues>();
  const [error, setError] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function handleFinish(values: EditValues) {
    if (!account) return;
    const changes: UpdateAccountInput = {};
    const displayName = values.displayName.trim();
    const email = values.email?.trim() ?? '';
    const phone = values.phone?.trim() ?? '';
    if (displayName !== account.displayName) changes.displayName = displayName;
    if (email !== (account.email ?? '')) changes.email = email === '' ? null : email;
    if (phone !== '') changes.phone = phone;
    if (values.role !== account.role) changes.role = values.role;
    if (values.isActive !== account.isActive) changes.isActive = values.isActive;
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      onSaved(await updateAccount(account.id, changes));
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

  const roleOptions = (account && !roles.includes(account.role) ? [...roles, account.role] : roles).map((value) => ({
    value,
    label: t(`role.${value}`),
  }));

  return (
    <Modal
      open={account !== null}
      title={account ? t('account.edit.title', { name: account.displayName }) : ''}
      onCancel={handleCancel}
      footer={null}
      destroyOnHidden
    >
      {account ? (
        <Form<EditValues>
          key={account.id}
          form={form}
          layout="vertical"
          onFinish={handleFinish}
          disabled={isSubmitting}
          initialValues={{
            displayName: account.displayName,
            email: account.email ?? '',
            phone: '',
            role: account.role,
            isActive: account.isActive,
          }}
          aria-label={t('account.edit.title', { name: account.displayName })}
        >
          {error ? (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={error} />
            </div>
          ) : null}
          <Form.Item label={t('account.field.username')}>
            <Input value={account.username} readOnly variant="filled" />
          </Form.Item>
          <Form.Item
            name="displayName"
            label={t('account.field.displayName')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="role" label={t('account.field.role')}>
            <Select options={roleOptions} />
          </Form.Item>
          <Form.Item name="email" label={t('account.field.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
            <Input type="email" autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="phone"
            label={t('account.field.phone')}
            extra={
              account.phoneMasked
                ? t('account.field.phone.keep', { masked: account.phoneMasked })
                : t('account.field.phone.none')
            }
            rules={[{ pattern: /^1\d{10}$/, message: t('validation.mobile') }]}
          >
            <Input inputMode="tel" autoComplete="off" maxLength={11} />
          </Form.Item>
          <Form.Item name="isActive" label={t('account.field.isActive')} valuePropName="checked">
            <Switch checkedChildren={t('account.status.active')} unCheckedChildren={t('account.status.inactive')} />
          </Form.Item>
          <Flex gap={8} justify="end">
            <Button onClick={handleCancel} disabled={false}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={isSubmitting}>
              {t('common.save')}
            </Button>
          </Flex>
        </Form>
      ) : null}
    </Modal>
  );
}
