import { Form, Input } from 'antd';
import { useT } from '../../../i18n/useT';
import { isPasswordAcceptable } from '../utils/password';
import { PasswordRules } from './PasswordRules';

export type NewPasswordFieldsProps = {
  /** The form field that holds the new password, e.g. `password` or `newPassword`. */
  name: string;
  label: string;
  /** id of the rules list under the input, which the input points to (aria-describedby). */
  rulesId: string;
  /** Label of a `confirmPassword` field that must repeat the password; without it none is asked. */
  confirmLabel?: string;
};

/** A new password checked against the policy (rules shown live under it), and optionally its confirmation. */
export function NewPasswordFields({ name, label, rulesId, confirmLabel }: NewPasswordFieldsProps) {
  const t = useT();
  const form = Form.useFormInstance();
  const password = Form.useWatch<string | undefined>(name, form) ?? '';
  return (
    <>
      <Form.Item
        name={name}
        label={label}
        rules={[
          { required: true, message: t('validation.required') },
          {
            validator: (_rule, value: string | undefined) =>
              !value || isPasswordAcceptable(value) ? Promise.resolve() : Promise.reject(new Error(t('password.weak'))),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" aria-describedby={rulesId} />
      </Form.Item>
      <PasswordRules password={password} id={rulesId} />
      {confirmLabel ? (
        <Form.Item
          name="confirmPassword"
          label={confirmLabel}
          dependencies={[name]}
          rules={[
            { required: true, message: t('validation.required') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || getFieldValue(name) === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      ) : null}
    </>
  );
}
