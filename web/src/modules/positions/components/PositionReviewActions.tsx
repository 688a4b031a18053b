import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Popconfirm } from 'antd';
import { useState } from 'react';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormModal } from '../../../ui/FormModal';
import { usePositionMutations } from '../hooks/usePositionMutations';
import type { Position } from '../types';

export type PositionReviewActionsProps = {
  position: Position;
  onReviewed: (position: Position) => void;
};

type ReturnValues = { reason: string };

/** 通过 (publish, after a confirmation) and 退回 (with a required reason the enterprise will read). */
export function PositionReviewActions({ position, onReviewed }: PositionReviewActionsProps) {
  const t = useT();
  const { message } = App.useApp();
  const { reviewPosition } = usePositionMutations();
  const [form] = Form.useForm<ReturnValues>();
  const [isReturnOpen, setReturnOpen] = useState(false);
  const approval = useFormSubmit();
  const returning = useFormSubmit();

  async function handleApprove() {
    await approval.submit(async () => {
      const reviewed = await reviewPosition(position.id, { decision: 'approve' });
      void message.success(t('positionReview.approve.done', { title: reviewed.title }));
      onReviewed(reviewed);
    });
  }

  async function handleReturn(values: ReturnValues) {
    await returning.submit(
      async () => {
        const reviewed = await reviewPosition(position.id, { decision: 'return', reason: values.reason.trim() });
        void message.success(t('positionReview.return.done', { title: reviewed.title }));
        setReturnOpen(false);
        onReviewed(reviewed);
      },
      { form, fields: ['reason'] },
    );
  }

  function handleCancelReturn() {
    setReturnOpen(false);
    returning.clearError();
  }

  if (position.status !== 'submitted') return null;
  return (
    <>
      <Popconfirm
        title={t('positionReview.approve.confirm')}
        description={t('positionReview.approve.effect')}
        okText={t('positionReview.approve')}
        cancelText={t('common.cancel')}
        onConfirm={handleApprove}
      >
        <Button type="primary" icon={<CheckOutlined aria-hidden="true" />} loading={approval.isSubmitting}>
          {t('positionReview.approve')}
        </Button>
      </Popconfirm>
      <Button danger icon={<RollbackOutlined aria-hidden="true" />} onClick={() => setReturnOpen(true)}>
        {t('positionReview.return')}
      </Button>
      {approval.error ? (
        <div style={{ flexBasis: '100%' }}>
          <ErrorAlert error={approval.error} />
        </div>
      ) : null}
      <FormModal<ReturnValues>
        isOpen={isReturnOpen}
        title={t('positionReview.return.title', { title: position.title })}
        form={form}
        formKey={position.id}
        onFinish={handleReturn}
        onCancel={handleCancelReturn}
        isSubmitting={returning.isSubmitting}
        error={returning.error}
        submitLabel={t('positionReview.return')}
      >
        <Form.Item
          name="reason"
          label={t('positionReview.return.reason')}
          extra={t('positionReview.return.reason.help')}
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
