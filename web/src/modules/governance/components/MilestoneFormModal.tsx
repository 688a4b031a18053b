import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useGovernanceMutations } from '../hooks/useGovernanceMutations';
import type { Milestone, Project } from '../types';

type Values = { title: string; dueOn: Dayjs; doneOn?: Dayjs | null; note?: string };
const FIELDS = ['title', 'dueOn', 'doneOn', 'note'] as const;

export type MilestoneFormModalProps = {
  isOpen: boolean;
  projectId: string;
  milestone: Milestone | null;
  onClose: () => void;
  onSaved: (project: Project) => void;
};

/** 添加节点 / 编辑节点: a milestone with its due date, and its done date once reached. */
export function MilestoneFormModal({ isOpen, projectId, milestone, onClose, onSaved }: MilestoneFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { addMilestone, updateMilestone } = useGovernanceMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const fields = { title: values.title, dueOn: toIsoDate(values.dueOn) ?? '', doneOn: toIsoDate(values.doneOn), note: textOrNull(values.note) };
        onSaved(milestone ? await updateMilestone(milestone.id, { ...fields, version: milestone.version }) : await addMilestone(projectId, fields));
      },
      { form, fields: FIELDS },
    );
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={milestone ? t('gov.milestones.edit') : t('gov.milestones.create')}
      form={form}
      formKey={milestone ? `${milestone.id}:${milestone.version}` : `new:${projectId}`}
      initialValues={milestone ? { title: milestone.title, dueOn: fromIsoDate(milestone.dueOn) ?? undefined, doneOn: fromIsoDate(milestone.doneOn), note: milestone.note ?? undefined } : {}}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={milestone ? t('common.save') : t('gov.milestones.create')}
    >
      <Form.Item name="title" label={t('gov.field.milestone')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('gov.field.dueOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="doneOn" label={t('gov.field.doneOn')}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('gov.field.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
