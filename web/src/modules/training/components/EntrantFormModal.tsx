import { Form, Input, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { type PickedSeeker, SeekerPicker } from '../../consultations/components/SeekerPicker';
import { useTrainingMutations } from '../hooks/useTrainingMutations';
import type { Competition, Entrant } from '../types';
import { OrganisationSelect } from './OrganisationSelect';

type Values = { category: string; seekerId?: PickedSeeker; entrantName?: string; organisationId?: string };

const ENTRANT_ORGANISATION_TYPES = ['school', 'enterprise', 'institute'] as const;

export type EntrantFormModalProps = { competition: Competition; isOpen: boolean; onClose: () => void; onSaved: (entrant: Entrant) => void };

/** 报名选手: a seeker or student of the talent pool or a named person, with the school or enterprise they compete for. */
export function EntrantFormModal({ competition, isOpen, onClose, onSaved }: EntrantFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [who, setWho] = useState<'seeker' | 'named'>('named');
  const { addEntrant } = useTrainingMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const required = { required: true, message: t('validation.required') };

  async function handleFinish(values: Values) {
    await submit(
      async () =>
        onSaved(
          await addEntrant(competition.id, {
            category: values.category,
            ...(who === 'seeker' ? { seekerId: values.seekerId?.value } : { entrantName: values.entrantName }),
            organisationId: values.organisationId ?? null,
          }),
        ),
      { form, fields: ['category', 'seekerId', 'entrantName', 'organisationId'] },
    );
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={t('training.entrant.createTitle')}
      form={form}
      formKey={who}
      initialValues={{ category: competition.categories[0] }}
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
      <Form.Item name="category" label={t('training.entrant.category')} rules={[required]}>
        <Select options={competition.categories.map((value) => ({ value, label: value }))} />
      </Form.Item>
      {who === 'seeker' ? (
        <Form.Item name="seekerId" label={t('training.enrolment.seekerField')} rules={[required]}>
          <SeekerPicker />
        </Form.Item>
      ) : (
        <Form.Item name="entrantName" label={t('training.entrant.name')} rules={[required, { max: 50, message: t('validation.maxLength', { max: 50 }) }]}>
          <Input />
        </Form.Item>
      )}
      <Form.Item name="organisationId" label={t('training.entrant.organisation')}>
        <OrganisationSelect types={ENTRANT_ORGANISATION_TYPES} />
      </Form.Item>
    </FormModal>
  );
}
