import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import type { OrganisationType } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useGovernanceMutations } from '../hooks/useGovernanceMutations';
import { type Appointment, APPOINTMENT_DIRECTIONS, type AppointmentDirection } from '../types';
import { OrganisationPicker } from './OrganisationPicker';

type Values = {
  personName: string;
  homePost?: string;
  direction: AppointmentDirection;
  homeOrganisationId?: string | null;
  hostOrganisationId?: string | null;
  post: string;
  startOn: Dayjs;
  endOn?: Dayjs | null;
  note?: string;
};
const FIELDS = ['personName', 'homePost', 'direction', 'homeOrganisationId', 'hostOrganisationId', 'post', 'startOn', 'endOn', 'note'] as const;

const ACADEMIC: OrganisationType[] = ['school', 'institute'];
const ENTERPRISE: OrganisationType[] = ['enterprise'];

export type AppointmentFormModalProps = {
  isOpen: boolean;
  appointment: Appointment | null;
  onClose: () => void;
  onSaved: (appointment: Appointment) => void;
};

/** 新增挂职/兼职 / 编辑: the person, the direction, home and host organisations, the post and the term. */
export function AppointmentFormModal({ isOpen, appointment, onClose, onSaved }: AppointmentFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const direction = Form.useWatch('direction', form) ?? appointment?.direction ?? 'school_to_enterprise';
  const { createAppointment, updateAppointment } = useGovernanceMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const known = appointment ? [appointment.homeOrganisation, appointment.hostOrganisation] : [];

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const fields = {
          personName: values.personName,
          homePost: textOrNull(values.homePost),
          direction: values.direction,
          homeOrganisationId: values.homeOrganisationId ?? '',
          hostOrganisationId: values.hostOrganisationId ?? '',
          post: values.post,
          startOn: toIsoDate(values.startOn) ?? '',
          endOn: toIsoDate(values.endOn),
          note: textOrNull(values.note),
        };
        onSaved(appointment ? await updateAppointment(appointment.id, { ...fields, version: appointment.version }) : await createAppointment(fields));
      },
      { form, fields: FIELDS },
    );
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  const required = [{ required: true, whitespace: true, message: t('validation.required') }];
  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={appointment ? t('gov.appointments.edit') : t('gov.appointments.create')}
      form={form}
      formKey={appointment ? `${appointment.id}:${appointment.version}` : 'new'}
      initialValues={
        appointment
          ? {
              personName: appointment.personName,
              homePost: appointment.homePost ?? undefined,
              direction: appointment.direction,
              homeOrganisationId: appointment.homeOrganisation.id,
              hostOrganisationId: appointment.hostOrganisation.id,
              post: appointment.post,
              startOn: fromIsoDate(appointment.startOn) ?? undefined,
              endOn: fromIsoDate(appointment.endOn),
              note: appointment.note ?? undefined,
            }
          : { direction: 'school_to_enterprise' }
      }
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={appointment ? t('common.save') : t('gov.appointments.create')}
    >
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="personName" label={t('gov.field.personName')} rules={required}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="homePost" label={t('gov.field.homePost')}>
            <Input maxLength={60} placeholder={t('gov.appointments.homePostExample')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="direction" label={t('gov.field.direction')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select options={APPOINTMENT_DIRECTIONS.map((value) => ({ value, label: t(`gov.direction.${value}`) }))} />
      </Form.Item>
      <Form.Item name="homeOrganisationId" label={t('gov.field.home')} rules={[{ required: true, message: t('validation.required') }]}>
        <OrganisationPicker types={direction === 'school_to_enterprise' ? ACADEMIC : ENTERPRISE} known={known} />
      </Form.Item>
      <Form.Item name="hostOrganisationId" label={t('gov.field.host')} rules={[{ required: true, message: t('validation.required') }]}>
        <OrganisationPicker types={direction === 'school_to_enterprise' ? ENTERPRISE : ACADEMIC} known={known} />
      </Form.Item>
      <Form.Item name="post" label={t('gov.field.post')} rules={required}>
        <Input maxLength={60} placeholder={t('gov.appointments.postExample')} />
      </Form.Item>
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
      <Form.Item name="note" label={t('gov.field.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
