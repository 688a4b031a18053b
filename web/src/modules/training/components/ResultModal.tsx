import { Form, InputNumber, Select } from 'antd';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { useTrainingMutations } from '../hooks/useTrainingMutations';
import { type Award, AWARDS, type Entrant } from '../types';

type Values = { score?: number | null; award?: Award | null };

export type ResultModalProps = { entrant: Entrant | null; onClose: () => void; onSaved: (entrant: Entrant) => void };

/** 录入成绩: score out of 100 and the award (一等奖 … 优秀奖); the rank follows from the scores. */
export function ResultModal({ entrant, onClose, onSaved }: ResultModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { recordResult } = useTrainingMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    if (!entrant) return;
    await submit(
      async () => onSaved(await recordResult(entrant.id, { version: entrant.version, score: values.score ?? null, award: values.award ?? null })),
      { form, fields: ['score', 'award'] },
    );
  }

  return (
    <FormModal<Values>
      isOpen={entrant !== null}
      title={entrant ? t('training.entrant.resultTitle', { name: entrant.name, category: entrant.category }) : ''}
      form={form}
      formKey={entrant ? `${entrant.id}:${entrant.version}` : 'none'}
      initialValues={{ score: entrant?.score ?? null, award: entrant?.award ?? null }}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('common.save')}
    >
      {entrant ? (
        <>
          <Form.Item name="score" label={t('training.entrant.score')}>
            <InputNumber min={0} max={100} step={0.5} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="award" label={t('training.entrant.award')}>
            <Select allowClear options={AWARDS.map((value) => ({ value, label: t(`training.award.${value}`) }))} />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}
