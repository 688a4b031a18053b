import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/format';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useAgreement } from '../hooks/useGovernanceQueries';
import type { Agreement } from '../types';
import { AgreementDocumentCard } from './AgreementDocumentCard';
import { AgreementFormModal } from './AgreementFormModal';
import { GovernanceStatusTag } from './GovernanceStatusTag';

export type AgreementDetailViewProps = { agreementId: string; canManage: boolean };

/** An agreement: parties, scope, term and status, and its signed copy. */
export function AgreementDetailView({ agreementId, canManage }: AgreementDetailViewProps) {
  const t = useT();
  const { message } = App.useApp();
  const { data: agreement, error, isLoading, reload } = useAgreement(agreementId);
  const [isEditing, setEditing] = useState(false);

  function handleSaved(saved: Agreement) {
    void message.success(t('gov.agreements.saved', { title: saved.title }));
    setEditing(false);
    reload();
  }

  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !agreement) return <LoadingBlock minHeight={240} />;
  return (
    <Flex vertical gap={16}>
      <Card
        variant="outlined"
        title={<Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>{agreement.title}</Typography.Title>}
        extra={
          canManage && agreement.status !== 'terminated' ? (
            <Button icon={<EditOutlined aria-hidden="true" />} onClick={() => setEditing(true)}>
              {t('gov.agreements.edit')}
            </Button>
          ) : null
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('gov.field.agreementType')}>{t(`gov.agreementType.${agreement.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.status')}>
            <GovernanceStatusTag kind="agreement" status={agreement.status} />
            {agreement.daysToEnd !== null ? t('gov.agreements.daysLeft', { n: agreement.daysToEnd }) : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('gov.field.parties')} span={2}>
            {agreement.parties.map((p) => `${p.name}（${t(`orgType.${p.type}`)}）`).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('gov.field.signedOn')}>{formatDate(agreement.signedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.agreementEnd')}>{formatDate(agreement.endOn)}</Descriptions.Item>
          {agreement.status === 'terminated' ? (
            <>
              <Descriptions.Item label={t('gov.field.terminatedOn')}>{formatDate(agreement.terminatedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('gov.field.terminationReason')}>{agreement.terminationReason ?? '—'}</Descriptions.Item>
            </>
          ) : null}
          <Descriptions.Item label={t('gov.field.scope')} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{agreement.scope}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <AgreementDocumentCard
        agreement={agreement}
        canManage={canManage}
        onUploaded={() => {
          void message.success(t('gov.agreements.uploaded'));
          reload();
        }}
      />
      {canManage ? <AgreementFormModal isOpen={isEditing} agreement={agreement} onClose={() => setEditing(false)} onSaved={handleSaved} /> : null}
    </Flex>
  );
}
