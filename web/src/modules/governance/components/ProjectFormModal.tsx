import { Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useGovernanceMutations } from '../hooks/useGovernanceMutations';
import type { Project } from '../types';
import { OrganisationPicker } from './OrganisationPicker';

type Values = {
  title: string;
  focus?: string;
  description?: string;
  leadOrganisationId?: string | null;
  filingBody?: string;
  filedOn?: Dayjs | null;
  startOn: Dayjs;
  endOn?: Dayjs | null;
};
const FIELDS = ['title', 'focus', 'description', 'leadOrganisationId', 'filingBody', 'filedOn', 'startOn', 'endOn'] as const;

export type ProjectFormModalProps = { isOpen: boolean; project: Project | null; onClose: () => void; onSaved: (project: Project) => void };

/** 新建示范项目 / 编辑: what it concentrates on, who leads it, where it was filed, and its term. */
export function ProjectFormModal({ isOpen, project, onClose, onSaved }: ProjectFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { createProject, updateProject } = useGovernanceMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const fields = {
          title: values.title,
          focus: textOrNull(values.focus),
          description: textOrNull(values.description),
          leadOrganisationId: values.leadOrganisationId ?? null,
          filingBody: textOrNull(values.filingBody),
          filedOn: toIsoDate(values.filedOn),
          startOn: toIsoDate(values.startOn) ?? '',
          endOn: toIsoDate(values.endOn),
        };
        onSaved(project ? await updateProject(project.id, { ...fields, version: project.version }) : await createProject(fields));
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
      title={project ? t('gov.projects.edit') : t('gov.projects.create')}
      form={form}
      formKey={project ? `${project.id}:${project.version}` : 'new'}
      initialValues={
        project
          ? {
              title: project.title,
              focus: project.focus ?? undefined,
              description: project.description ?? undefined,
              leadOrganisationId: project.leadOrganisation?.id ?? null,
              filingBody: project.filingBody ?? undefined,
              filedOn: fromIsoDate(project.filedOn),
              startOn: fromIsoDate(project.startOn) ?? undefined,
              endOn: fromIsoDate(project.endOn),
            }
          : {}
      }
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={project ? t('common.save') : t('gov.projects.create')}
    >
      <Form.Item name="title" label={t('gov.field.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item name="focus" label={t('gov.field.focus')}>
        <Input maxLength={200} placeholder={t('gov.projects.focusExample')} />
      </Form.Item>
      <Form.Item name="leadOrganisationId" label={t('gov.field.lead')}>
        <OrganisationPicker known={project?.leadOrganisation ? [project.leadOrganisation] : []} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="filingBody" label={t('gov.field.filingBody')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="filedOn" label={t('gov.field.filedOn')}>
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="startOn" label={t('gov.field.startOn')} rules={[{ required: true, message: t('validation.required') }]}>
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="endOn" label={t('gov.field.endOn')}>
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('gov.field.description')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
