import { Alert, Button, Checkbox, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import type { Booth, Intent, Ticket } from '../../fairs/types';
import { newIdempotencyKey } from '../../positions/utils/idempotency';
import { recordDeskIntent } from '../hooks/fairDayApi';

type DeskValues = {
  positionId: string;
  level: 'strong' | 'possible';
  note?: string;
  collectResume: boolean;
  shareAccommodation?: boolean;
};

const FIELDS = ['positionId', 'level', 'note', 'collectResume', 'shareAccommodation'] as const;

export type DeskIntentFormProps = {
  fairId: string;
  booth: Booth;
  ticket: Ticket;
  isDisabilityFair: boolean;
  onSaved: (intent: Intent) => void;
};

/**
 * 初步就业意向 for the seeker whose ticket was just read. The idempotency key lives as long as
 * this ticket's form: a retried tap after a lost answer returns the intent already saved.
 */
export function DeskIntentForm({ fairId, booth, ticket, isDisabilityFair, onSaved }: DeskIntentFormProps) {
  const t = useT();
  const [form] = Form.useForm<DeskValues>();
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [saved, setSaved] = useState<Intent | null>(null);
  const { error, isSubmitting, submit } = useFormSubmit();

  async function handleFinish(values: DeskValues) {
    await submit(
      async () => {
        const note = values.note?.trim();
        const intent = await recordDeskIntent(fairId, {
          ticketCode: ticket.ticketCode,
          positionId: values.positionId,
          level: values.level,
          ...(note ? { note } : {}),
          collectResume: values.collectResume,
          ...(isDisabilityFair ? { shareAccommodation: values.shareAccommodation === true } : {}),
          idempotencyKey,
        });
        setSaved(intent);
        // The next intent for this seeker (another position) is a new one.
        setIdempotencyKey(newIdempotencyKey());
        onSaved(intent);
      },
      { form, fields: FIELDS },
    );
  }

  return (
    <Form<DeskValues>
      form={form}
      layout="vertical"
      size="large"
      onFinish={handleFinish}
      onValuesChange={() => setSaved(null)}
      disabled={isSubmitting}
      initialValues={{ level: 'possible', collectResume: true, positionId: booth.positions.length === 1 ? booth.positions[0]?.id : undefined }}
      aria-label={t('fairDay.desk.form')}
    >
      <FormErrorAlert error={error} />
      {saved ? (
        <Alert
          type={saved.resumeCollected ? 'success' : 'info'}
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title={t('fairDay.desk.saved', { position: saved.position.title })}
          description={
            saved.resumeCollected
              ? t('fairDay.desk.resumeCollected')
              : saved.resumeConsentMissing
                ? t('fairDay.desk.consentMissing')
                : t('fairDay.desk.resumeNotAsked')
          }
        />
      ) : null}
      <Form.Item name="positionId" label={t('fairDay.intent.position')} rules={[{ required: true, message: t('fairDay.intent.positionRequired') }]}>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column' }}>
          {booth.positions.map((position) => (
            <Radio key={position.id} value={position.id}>
              {position.title}
              {isDisabilityFair && position.isDisabilityFriendly ? ` · ${t('fairDay.position.disabilityFriendly')}` : ''}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="level" label={t('fairDay.intent.level')}>
        <Radio.Group optionType="button" buttonStyle="solid">
          <Radio value="strong">{t('fairDay.level.strong')}</Radio>
          <Radio value="possible">{t('fairDay.level.possible')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="note" label={t('fairDay.intent.note')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="collectResume" valuePropName="checked" extra={t('fairDay.desk.collectResumeHelp')}>
        <Checkbox>{t('fairDay.desk.collectResume')}</Checkbox>
      </Form.Item>
      {isDisabilityFair ? (
        <Form.Item name="shareAccommodation" valuePropName="checked" extra={t('fairDay.desk.accommodationHelp')}>
          <Checkbox>{t('fairDay.desk.accommodation')}</Checkbox>
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" block loading={isSubmitting}>
        {t('fairDay.desk.submit')}
      </Button>
    </Form>
  );
}
