import { DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { COUNCIL_ROLES, type CouncilRole } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useGovernanceMutations } from '../hooks/useGovernanceMutations';
import type { CouncilTerm } from '../types';
import { OrganisationPicker } from './OrganisationPicker';

type Values = { organisationId?: string | null; role: CouncilRole; startOn: Dayjs; endOn?: Dayjs | null; note?: string };
const FIELDS = ['organisationId', 'role', 'startOn', 'endOn', 'note'] as const;

export type CouncilTermFormModalProps = {
  isOpen: boolean;
  /** The term being corrected; absent to record a new one. */
  term: CouncilTerm | null;
  onClose: () => void;
  onSaved: (term: CouncilTerm) => void;
};

/** 记录任期 / 编辑任期: organisation, role, start and end of the term. */
export function CouncilTermFormModal({ isOpen, term, onClose, onSaved }: CouncilTermFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { createCouncilTerm, updateCouncilTerm } = useGovernanceMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const fields = { role: values.role, startOn: toIsoDate(values.startOn) ?? '', endOn: toIsoDate(values.endOn), note: textOrNull(values.note) };
        onSaved(term ? await updateCouncilTerm(term.id, { ...fields, version: term.version }) : await createCouncilTerm({ ...fields, organisationId: values.organisationId ?? '' }));
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
      title={term ? t('gov.council.edit') : t('gov.council.create')}
      form={form}
      formKey={term ? `${term.id}:${term.version}` : 'new'}
      initialValues={term ? { role: term.role, startOn: fromIsoDate(term.startOn) ?? undefined, endOn: fromIsoDate(term.endOn), note: term.note ?? undefined } : { role: 'member' }}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={term ? t('common.save') : t('gov.council.create')}
      intro={<Typography.Paragraph type="secondary">{t('gov.council.formHelp')}</Typography.Paragraph>}
    >
      {term ? (
        <Typography.Paragraph>
          {t('gov.field.organisation')}：<Typography.Text strong>{term.organisationName}</Typography.Text>
        </Typography.Paragraph>
      ) : (
        <Form.Item name="organisationId" label={t('gov.field.organisation')} rules={[{ required: true, message: t('validation.required') }]}>
          <OrganisationPicker />
        </Form.Item>
      )}
      <Form.Item name="role" label={t('gov.field.councilRole')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={COUNCIL_ROLES.map((value) => ({ value, label: t(`councilRole.${value}`) }))} />
      </Form.Item>
      <Form.Item name="startOn" label={t('gov.field.startOn')} rules={[{ required: true, message: t('validation.required') }]}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="endOn" label={t('gov.field.endOn')} extra={t('gov.council.endHelp')}>
        <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('gov.field.note')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
