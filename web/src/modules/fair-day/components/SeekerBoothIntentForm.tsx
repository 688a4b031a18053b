import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Radio, Result } from 'antd';
import { useState } from 'react';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import type { Intent, PublicBooth } from '../../fairs/types';
import { newIdempotencyKey } from '../../positions/utils/idempotency';
import { recordSeekerIntent } from '../hooks/fairDayApi';
import { SeekerActionError } from './SeekerActionError';

type SeekerIntentValues = {
  positionId: string;
  level: 'strong' | 'possible';
  shareResume: boolean;
  shareAccommodation?: boolean;
};

const FIELDS = ['positionId', 'level', 'shareResume', 'shareAccommodation'] as const;

export type SeekerBoothIntentFormProps = { qrToken: string; booth: PublicBooth };

/**
 * A seeker at a booth tells the enterprise which position they want. Sharing the résumé is an
 * explicit, unticked choice naming the enterprise; the idempotency key is made once for this page
 * so a retried tap never records twice.
 */
export function SeekerBoothIntentForm({ qrToken, booth }: SeekerBoothIntentFormProps) {
  const t = useT();
  const [form] = Form.useForm<SeekerIntentValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [saved, setSaved] = useState<Intent | null>(null);
  const { error, isSubmitting, submit } = useFormSubmit();
  const enterprise = booth.booth.organisation.name;
  const isDisabilityFair = booth.fair.kind === 'special' && booth.fair.specialFocus === 'disability';

  async function handleFinish(values: SeekerIntentValues) {
    await submit(
      async () => {
        setSaved(
          await recordSeekerIntent(qrToken, {
            positionId: values.positionId,
            level: values.level,
            shareResume: values.shareResume === true,
            ...(isDisabilityFair ? { shareAccommodation: values.shareAccommodation === true } : {}),
            idempotencyKey,
          }),
        );
      },
      { form, fields: FIELDS },
    );
  }

  if (saved) {
    return (
      <Result
        status="success"
        icon={<CheckCircleFilled aria-hidden="true" />}
        title={<span role="status">{t('fairDay.boothScan.saved', { enterprise, position: saved.position.title })}</span>}
        subTitle={saved.resumeCollected ? t('fairDay.boothScan.resumeShared', { enterprise }) : t('fairDay.boothScan.resumeNotShared')}
        extra={
          <ButtonLink to="/console/me/fairs" size="large">
            {t('fairDay.boothScan.myFairs')}
          </ButtonLink>
        }
      />
    );
  }

  return (
    <Form<SeekerIntentValues>
      form={form}
      layout="vertical"
      size="large"
      onFinish={handleFinish}
      disabled={isSubmitting}
      initialValues={{ level: 'possible', shareResume: false, shareAccommodation: false }}
      aria-label={t('fairDay.boothScan.form')}
    >
      <SeekerActionError error={error} />
      <Form.Item name="positionId" label={t('fairDay.intent.position')} rules={[{ required: true, message: t('fairDay.intent.positionRequired') }]}>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column' }}>
          {booth.booth.positions.map((position) => (
            <Radio key={position.id} value={position.id}>
              {position.title}
              {isDisabilityFair && position.isDisabilityFriendly ? ` · ${t('fairDay.position.disabilityFriendly')}` : ''}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="level" label={t('fairDay.boothScan.level')}>
        <Radio.Group optionType="button" buttonStyle="solid">
          <Radio value="strong">{t('fairDay.level.strong')}</Radio>
          <Radio value="possible">{t('fairDay.level.possible')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="shareResume" valuePropName="checked" extra={t('fairDay.boothScan.shareResumeHelp', { enterprise })}>
        <Checkbox>{t('fairDay.boothScan.shareResume', { enterprise })}</Checkbox>
      </Form.Item>
      {isDisabilityFair ? (
        <Form.Item name="shareAccommodation" valuePropName="checked" extra={t('fairDay.boothScan.shareAccommodationHelp')}>
          <Checkbox>{t('fairDay.boothScan.shareAccommodation', { enterprise })}</Checkbox>
        </Form.Item>
      ) : null}
      {error ? null : <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('fairDay.boothScan.privacyNote')} />}
      <Button type="primary" htmlType="submit" block loading={isSubmitting}>
        {t('fairDay.boothScan.submit')}
      </Button>
    </Form>
  );
}
