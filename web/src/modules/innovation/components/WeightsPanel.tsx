import { App, Button, Collapse, Flex, Form, Input, InputNumber, Modal, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { useTableCaption } from '../../../ui/useTableCaption';
import { useWeights, useWeightsHistory } from '../hooks/useInnovation';
import { useInnovationMutations } from '../hooks/useInnovationMutations';
import { FACTOR_UNITS, INDEX_FACTORS, type IndexFactor, type Normalisation, NORMALISATION_KINDS, type NormalisationKind, WEIGHT_TOTAL, type Weights } from '../types';
import { describeNormalisation } from '../utils/format';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingBlock } from '../../../ui/LoadingBlock';

type FactorRow = { factor: IndexFactor; weight: number; normalisation: Normalisation };

/** Caps are typed in the unit people think in: 元 for money, % for shares. */
function capToInput(factor: IndexFactor, cap: number): number {
  const unit = FACTOR_UNITS[factor];
  return unit === 'fen' ? cap / 100 : unit === 'ratio' ? cap * 100 : cap;
}
function capFromInput(factor: IndexFactor, value: number): number {
  const unit = FACTOR_UNITS[factor];
  return unit === 'fen' ? Math.round(value * 100) : unit === 'ratio' ? value / 100 : value;
}

type FactorValues = { weight: number; kind: NormalisationKind; cap?: number };
type FormValues = { factors: Record<IndexFactor, FactorValues>; note?: string };

function WeightsTable({ weights }: { weights: Weights['weights'] }) {
  const t = useT();
  const language = useLanguage();
  const components = useTableCaption(t('innovation.weights.title'));
  const columns: ColumnsType<FactorRow> = [
    { title: t('innovation.breakdown.factor'), key: 'factor', render: (_, row) => t(`innovation.factor.${row.factor}`) },
    { title: t('innovation.breakdown.weight'), dataIndex: 'weight', align: 'right' },
    { title: t('innovation.normalisation.label'), key: 'normalisation', render: (_, row) => describeNormalisation(row.factor, row.normalisation, t, language) },
  ];
  return (
    <Table<FactorRow>
      components={components}
      rowKey="factor"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={INDEX_FACTORS.map((factor) => ({ factor, ...weights[factor] }))}
    />
  );
}

type PublishModalProps = { current: Weights; isOpen: boolean; onClose: () => void; onPublished: () => void };

/** One weight (whole percent, total 100) and one scaling per factor; published as a new version. */
function PublishWeightsModal({ current, isOpen, onClose, onPublished }: PublishModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const { publishWeights } = useInnovationMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const watched = Form.useWatch((all: Partial<FormValues>) => all, form);
  const total = INDEX_FACTORS.reduce((sum, f) => sum + (watched?.factors?.[f]?.weight ?? current.weights[f].weight), 0);
  const initialValues: FormValues = {
    factors: Object.fromEntries(
      INDEX_FACTORS.map((f) => {
        const n = current.weights[f].normalisation;
        return [f, { weight: current.weights[f].weight, kind: n.kind, cap: n.kind === 'min_max' ? undefined : capToInput(f, n.cap) }];
      }),
    ) as Record<IndexFactor, FactorValues>,
  };
  const problems = isApiError(error) ? error.fields.filter((f) => f.path !== 'note').map((f) => f.message) : [];

  async function handleFinish(values: FormValues) {
    await submit(async () => {
      const weights = Object.fromEntries(
        INDEX_FACTORS.map((f) => {
          const v = values.factors[f];
          const normalisation: Normalisation = v.kind === 'min_max' ? { kind: 'min_max' } : { kind: v.kind, cap: capFromInput(f, v.cap ?? 0) };
          return [f, { weight: v.weight, normalisation }];
        }),
      ) as Weights['weights'];
      const saved = await publishWeights({ weights, note: values.note?.trim() || undefined, expectedVersion: current.version });
      void message.success(t('innovation.weights.published', { version: saved.version }));
      onPublished();
    });
  }

  return (
    <Modal open={isOpen} title={t('innovation.weights.edit')} onCancel={() => { clearError(); onClose(); }} footer={null} width={760} destroyOnHidden>
      <Form<FormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={handleFinish} disabled={isSubmitting} aria-label={t('innovation.weights.formLabel')}>
        <FormErrorAlert error={error} extraLines={problems} staleTitle={t('innovation.weights.stale')} onReload={onPublished} />
        {INDEX_FACTORS.map((factor) => (
          <Flex key={factor} gap={12} wrap align="start">
            <Form.Item name={['factors', factor, 'weight']} label={t(`innovation.factor.${factor}`)} rules={[{ required: true, message: t('validation.required') }]}>
              <InputNumber min={0} max={100} precision={0} style={{ width: 100 }} />
            </Form.Item>
            <Form.Item name={['factors', factor, 'kind']} label={t('innovation.normalisation.label')}>
              <Select style={{ width: 260 }} options={NORMALISATION_KINDS.map((kind) => ({ value: kind, label: t(`innovation.normalisation.${kind}`) }))} />
            </Form.Item>
            {(watched?.factors?.[factor]?.kind ?? current.weights[factor].normalisation.kind) !== 'min_max' ? (
              <Form.Item
                name={['factors', factor, 'cap']}
                label={t('innovation.normalisation.cap.label')}
                extra={t(`innovation.weights.capHelp.${FACTOR_UNITS[factor] === 'flag' ? 'count' : FACTOR_UNITS[factor]}`)}
                rules={[{ required: true, message: t('validation.required') }]}
              >
                <InputNumber min={0.01} style={{ width: 160 }} />
              </Form.Item>
            ) : null}
          </Flex>
        ))}
        <Typography.Paragraph type={total === WEIGHT_TOTAL ? 'secondary' : 'danger'} aria-live="polite">
          {t('innovation.weights.total', { total })}
        </Typography.Paragraph>
        <Form.Item name="note" label={t('innovation.weights.note')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
          <Input.TextArea rows={2} showCount maxLength={500} />
        </Form.Item>
        <Flex gap={8} justify="end">
          <Button onClick={onClose} disabled={false}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" htmlType="submit" loading={isSubmitting} disabled={total !== WEIGHT_TOTAL}>
            {t('innovation.weights.publish')}
          </Button>
        </Flex>
      </Form>
    </Modal>
  );
}

export type WeightsPanelProps = { canPublish: boolean; onPublished?: () => void };

/** The weights in force and how each factor is scaled; operators publish new versions, earlier ones stay listed. */
export function WeightsPanel({ canPublish, onPublished }: WeightsPanelProps) {
  const t = useT();
  const language = useLanguage();
  const { data, error, reload } = useWeights();
  const history = useWeightsHistory(canPublish);
  const [isOpen, setOpen] = useState(false);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <LoadingBlock minHeight={200} />;

  function handlePublished() {
    setOpen(false);
    reload();
    history.reload();
    onPublished?.();
  }

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {data.version === 0
            ? t('innovation.weightsDefault')
            : `${t('innovation.weightsVersionValue', { version: data.version })} · ${t('innovation.weights.publishedBy', { name: data.publishedByName ?? '—', time: formatDateTime(data.publishedAt, language) })}`}
          {data.note ? ` · ${data.note}` : ''}
        </Typography.Text>
        {canPublish ? (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('innovation.weights.edit')}
          </Button>
        ) : null}
      </Flex>
      <WeightsTable weights={data.weights} />
      {canPublish && history.data && history.data.items.length > 1 ? (
        <Collapse
          items={[
            {
              key: 'history',
              label: t('innovation.weights.history'),
              children: history.data.items.slice(1).map((w) => (
                <div key={w.version} style={{ marginBottom: 16 }}>
                  <Typography.Text strong>{w.version === 0 ? t('innovation.weightsDefault') : t('innovation.weightsVersionValue', { version: w.version })}</Typography.Text>
                  {w.publishedAt ? <Typography.Text type="secondary"> · {formatDateTime(w.publishedAt, language)}</Typography.Text> : null}
                  <WeightsTable weights={w.weights} />
                </div>
              )),
            },
          ]}
        />
      ) : null}
      {canPublish ? <PublishWeightsModal key={data.version} current={data} isOpen={isOpen} onClose={() => setOpen(false)} onPublished={handlePublished} /> : null}
    </Flex>
  );
}
