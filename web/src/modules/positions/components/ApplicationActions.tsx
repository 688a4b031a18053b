import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormModal } from '../../../ui/FormModal';
import { useApplicationMutations } from '../hooks/useApplicationMutations';
import type { Application, ApplicationStatus } from '../types';

/** The enterprise's answers move an application forward only (the server's rule). */
const NEXT_STEPS: Record<ApplicationStatus, readonly ('interview' | 'offer' | 'hired')[]> = {
  applied: ['interview', 'offer', 'hired'],
  interview: ['offer', 'hired'],
  offer: ['hired'],
  hired: [],
  declined: [],
  withdrawn: [],
};

export type ApplicationActionsProps = {
  /** What the actions need of an application (a recommendation carries the same three). */
  application: Pick<Application, 'id' | 'status' | 'seekerName'>;
  onChanged: (application: Application) => void;
  size?: 'small' | 'middle';
};

type DeclineValues = { reason: string };

/** 安排面试, 发出录用, 确认入职 and 婉拒 (with a reason the seeker will read). */
export function ApplicationActions({ application, onChanged, size = 'middle' }: ApplicationActionsProps) {
  const t = useT();
  const { message } = App.useApp();
  const { changeApplication } = useApplicationMutations();
  const [form] = Form.useForm<DeclineValues>();
  const [isDeclineOpen, setDeclineOpen] = useState(false);
  const step = useFormSubmit();
  const declining = useFormSubmit();
  const steps = NEXT_STEPS[application.status];
  const name = application.seekerName;

  async function handleStep(status: 'interview' | 'offer' | 'hired') {
    await step.submit(async () => {
      const updated = await changeApplication(application.id, { status });
      void message.success(t('applications.status.done', { name, status: t(`applicationStatus.${updated.status}`) }));
      onChanged(updated);
    });
  }

  async function handleDecline(values: DeclineValues) {
    await declining.submit(
      async () => {
        const updated = await changeApplication(application.id, { status: 'declined', reason: values.reason.trim() });
        void message.success(t('applications.status.done', { name, status: t(`applicationStatus.${updated.status}`) }));
        setDeclineOpen(false);
        onChanged(updated);
      },
      { form, fields: ['reason'] },
    );
  }

  if (steps.length === 0) return null;
  return (
    <>
      {steps.map((status, index) => (
        <Button
          key={status}
          size={size}
          type={index === 0 ? 'primary' : 'default'}
          loading={step.isSubmitting}
          onClick={() => void handleStep(status)}
          aria-label={t(`applications.action.${status}.for`, { name })}
        >
          {t(`applications.action.${status}`)}
        </Button>
      ))}
      <Button size={size} danger onClick={() => setDeclineOpen(true)} aria-label={t('applications.action.decline.for', { name })}>
        {t('applications.action.decline')}
      </Button>
      {step.error ? (
        <div style={{ flexBasis: '100%' }}>
          <ErrorAlert error={step.error} />
        </div>
      ) : null}
      <FormModal<DeclineValues>
        isOpen={isDeclineOpen}
        title={t('applications.decline.title', { name })}
        form={form}
        formKey={application.id}
        onFinish={handleDecline}
        onCancel={() => {
          setDeclineOpen(false);
          declining.clearError();
        }}
        isSubmitting={declining.isSubmitting}
        error={declining.error}
        submitLabel={t('applications.action.decline')}
      >
        <Form.Item
          name="reason"
          label={t('applications.decline.reason')}
          extra={t('applications.decline.help')}
          rules={[
            { required: true, whitespace: true, message: t('validation.required') },
            { max: 500, message: t('validation.maxLength', { max: 500 }) },
          ]}
        >
          <Input.TextArea rows={4} showCount maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}
