import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { fromIsoDate, textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useGovernanceMutations } from '../hooks/useGovernanceMutations';
import { type Visit, VISIT_KINDS, type VisitKind } from '../types';
import { LinkedRecordSelect } from './LinkedRecordSelect';
import { OrganisationPicker } from './OrganisationPicker';

type Values = {
  kind: VisitKind;
  heldOn: Dayjs;
  title: string;
  visitors: string[];
  organisationIds: string[];
  hiringDemand?: string;
  painPoints?: string;
  notes?: string;
  positionIds: string[];
  challengeIds: string[];
};
const FIELDS = ['kind', 'heldOn', 'title', 'visitors', 'organisationIds', 'hiringDemand', 'painPoints', 'notes', 'positionIds', 'challengeIds'] as const;

export type VisitFormModalProps = { isOpen: boolean; visit: Visit | null; onClose: () => void; onSaved: (visit: Visit) => void };

/** 记录走访/座谈: when, who went, which organisations, the demand and pain points collected, and what they led to. */
export function VisitFormModal({ isOpen, visit, onClose, onSaved }: VisitFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const organisationIds = Form.useWatch('organisationIds', form) ?? visit?.organisations.map((o) => o.id) ?? [];
  const { createVisit, updateVisit } = useGovernanceMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const fields = {
          kind: values.kind,
          heldOn: toIsoDate(values.heldOn) ?? '',
          title: values.title,
          visitors: values.visitors.map((name) => name.trim()).filter(Boolean),
          organisationIds: values.organisationIds,
          hiringDemand: textOrNull(values.hiringDemand),
          painPoints: textOrNull(values.painPoints),
          notes: textOrNull(values.notes),
          positionIds: values.positionIds,
          challengeIds: values.challengeIds,
        };
        onSaved(visit ? await updateVisit(visit.id, { ...fields, version: visit.version }) : await createVisit(fields));
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
      title={visit ? t('gov.visits.edit') : t('gov.visits.create')}
      form={form}
      formKey={visit ? `${visit.id}:${visit.version}` : 'new'}
      initialValues={
        visit
          ? {
              kind: visit.kind,
              heldOn: fromIsoDate(visit.heldOn) ?? undefined,
              title: visit.title,
              visitors: visit.visitors,
              organisationIds: visit.organisations.map((o) => o.id),
              hiringDemand: visit.hiringDemand ?? undefined,
              painPoints: visit.painPoints ?? undefined,
              notes: visit.notes ?? undefined,
              positionIds: visit.positions.map((p) => p.id),
              challengeIds: visit.challenges.map((c) => c.id),
            }
          : { kind: 'visit', heldOn: dayjs(), visitors: [], organisationIds: [], positionIds: [], challengeIds: [] }
      }
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={visit ? t('common.save') : t('gov.visits.create')}
    >
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={t('gov.field.visitKind')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select options={VISIT_KINDS.map((value) => ({ value, label: t(`gov.visitKind.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="heldOn" label={t('gov.field.heldOn')} rules={[{ required: true, message: t('validation.required') }]}>
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('gov.field.title')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input maxLength={120} />
      </Form.Item>
      <Form.Item name="organisationIds" label={t('gov.field.visitedOrganisations')} rules={[{ required: true, message: t('validation.required') }]}>
        <OrganisationPicker isMultiple known={visit?.organisations ?? []} />
      </Form.Item>
      <Form.Item name="visitors" label={t('gov.field.visitors')} extra={t('gov.visits.visitorsHelp')} rules={[{ required: true, message: t('validation.required') }]}>
        <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="hiringDemand" label={t('gov.field.hiringDemand')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="painPoints" label={t('gov.field.painPoints')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="positionIds" label={t('gov.field.linkedPositions')} extra={t('gov.visits.positionsHelp')}>
        <LinkedRecordSelect source="positions" organisationIds={organisationIds} known={visit?.positions ?? []} />
      </Form.Item>
      <Form.Item name="challengeIds" label={t('gov.field.linkedChallenges')}>
        <LinkedRecordSelect
          source="challenges"
          organisationIds={organisationIds}
          known={visit?.challenges.map((c) => ({ ...c, organisationName: visit.organisations.find((o) => o.id === c.organisationId)?.name ?? '' })) ?? []}
        />
      </Form.Item>
      <Form.Item name="notes" label={t('gov.field.notes')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
