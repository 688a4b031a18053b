import { Alert, Button, Card, Descriptions, Flex, Form, Input, Result } from 'antd';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useApiQuery } from '../../../api/useApiQuery';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { PageHeading } from '../../../ui/PageHeading';
import type { CertificateCheck } from '../types';

/** 证书查验: anyone checks a training certificate by its number (from the QR code or typed in). */
export function CertificateCheckView({ number }: { number: string | undefined }) {
  const t = useT();
  const navigate = useNavigate();
  const check = useApiQuery<CertificateCheck>(number ? `/api/public/training-certificates/${encodeURIComponent(number)}` : null);
  const isUnknown = isApiError(check.error) && check.error.status === 404;

  return (
    <div style={{ maxWidth: 720, margin: '0 auto', padding: 16 }}>
      <PageHeading title={t('training.certificate.title')} description={t('training.certificate.lead')} />
      <Flex vertical gap={16}>
        <Card variant="outlined">
          <Form<{ number: string }>
            layout="inline"
            initialValues={{ number }}
            onFinish={(values) => navigate(`/certificates/${encodeURIComponent(values.number.trim())}`)}
            aria-label={t('training.certificate.title')}
          >
            <Form.Item name="number" label={t('training.certificate.number')} rules={[{ required: true, message: t('validation.required') }]}>
              <Input placeholder="PX2023-XXXXXXXX" spellCheck={false} style={{ width: 240 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('training.certificate.check')}
            </Button>
          </Form>
        </Card>
        {number && check.isLoading ? <LoadingBlock /> : null}
        {isUnknown ? <Alert type="warning" showIcon role="alert" title={t('training.certificate.unknown', { number: number ?? '' })} /> : null}
        {check.error && !isUnknown ? <ErrorAlert error={check.error} /> : null}
        {check.data ? (
          <Result
            status="success"
            title={t('training.certificate.valid')}
            extra={
              <Descriptions column={1} bordered size="small" style={{ textAlign: 'start' }}>
                <Descriptions.Item label={t('training.certificate.number')}>{check.data.certificateNo}</Descriptions.Item>
                <Descriptions.Item label={t('training.certificate.holder')}>{check.data.traineeName}</Descriptions.Item>
                <Descriptions.Item label={t('training.programme.title')}>{check.data.programmeTitle}</Descriptions.Item>
                <Descriptions.Item label={t('training.programme.organiser')}>{check.data.organiserName}</Descriptions.Item>
                <Descriptions.Item label={t('training.programme.dates')}>{`${check.data.startsOn} – ${check.data.endsOn}`}</Descriptions.Item>
                <Descriptions.Item label={t('training.programme.totalHours')}>{check.data.totalHours}</Descriptions.Item>
                <Descriptions.Item label={t('training.certificate.issuedOn')}>{check.data.completedOn}</Descriptions.Item>
              </Descriptions>
            }
          />
        ) : null}
      </Flex>
    </div>
  );
}
