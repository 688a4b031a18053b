import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/format';
import { useGovernanceMutations } from '../hooks/useGovernanceMutations';
import { type Agreement, AGREEMENT_DOCUMENT_MAX_BYTES, AGREEMENT_DOCUMENT_TYPES } from '../types';

const ACCEPT = [...Object.keys(AGREEMENT_DOCUMENT_TYPES), ...Object.values(AGREEMENT_DOCUMENT_TYPES).map((ext) => `.${ext}`), '.jpeg'].join(',');
const MAX_MB = AGREEMENT_DOCUMENT_MAX_BYTES / 1024 / 1024;

export type AgreementDocumentCardProps = { agreement: Agreement; canManage: boolean; onUploaded: (agreement: Agreement) => void };

/** The signed copy: download for everyone who may read the agreement, upload (replace) for operators. */
export function AgreementDocumentCard({ agreement, canManage, onUploaded }: AgreementDocumentCardProps) {
  const t = useT();
  const language = useLanguage();
  const { uploadAgreementDocument } = useGovernanceMutations();
  const [error, setError] = useState<unknown>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [isUploading, setUploading] = useState(false);
  const document = agreement.document;

  async function handleFile(file: File) {
    setError(null);
    // Checked here for an answer before the upload; the server checks again.
    setTooLarge(file.size > AGREEMENT_DOCUMENT_MAX_BYTES);
    if (file.size > AGREEMENT_DOCUMENT_MAX_BYTES) return;
    setUploading(true);
    try {
      onUploaded(await uploadAgreementDocument(agreement.id, file));
    } catch (caught) {
      setError(caught);
    } finally {
      setUploading(false);
    }
  }

  return (
    <Card variant="outlined" title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>{t('gov.agreements.document')}</Typography.Title>}>
      <Flex vertical gap={12}>
        {document ? (
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('gov.agreements.fileName')}>{document.fileName}</Descriptions.Item>
            <Descriptions.Item label={t('gov.agreements.fileSize')}>{t('gov.agreements.kilobytes', { n: Math.max(1, Math.round(document.byteSize / 1024)) })}</Descriptions.Item>
            <Descriptions.Item label={t('gov.agreements.uploadedAt')}>{formatDateTime(document.uploadedAt, language)}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">{t('gov.agreements.noDocument')}</Typography.Text>
        )}
        <Flex gap={8} wrap>
          {document ? (
            <Button href={`/api/governance/agreements/${encodeURIComponent(agreement.id)}/document`} download icon={<DownloadOutlined aria-hidden="true" />}>
              {t('gov.agreements.download')}
            </Button>
          ) : null}
          {canManage ? (
            <Upload
              accept={ACCEPT}
              showUploadList={false}
              beforeUpload={(file) => {
                void handleFile(file);
                return Upload.LIST_IGNORE;
              }}
            >
              <Button icon={<UploadOutlined aria-hidden="true" />} loading={isUploading}>
                {document ? t('gov.agreements.replace') : t('gov.agreements.upload')}
              </Button>
            </Upload>
          ) : null}
        </Flex>
        {canManage ? <Typography.Text type="secondary">{t('gov.agreements.uploadHelp', { max: MAX_MB })}</Typography.Text> : null}
        {tooLarge ? <Alert type="error" showIcon title={t('gov.agreements.tooLarge', { max: MAX_MB })} /> : null}
        <ErrorAlert error={error} />
      </Flex>
    </Card>
  );
}
