import { App, Button, Col, Flex, Form, Input, InputNumber, Row, Typography } from 'antd';
import { isApiError } from '../../../api/ApiError';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { useMatchingMutations } from '../hooks/useMatchingMutations';
import type { Factor, Weights, WeightsView } from '../types';
import { FACTORS } from '../utils/factors';

export type WeightsFormProps = {
  current: WeightsView;
  /** Operators edit; government reads. */
  canEdit: boolean;
  onSaved: (saved: WeightsView) => void;
  /** Loads the version saved meanwhile (after a stale-version refusal). */
  onReload: () => void;
};

type WeightsValues = Weights & { note?: string };

/**
 * One number (0–100) per factor, with what it means and its share of the total; saved as a new
 * version. Give it `key={current.version}` so a newer version starts a fresh form.
 */
export function WeightsForm({ current, canEdit, onSaved, onReload }: WeightsFormProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<WeightsValues>();
  const { saveWeights } = useMatchingMutations();
  const { error, isSubmitting, submit } = useFormSubmit();
  const watched = Form.useWatch((all: Partial<WeightsValues>) => all, form);
  const values: Weights = { ...current.weights, ...pickWeights(watched) };
  const total = FACTORS.reduce((sum, factor) => sum + values[factor], 0);

  // The server names weights.<factor> or weights (all zero); those are shown above the fields.
  const problems = isApiError(error)
    ? error.fields.filter((f) => f.path !== 'note').map((f) => {
        const factor = /^weights\.(\w+)$/.exec(f.path)?.[1] as Factor | undefined;
        return factor && FACTORS.includes(factor) ? `${t(`matching.factor.${factor}`)}：${f.message}` : f.message;
      })
    : [];

  async function handleFinish(submitted: WeightsValues) {
    await submit(
      async () => {
        const weights = Object.fromEntries(FACTORS.map((factor) => [factor, submitted[factor]])) as Weights;
        const note = submitted.note?.trim();
        const saved = await saveWeights({ weights, note: note || undefined, expectedVersion: current.version });
        void message.success(t('matching.weights.saved', { version: saved.version }));
        onSaved(saved);
      },
      { form, fields: ['note'] },
    );
  }

  return (
    <Form<WeightsValues>
      form={form}
      layout="vertical"
      initialValues={current.weights}
      onFinish={handleFinish}
      disabled={!canEdit || isSubmitting}
      aria-label={t('matching.weights.formLabel')}
    >
      <FormErrorAlert error={error} extraLines={problems} staleTitle={t('matching.weights.stale')} onReload={onReload} />
      <Row gutter={[24, 0]}>
        {FACTORS.map((factor) => (
          <Col key={factor} xs={24} md={12} xl={8}>
            <Form.Item
              name={factor}
              label={t(`matching.factor.${factor}`)}
              extra={
                <>
                  {t(`matching.factor.${factor}.meaning`)}
                  <br />
                  {t('matching.weights.share', { share: total > 0 ? Math.round((values[factor] / total) * 100) : 0 })}
                </>
              }
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <InputNumber min={0} max={100} precision={0} style={{ width: 120 }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type={total > 0 ? 'secondary' : 'danger'} aria-live="polite">
        {total > 0 ? t('matching.weights.total', { total }) : t('matching.weights.allZero')}
      </Typography.Paragraph>
      {canEdit ? (
        <>
          <Form.Item
            name="note"
            label={t('matching.weights.note')}
            extra={t('matching.weights.noteHelp')}
            rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}
          >
            <Input.TextArea rows={2} showCount maxLength={500} />
          </Form.Item>
          <Flex justify="end">
            <Button type="primary" htmlType="submit" loading={isSubmitting} disabled={total === 0}>
              {t('matching.weights.save')}
            </Button>
          </Flex>
        </>
      ) : null}
    </Form>
  );
}

/** The numeric factor fields of the form's live values (blank inputs left out). */
function pickWeights(values: Partial<WeightsValues> | undefined): Partial<Weights> {
  const picked: Partial<Weights> = {};
  for (const factor of FACTORS) {
    const value = values?.[factor];
    if (typeof value === 'number') picked[factor] = value;
  }
  return picked;
}
