import { Button, Card, Col, Flex, Form, Popconfirm, Row, Typography } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import type { EnterpriseSource } from '../hooks/useEnterpriseSearch';
import type { Consent, ConsentPayload, ConsentPurpose } from '../types';
import { ConsentHistory } from './ConsentHistory';
import { EnterpriseSelect } from './EnterpriseSelect';

export type ConsentPanelProps = {
  consents: Consent[];
  /** `self`: the seeker decides online; `operator`: staff record what a walk-in seeker said in person. */
  mode: 'self' | 'operator';
  onGrant: (payload: ConsentPayload) => Promise<void>;
  onWithdraw: (consent: Consent) => Promise<void>;
  /** Level of the cards' headings: 2 on the seeker's own page, 3 inside a section of a seeker's page. */
  headingLevel?: 2 | 3;
};

type SimplePurpose = Exclude<ConsentPurpose, 'share_with_organisation'>;

/** 授权管理: one card per purpose with its state, the policy version it was given under, and grant / withdraw. */
export function ConsentPanel({ consents, mode, onGrant, onWithdraw, headingLevel = 2 }: ConsentPanelProps) {
  const t = useT();
  const language = useLanguage();
  const [error, setError] = useState<unknown>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [shareForm] = Form.useForm<{ organisationId?: string }>();
  const active = consents.filter((c) => c.isActive);
  const shares = active.filter((c) => c.purpose === 'share_with_organisation');
  const enterpriseSource: EnterpriseSource = mode === 'operator' ? 'zone' : 'hiring';
  const isSelf = mode === 'self';

  async function run(key: string, action: () => Promise<void>) {
    setBusyKey(key);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusyKey(null);
    }
  }

  async function handleShare(values: { organisationId?: string }) {
    if (!values.organisationId) return;
    const organisationId = values.organisationId;
    await run('share', async () => {
      await onGrant({ purpose: 'share_with_organisation', organisationId });
      shareForm.resetFields();
    });
  }

  function grantedLine(consent: Consent) {
    return t('talent.consent.grantedOn', {
      at: formatDateTime(consent.grantedAt, language),
      version: consent.policyVersion,
    });
  }

  function withdrawButton(consent: Consent, label: string) {
    return (
      <Popconfirm
        title={t('talent.consent.withdraw.confirm')}
        description={
          consent.purpose === 'sensitive_disability' ? t('talent.consent.withdraw.disabilityEffect') : t('talent.consent.withdraw.effect')
        }
        okText={t('talent.consent.withdraw')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => run(consent.id, () => onWithdraw(consent))}
      >
        <Button danger loading={busyKey === consent.id} aria-label={label}>
          {t('talent.consent.withdraw')}
        </Button>
      </Popconfirm>
    );
  }

  function simpleCard(purpose: SimplePurpose) {
    const consent = active.find((c) => c.purpose === purpose);
    const title = t(`talent.consent.purpose.${purpose}`);
    return (
      <Card
        variant="outlined"
        style={{ height: '100%' }}
        title={
          <Typography.Title level={headingLevel} style={{ fontSize: 17, margin: 0, whiteSpace: 'normal' }}>
            {title}
          </Typography.Title>
        }
      >
        <Typography.Paragraph>{t(`talent.consent.explain.${purpose}`)}</Typography.Paragraph>
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          {consent ? (
            <LabelTag tone="success">{t('talent.consent.state.active')}</LabelTag>
          ) : (
            <LabelTag>{t('talent.consent.state.none')}</LabelTag>
          )}
          {consent?.isRecordedByOperator ? <LabelTag tone="info">{t('talent.consent.recordedByOperator')}</LabelTag> : null}
        </Flex>
        {consent ? <Typography.Paragraph type="secondary">{grantedLine(consent)}</Typography.Paragraph> : null}
        {consent ? (
          withdrawButton(consent, `${t('talent.consent.withdraw')}：${title}`)
        ) : (
          <Button type="primary" loading={busyKey === purpose} onClick={() => run(purpose, () => onGrant({ purpose }))}>
            {isSelf ? t('talent.consent.grant.self') : t('talent.consent.grant.operator')}
          </Button>
        )}
      </Card>
    );
  }

  return (
    <Flex vertical gap={16}>
      {error ? <ErrorAlert error={error} extraLines={fieldLines(error)} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          {simpleCard('job_matching')}
        </Col>
        <Col xs={24} lg={12}>
          {simpleCard('sensitive_disability')}
        </Col>
      </Row>
      <Card
        variant="outlined"
        title={
          <Typography.Title level={headingLevel} style={{ fontSize: 17, margin: 0, whiteSpace: 'normal' }}>
            {t('talent.consent.purpose.share_with_organisation')}
          </Typography.Title>
        }
      >
        <Typography.Paragraph>{t('talent.consent.explain.share_with_organisation')}</Typography.Paragraph>
        {shares.length === 0 ? (
          <Typography.Paragraph type="secondary">{t('talent.consent.share.none')}</Typography.Paragraph>
        ) : (
          <ul aria-label={t('talent.consent.share.listLabel')} style={{ listStyle: 'none', padding: 0, margin: '0 0 16px', display: 'grid', gap: 8 }}>
            {shares.map((consent) => (
              <li key={consent.id} style={{ border: '1px solid #e5e5e5', borderRadius: 8, padding: 12 }}>
                <Flex wrap gap={8} justify="space-between" align="center">
                  <div>
                    <Typography.Text strong>{consent.organisationName ?? '—'}</Typography.Text>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {grantedLine(consent)}
                    </Typography.Text>
                  </div>
                  {withdrawButton(consent, `${t('talent.consent.withdraw')}：${consent.organisationName ?? ''}`)}
                </Flex>
              </li>
            ))}
          </ul>
        )}
        <Form form={shareForm} layout="vertical" onFinish={handleShare} aria-label={t('talent.consent.share.add')}>
          <Row gutter={12} align="bottom">
            <Col xs={24} md={16}>
              <Form.Item
                name="organisationId"
                label={t('talent.consent.share.enterprise')}
                extra={isSelf ? t('talent.consent.share.help.self') : undefined}
                rules={[{ required: true, message: t('talent.consent.share.enterpriseRequired') }]}
              >
                <EnterpriseSelect source={enterpriseSource} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item>
                <Button htmlType="submit" type="primary" loading={busyKey === 'share'} block>
                  {t('talent.consent.share.add')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card variant="outlined">
        <ConsentHistory consents={consents} headingLevel={headingLevel} />
      </Card>
    </Flex>
  );
}

/** Field problems (e.g. "save your profile first") listed under the error's message. */
function fieldLines(error: unknown): string[] {
  return isApiError(error) ? error.fields.map((f) => f.message).filter((m) => m !== error.message) : [];
}
