import { CheckCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { TotpSetup } from '../../../api/types';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { useAuth } from '../../auth/hooks/useAuth';
import { useSecurityMutations } from '../hooks/useSecurityMutations';
import { SecurityCard } from './SecurityCard';

type EnableValues = { code: string };
type DisableValues = { password: string; code: string };

export type TwoFactorCardProps = { isRequired: boolean };

/** Groups a base32 secret in fours so it can be typed by hand. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/** 双因素认证 (TOTP): set up with a QR code and confirm with a code, or turn off. */
export function TwoFactorCard({ isRequired }: TwoFactorCardProps) {
  const t = useT();
  const { message } = App.useApp();
  const { me, refresh } = useAuth();
  const { startTotpSetup, enableTotp, disableTotp } = useSecurityMutations();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const { error, isSubmitting: isBusy, submit } = useFormSubmit();
  const [enableForm] = Form.useForm<EnableValues>();
  const [disableForm] = Form.useForm<DisableValues>();
  const isEnabled = me?.isTotpEnabled ?? false;
  const codeRules = [
    { required: true, message: t('validation.required') },
    { pattern: /^\d{6}$/, message: t('validation.totp') },
  ];

  async function handleStart() {
    await submit(async () => setSetup(await startTotpSetup()));
  }

  async function handleEnable(values: EnableValues) {
    await submit(
      async () => {
        await enableTotp(values.code.trim());
        setSetup(null);
        enableForm.resetFields();
        void message.success(t('security.totp.enabled'));
        await refresh();
      },
      { form: enableForm, fields: ['code'] },
    );
  }

  async function handleDisable(values: DisableValues) {
    await submit(
      async () => {
        await disableTotp(values.password, values.code.trim());
        disableForm.resetFields();
        void message.success(t('security.totp.disabled'));
        await refresh();
      },
      { form: disableForm, fields: ['password', 'code'] },
    );
  }

  return (
    <SecurityCard title={t('security.totp.title')} titleId="totp-title" isRequired={isRequired}>
      <Typography.Paragraph>{t('security.totp.intro')}</Typography.Paragraph>
      <Typography.Paragraph strong>
        {isEnabled ? (
          <>
            <CheckCircleFilled aria-hidden="true" style={{ color: '#2e7d32', marginInlineEnd: 6 }} />
            {t('security.totp.statusOn')}
          </>
        ) : (
          <>
            <SafetyCertificateOutlined aria-hidden="true" style={{ marginInlineEnd: 6 }} />
            {t('security.totp.statusOff')}
          </>
        )}
      </Typography.Paragraph>
      <FormErrorAlert error={error} />

      {!isEnabled && !setup ? (
        <Button type="primary" onClick={handleStart} loading={isBusy}>
          {t('security.totp.start')}
        </Button>
      ) : null}

      {!isEnabled && setup ? (
        <Flex vertical gap={12}>
          <ol style={{ paddingInlineStart: 20, margin: 0 }}>
            <li>{t('security.totp.step1')}</li>
            <li>{t('security.totp.step2')}</li>
            <li>{t('security.totp.step3')}</li>
          </ol>
          <img
            src={setup.qrDataUrl}
            alt={t('security.totp.qrAlt')}
            width={200}
            height={200}
            style={{ border: '1px solid #e5e5e5', borderRadius: 8, background: '#fff' }}
          />
          <div>
            <Typography.Text id="totp-secret-label">{t('security.totp.secret')}</Typography.Text>
            <br />
            <Typography.Text
              code
              copyable={{ text: setup.secret }}
              aria-labelledby="totp-secret-label"
              style={{ fontSize: 16, wordBreak: 'break-all' }}
            >
              {groupSecret(setup.secret)}
            </Typography.Text>
          </div>
          <Form<EnableValues>
            form={enableForm}
            layout="vertical"
            onFinish={handleEnable}
            disabled={isBusy}
            aria-label={t('security.totp.confirm')}
            style={{ maxWidth: 320 }}
          >
            <Form.Item name="code" label={t('security.totp.code')} rules={codeRules}>
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
            </Form.Item>
            <Flex gap={8} wrap>
              <Button type="primary" htmlType="submit" loading={isBusy}>
                {t('security.totp.confirm')}
              </Button>
              <Button onClick={() => setSetup(null)} disabled={isBusy}>
                {t('common.cancel')}
              </Button>
            </Flex>
          </Form>
        </Flex>
      ) : null}

      {isEnabled ? (
        <Form<DisableValues>
          form={disableForm}
          layout="vertical"
          onFinish={handleDisable}
          disabled={isBusy}
          aria-label={t('security.totp.disable')}
          style={{ maxWidth: 320 }}
        >
          <Typography.Paragraph type="secondary">{t('security.totp.disableHelp')}</Typography.Paragraph>
          <Form.Item
            name="password"
            label={t('security.totp.password')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="code" label={t('security.totp.code')} rules={codeRules}>
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
          </Form.Item>
          <Button danger htmlType="submit" loading={isBusy}>
            {t('security.totp.disable')}
          </Button>
        </Form>
      ) : null}
    </SecurityCard>
  );
}
