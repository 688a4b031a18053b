import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useGovernanceMutations } from '../hooks/useGovernanceMutations';
import { type Meeting, MEETING_TYPES, type MeetingType } from '../types';
import { OrganisationPicker } from './OrganisationPicker';

type Person = { personName?: string; post?: string; organisationId?: string | null };
type Values = {
  type: MeetingType;
  title: string;
  heldOn: Dayjs;
  venue?: string;
  agenda?: string;
  minutes?: string;
  /** Organisations that attended, each as a whole. */
  organisationIds?: string[];
  /** People who attended, with their post and, where it matters, their organisation. */
  people?: Person[];
};
const FIELDS = ['type', 'title', 'heldOn', 'venue', 'agenda', 'minutes'] as const;

function splitAttendees(meeting: Meeting): Pick<Values, 'organisationIds' | 'people'> {
  return {
    organisationIds: meeting.attendees.flatMap((a) => (a.organisationId && !a.personName ? [a.organisationId] : [])),
    people: meeting.attendees.flatMap((a) => (a.personName ? [{ personName: a.personName, post: a.post ?? undefined, organisationId: a.organisationId }] : [])),
  };
}

export type MeetingFormModalProps = {
  isOpen: boolean;
  /** The meeting being edited; absent to record a new one. */
  meeting: Meeting | null;
  onClose: () => void;
  onSaved: (meeting: Meeting) => void;
};

/** 记录会议 / 编辑会议: kind, title, date, venue, agenda, minutes and who attended. */
export function MeetingFormModal({ isOpen, meeting, onClose, onSaved }: MeetingFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { createMeeting, updateMeeting } = useGovernanceMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const known = meeting?.attendees.flatMap((a) => (a.organisationId && a.organisationName ? [{ id: a.organisationId, name: a.organisationName }] : [])) ?? [];

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const attendees = [
          ...(values.organisationIds ?? []).map((organisationId) => ({ organisationId })),
          ...(values.people ?? [])
            .filter((p) => textOrNull(p.personName))
            .map((p) => ({ personName: textOrNull(p.personName), post: textOrNull(p.post), organisationId: p.organisationId ?? null })),
        ];
        const fields = {
          type: values.type,
          title: values.title,
          heldOn: toIsoDate(values.heldOn) ?? '',
          venue: textOrNull(values.venue),
          agenda: textOrNull(values.agenda),
          minutes: textOrNull(values.minutes),
          attendees,
        };
        onSaved(meeting ? await updateMeeting(meeting.id, { ...fields, version: meeting.version }) : await createMeeting(fields));
      },
      { form, fields: FIELDS },
    );
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  const initialValues: Partial<Values> = meeting
    ? {
        type: meeting.type,
        title: meeting.title,
        heldOn: fromIsoDate(meeting.heldOn) ?? undefined,
        venue: meeting.venue ?? undefined,
        agenda: meeting.agenda ?? undefined,
        minutes: meeting.minutes ?? undefined,
        ...splitAttendees(meeting),
      }
    : { type: 'symposium', heldOn: dayjs(), people: [] };

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={meeting ? t('gov.meetings.edit') : t('gov.meetings.create')}
      form={form}
      formKey={meeting ? `${meeting.id}:${meeting.version}` : 'new'}
      initialValues={initialValues}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={meeting ? t('common.save') : t('gov.meetings.create')}
    >
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="type" label={t('gov.field.meetingType')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select options={MEETING_TYPES.map((value) => ({ value, label: t(`gov.meetingType.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="heldOn" label={t('gov.field.heldOn')} rules={[{ required: true, message: t('validation.required') }]}>
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('gov.field.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 120, message: t('validation.maxLength', { max: 120 }) }]}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item name="venue" label={t('gov.field.venue')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="organisationIds" label={t('gov.meetings.attendingOrganisations')}>
        <OrganisationPicker isMultiple known={known} />
      </Form.Item>
      <Form.List name="people">
        {(rows, { add, remove }) => (
          <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
            <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('gov.meetings.attendingPeople')}</legend>
            {rows.map((row, i) => (
              <Row key={row.key} gutter={8} align="top">
                <Col xs={24} md={7}>
                  <Form.Item name={[row.name, 'personName']} label={t('gov.field.personName')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                    <Input maxLength={50} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name={[row.name, 'post']} label={t('gov.field.post')}>
                    <Input maxLength={60} />
                  </Form.Item>
                </Col>
                <Col xs={20} md={9}>
                  <Form.Item name={[row.name, 'organisationId']} label={t('gov.field.organisation')}>
                    <OrganisationPicker known={known} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2}>
                  <Form.Item label=" ">
                    <Button type="text" icon={<MinusCircleOutlined aria-hidden="true" />} aria-label={t('gov.meetings.removePerson', { n: i + 1 })} onClick={() => remove(row.name)} />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({})}>
              {t('gov.meetings.addPerson')}
            </Button>
          </fieldset>
        )}
      </Form.List>
      <Form.Item name="agenda" label={t('gov.field.agenda')} rules={[{ max: 4000, message: t('validation.maxLength', { max: 4000 }) }]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="minutes" label={t('gov.field.minutes')} rules={[{ max: 20000, message: t('validation.maxLength', { max: 20000 }) }]}>
        <Input.TextArea rows={5} maxLength={20000} />
      </Form.Item>
    </FormModal>
  );
}
