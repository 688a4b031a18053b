import { Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { isApiError } from '../../../api/ApiError';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { useMatchingMutations } from '../hooks/useMatchingMutations';
import type { Candidate, Recommendation } from '../types';

export type RecommendModalProps = {
  isOpen: boolean;
  positionId: string;
  positionTitle: string;
  candidates: Candidate[];
  onCancel: () => void;
  onRecommended: (created: Recommendation[]) => void;
};

type RecommendValues = { note?: string };

/**
 * Confirms 推荐 of the chosen candidates with an optional note. The server takes all or none; a
 * refused candidate is named in the error (`seekerIds.3` → the fourth chosen).
 */
export function RecommendModal({ isOpen, positionId, positionTitle, candidates, onCancel, onRecommended }: RecommendModalProps) {
  const t = useT();
  const [form] = Form.useForm<RecommendValues>();
  const { recommendCandidates } = useMatchingMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const title = t('matching.recommend.title', { title: positionTitle });

  function problemLines(): string[] {
    if (!isApiError(error)) return [];
    return error.fields
      .filter((field) => field.path !== 'note')
      .map((field) => {
        const index = /^seekerIds\.(\d+)$/.exec(field.path)?.[1];
        const candidate = index === undefined ? undefined : candidates[Number(index)];
        return candidate ? t('matching.recommend.problem', { name: candidate.seeker.name, message: field.message }) : field.message;
      });
  }

  async function handleFinish(values: RecommendValues) {
    await submit(
      async () => {
        const note = values.note?.trim();
        const created = await recommendCandidates({ positionId, seekerIds: candidates.map((c) => c.seeker.id), note: note || undefined });
        form.resetFields();
        onRecommended(created.items);
      },
      { form, fields: ['note'] },
    );
  }

  function handleCancel() {
    clearError();
    onCancel();
  }

  return (
    <Modal open={isOpen} title={title} onCancel={handleCancel} footer={null} destroyOnHidden>
      <Form<RecommendValues> form={form} layout="vertical" onFinish={handleFinish} disabled={isSubmitting} aria-label={title}>
        <Typography.Paragraph>{t('matching.recommend.lead', { count: candidates.length })}</Typography.Paragraph>
        <ol aria-label={t('matching.recommend.chosen')} style={{ paddingInlineStart: 24, maxHeight: 200, overflow: 'auto' }}>
          {candidates.map((c) => (
            <li key={c.seeker.id}>{t('matching.recommend.chosenLine', { name: c.seeker.name, score: c.match.total.toFixed(1) })}</li>
          ))}
        </ol>
        <Typography.Paragraph type="secondary">{t('matching.recommend.effect')}</Typography.Paragraph>
        <FormErrorAlert error={error} extraLines={problemLines()} />
        <Form.Item
          name="note"
          label={t('matching.recommend.note')}
          extra={t('matching.recommend.noteHelp')}
          rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}
        >
          <Input.TextArea rows={3} showCount maxLength={500} />
        </Form.Item>
        <Flex gap={8} justify="end">
          <Button onClick={handleCancel} disabled={false}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={isSubmitting}>
            {t('matching.recommend.submit', { count: candidates.length })}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}
