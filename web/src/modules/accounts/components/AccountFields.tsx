import { Form, Input, Select } from 'antd';
import type { Role } from '../../../api/types';
import { useT } from '../../../i18n/useT';

export type AccountFieldsProps = {
  /** The roles to choose from. */
  roles: Role[];
  /** Marks the role as required (a new account); an edited one always has its role. */
  isRoleRequired?: boolean;
  /** Help under the phone input. */
  phoneHelp?: string;
};

/** Name, role, e-mail and mobile of a staff account, as created and as edited. */
export function AccountFields({ roles, isRoleRequired = false, phoneHelp }: AccountFieldsProps) {
  const t = useT();
  return (
    <>
      <Form.Item
        name="displayName"
        label={t('account.field.displayName')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('account.field.role')}
        rules={isRoleRequired ? [{ required: true, message: t('validation.required') }] : undefined}
      >
        <Select options={roles.map((value) => ({ value, label: t(`role.${value}`) }))} />
      </Form.Item>
      <Form.Item name="email" label={t('account.field.email')} rules={[{ type: 'email', message: t('validation.email') }]}>
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('account.field.phone')}
        extra={phoneHelp}
        rules={[{ pattern: /^1\d{10}$/, message: t('validation.mobile') }]}
      >
        <Input inputMode="tel" autoComplete="off" maxLength={11} />
      </Form.Item>
    </>
  );
}
