import { Form, Input, Segmented } from 'antd';
import { useState } from 'react';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { type PickedSeeker, SeekerPicker } from '../../consultations/components/SeekerPicker';
import { textOrNull } from '../../talent/utils/dates';
import { useTrainingMutations } from '../hooks/useTrainingMutations';
import type { Enrolment, Programme } from '../types';

type Values = { seekerId?: PickedSeeker; traineeName?: string; affiliation?: string };

export type EnrolModalProps = { programme: Programme; isOpen: boolean; onClose: () => void; onSaved: (enrolment: Enrolment) => void };

/** 报名: a job seeker of the talent pool, or a named trainee without a profile (e.g. a villager). */
export function EnrolModal({ programme, isOpen, onClose, onSaved }: EnrolModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [who, setWho] = useState<'seeker' | 'named'>('named');
  const { enrol } = useTrainingMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const required = { required: true, message: t('validation.required') };

  async function handleFinish(values: Values) {
    await submit(
      async () =>
        onSaved(
          await enrol(programme.id, {
            ...(who === 'seeker' ? { seekerId: values.seekerId?.value } : { traineeName: values.traineeName }),
            affiliation: textOrNull(values.affiliation),
          }),
        ),
      { form, fields: ['seekerId', 'traineeName', 'affiliation'] },
    );
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={t('training.enrolment.createTitle')}
      form={form}
      formKey={who}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('training.enrolment.submit')}
      intro={
        <Segmented<'seeker' | 'named'>
          aria-label={t('training.enrolment.who')}
          value={who}
          onChange={setWho}
          options={[
            { value: 'named', label: t('training.enrolment.named') },
            { value: 'seeker', label: t('training.enrolment.seeker') },
          ]}
          style={{ marginBottom: 16 }}
        />
      }
    >
      {who === 'seeker' ? (
        <Form.Item name="seekerId" label={t('training.enrolment.seekerField')} rules={[required]}>
          <SeekerPicker />
        </Form.Item>
      ) : (
        <Form.Item name="traineeName" label={t('training.enrolment.name')} rules={[required, { max: 50, message: t('validation.maxLength', { max: 50 }) }]}>
          <Input />
        </Form.Item>
      )}
      <Form.Item name="affiliation" label={t('training.enrolment.affiliation')} extra={t('training.enrolment.affiliationHelp')}>
        <Input maxLength={100} />
      </Form.Item>
    </FormModal>
  );
}
