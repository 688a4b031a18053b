import { Alert, Button, Card, Form, Input, Radio, Rate } from 'antd';
import { useState } from 'react';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { answerSurvey } from '../hooks/fairDayApi';
import { useSurvey } from '../hooks/useFairDayQueries';

type SurveyValues = { overall: number; matchQuality: number; wouldReturn: boolean; comment?: string };
const FIELDS = ['overall', 'matchQuality', 'wouldReturn', 'comment'] as const;

export type SurveyCardProps = { fairId: string; fairTitle: string };

/** The short satisfaction survey of a fair, shown only while it is open and not yet answered. */
export function SurveyCard({ fairId, fairTitle }: SurveyCardProps) {
  const t = useT();
  const survey = useSurvey(fairId);
  const [form] = Form.useForm<SurveyValues>();
  const [isDone, setDone] = useState(false);
  const { error, isSubmitting, submit } = useFormSubmit();

  if (isDone) return <Alert type="success" showIcon role="status" title={t('fairDay.survey.thanks', { fair: fairTitle })} />;
  if (!survey.data?.open || survey.data.answered) return null;

  async function handleFinish(values: SurveyValues) {
    await submit(
      async () => {
        const comment = values.comment?.trim();
        await answerSurvey(fairId, {
          overall: values.overall,
          matchQuality: values.matchQuality,
          wouldReturn: values.wouldReturn,
          ...(comment ? { comment } : {}),
        });
        setDone(true);
      },
      { form, fields: FIELDS },
    );
  }

  const required = { required: true, message: t('validation.required') };
  return (
    <Card size="small" variant="outlined" title={t('fairDay.survey.title', { fair: fairTitle })}>
      <Form<SurveyValues> form={form} layout="vertical" onFinish={handleFinish} disabled={isSubmitting} aria-label={t('fairDay.survey.form')}>
        <FormErrorAlert error={error} />
        <Form.Item name="overall" label={t('fairDay.survey.overall')} rules={[required]}>
          <Rate aria-label={t('fairDay.survey.overall')} />
        </Form.Item>
        <Form.Item name="matchQuality" label={t('fairDay.survey.match')} rules={[required]}>
          <Rate aria-label={t('fairDay.survey.match')} />
        </Form.Item>
        <Form.Item name="wouldReturn" label={t('fairDay.survey.return')} rules={[required]}>
          <Radio.Group optionType="button">
            <Radio value={true}>{t('common.yes')}</Radio>
            <Radio value={false}>{t('common.no')}</Radio>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="comment" label={t('fairDay.survey.comment')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={isSubmitting}>
          {t('fairDay.survey.submit')}
        </Button>
      </Form>
    </Card>
  );
}
