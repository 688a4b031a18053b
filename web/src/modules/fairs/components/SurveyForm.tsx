import { Button, Card, Flex, Form, Input, Radio } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { useFairMutations } from '../hooks/useFairMutations';

type Values = { overall: number; matchQuality: number; wouldReturn: boolean; comment?: string };

const SCORES = [1, 2, 3, 4, 5] as const;

export type SurveyFormProps = { fairId: string; onAnswered: () => void };

/** 满意度调查 for an enterprise that had a booth: two 1–5 scores, would it come again, a comment. */
export function SurveyForm({ fairId, onAnswered }: SurveyFormProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { answerSurvey } = useFairMutations();
  const { error, isSubmitting, submit } = useFormSubmit();
  const required = { required: true, message: t('validation.required') };

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        await answerSurvey(fairId, { overall: values.overall, matchQuality: values.matchQuality, wouldReturn: values.wouldReturn, comment: values.comment?.trim() || null });
        onAnswered();
      },
      { form, fields: ['overall', 'matchQuality', 'wouldReturn', 'comment'] },
    );
  }

  const scoreOptions = SCORES.map((value) => ({ value, label: t('fairs.survey.score', { score: value }) }));
  return (
    <Card variant="outlined" title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('fairs.survey.formTitle')}</h2>}>
      <Form<Values> form={form} layout="vertical" onFinish={handleFinish} disabled={isSubmitting} aria-label={t('fairs.survey.formTitle')}>
        <FormErrorAlert error={error} />
        <Form.Item name="overall" label={t('fairs.survey.overall')} rules={[required]}>
          <Radio.Group optionType="button" options={scoreOptions} aria-label={t('fairs.survey.overall')} />
        </Form.Item>
        <Form.Item name="matchQuality" label={t('fairs.survey.matchQualityEnterprise')} rules={[required]}>
          <Radio.Group optionType="button" options={scoreOptions} aria-label={t('fairs.survey.matchQualityEnterprise')} />
        </Form.Item>
        <Form.Item name="wouldReturn" label={t('fairs.survey.wouldReturn')} rules={[required]}>
          <Radio.Group
            options={[
              { value: true, label: t('common.yes') },
              { value: false, label: t('common.no') },
            ]}
            aria-label={t('fairs.survey.wouldReturn')}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('fairs.survey.comment')} rules={[{ max: 1000, message: t('validation.maxLength', { max: 1000 }) }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Flex justify="end">
          <Button type="primary" htmlType="submit" loading={isSubmitting}>
            {t('fairs.survey.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
