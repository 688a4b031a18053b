import { Form, Input, Switch } from 'antd';
import type { Account, Role } from '../../../api/types';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { type UpdateAccountInput, useAccountMutations } from '../hooks/useAccountMutations';
import { AccountFields } from './AccountFields';

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
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

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
    await submit(async () => onSaved(await updateAccount(account.id, changes)), { form, fields: FIELDS });
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  /** The account keeps its role even where the organisation's type would not offer it. */
  const roleChoices = account && !roles.includes(account.role) ? [...roles, account.role] : roles;

  const initialValues: EditValues | undefined = account
    ? {
        displayName: account.displayName,
        email: account.email ?? '',
        phone: '',
        role: account.role,
        isActive: account.isActive,
      }
    : undefined;

  return (
    <FormModal<EditValues>
      isOpen={account !== null}
      title={account ? t('account.edit.title', { name: account.displayName }) : ''}
      form={form}
      formKey={account?.id}
      initialValues={initialValues}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('common.save')}
    >
      {account ? (
        <>
          <Form.Item label={t('account.field.username')}>
            <Input value={account.username} readOnly variant="filled" />
          </Form.Item>
          <AccountFields
            roles={roleChoices}
            phoneHelp={
              account.phoneMasked
                ? t('account.field.phone.keep', { masked: account.phoneMasked })
                : t('account.field.phone.none')
            }
          />
          <Form.Item name="isActive" label={t('account.field.isActive')} valuePropName="checked">
            <Switch checkedChildren={t('account.status.active')} unCheckedChildren={t('account.status.inactive')} />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}
