import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useGovernanceMutations } from '../hooks/useGovernanceMutations';
import type { Resolution } from '../types';
import { OrganisationPicker } from './OrganisationPicker';

type Values = { content: string; ownerOrganisationId?: string | null; ownerName?: string; dueOn?: Dayjs | null; doneOn?: Dayjs | null; progressNote?: string };
const FIELDS = ['content', 'ownerOrganisationId', 'ownerName', 'dueOn', 'doneOn', 'progressNote'] as const;

export type ResolutionFormModalProps = {
  isOpen: boolean;
  meetingId: string;
  /** The resolution being edited or recorded done; absent for a new one. */
  resolution: Resolution | null;
  onClose: () => void;
  onSaved: (resolution: Resolution) => void;
};

/** 添加决议 / 编辑决议: what was resolved, who is responsible, by when, and when it was done. */
export function ResolutionFormModal({ isOpen, meetingId, resolution, onClose, onSaved }: ResolutionFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { addResolution, updateResolution } = useGovernanceMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const known = resolution?.ownerOrganisationId && resolution.ownerOrganisationName ? [{ id: resolution.ownerOrganisationId, name: resolution.ownerOrganisationName }] : [];

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const fields = {
          content: values.content,
          ownerOrganisationId: values.ownerOrganisationId ?? null,
          ownerName: textOrNull(values.ownerName),
          dueOn: toIsoDate(values.dueOn),
          doneOn: toIsoDate(values.doneOn),
          progressNote: textOrNull(values.progressNote),
        };
        onSaved(resolution ? await updateResolution(resolution.id, { ...fields, version: resolution.version }) : await addResolution(meetingId, fields));
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
      title={resolution ? t('gov.resolutions.edit') : t('gov.resolutions.create')}
      form={form}
      formKey={resolution ? `${resolution.id}:${resolution.version}` : `new:${meetingId}`}
      initialValues={
        resolution
          ? {
              content: resolution.content,
              ownerOrganisationId: resolution.ownerOrganisationId,
              ownerName: resolution.ownerName ?? undefined,
              dueOn: fromIsoDate(resolution.dueOn),
              doneOn: fromIsoDate(resolution.doneOn),
              progressNote: resolution.progressNote ?? undefined,
            }
          : {}
      }
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={resolution ? t('common.save') : t('gov.resolutions.create')}
    >
      <Form.Item name="content" label={t('gov.field.resolution')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 1000, message: t('validation.maxLength', { max: 1000 }) }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="ownerOrganisationId" label={t('gov.field.ownerOrganisation')}>
        <OrganisationPicker known={known} />
      </Form.Item>
      <Form.Item name="ownerName" label={t('gov.field.ownerName')} extra={t('gov.resolutions.ownerHelp')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('gov.field.dueOn')}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="doneOn" label={t('gov.field.doneOn')} extra={t('gov.resolutions.doneHelp')}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="progressNote" label={t('gov.field.progressNote')} rules={[{ max: 1000, message: t('validation.maxLength', { max: 1000 }) }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
