import { CheckCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../../api/formErrors';
import type { TotpSetup } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAuth } from '../../auth/hooks/useAuth';
import { useSecurityMutations } from '../hooks/useSecurityMutations';

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
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);
  const [enableForm] = Form.useForm<EnableValues>();
  const [disableForm] = Form.useForm<DisableValues>();
  const isEnabled = me?.isTotpEnabled ?? false;
  const codeRules = [
    { required: true, message: t('validation.required') },
    { pattern: /^\d{6}$/, message: t('validation.totp') },
  ];

  async function handleStart() {
    setBusy(true);
    setError(null);
    try {
      setSetup(await startTotpSetup());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function handleEnable(values: EnableValues) {
    setBusy(true);
    setError(null);
    try {
      await enableTotp(values.code.trim());
      setSetup(null);
      enableForm.resetFields();
      void message.success(t('security.totp.enabled'));
      await refresh();
    } catch (caught) {
      applyFieldErrors(enableForm, caught, ['code']);
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function handleDisable(values: DisableValues) {
    setBusy(true);
    setError(null);
    try {
      await disableTotp(values.password, values.code.trim());
      disableForm.resetFields();
      void message.success(t('security.totp.disabled'));
      await refresh();
    } catch (caught) {
      applyFieldErrors(disableForm, caught, ['password', 'code']);
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      variant="outlined"
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }} id="totp-title">
          {t('security.totp.title')}
        </Typography.Title>
      }
      style={isRequired ? { borderColor: '#a15c00', borderWidth: 2 } : undefined}
    >
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
      {error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}

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
    </Card>
  );
}
