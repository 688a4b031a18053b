import { App, Button, Form, Input } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { NewPasswordFields } from '../../auth/components/NewPasswordFields';
import { useAuth } from '../../auth/hooks/useAuth';
import { useSecurityMutations } from '../hooks/useSecurityMutations';
import { SecurityCard } from './SecurityCard';

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
  const { error, isSubmitting, submit } = useFormSubmit();

  async function handleFinish(values: PasswordValues) {
    await submit(
      async () => {
        await changePassword(values.currentPassword, values.newPassword);
        form.resetFields();
        void message.success(t('security.password.done'));
        await refresh();
      },
      { form, fields: FIELDS },
    );
  }

  return (
    <SecurityCard title={t('security.password.title')} titleId="password-title" isRequired={isRequired}>
      <Form<PasswordValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        disabled={isSubmitting}
        aria-labelledby="password-title"
        style={{ maxWidth: 420 }}
      >
        <FormErrorAlert error={error} />
        <input type="text" name="username" autoComplete="username" hidden readOnly />
        <Form.Item
          name="currentPassword"
          label={t('security.password.current')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields
          name="newPassword"
          label={t('security.password.new')}
          confirmLabel={t('security.password.confirm')}
          rulesId="security-password-rules"
        />
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {t('security.password.submit')}
        </Button>
      </Form>
    </SecurityCard>
  );
}
