import { Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useTrainingMutations } from '../hooks/useTrainingMutations';
import { PROGRAMME_KINDS, type Programme, type ProgrammeKind, type TrainingBase } from '../types';
import { OrganisationSelect } from './OrganisationSelect';

type Values = {
  title: string;
  kind: ProgrammeKind;
  organiserId: string;
  baseId?: string;
  startsOn: Dayjs;
  endsOn: Dayjs;
  capacity: number;
  totalHours: number;
  requiredAttendancePercent: number;
  description?: string;
};

const FIELDS = ['title', 'kind', 'organiserId', 'baseId', 'startsOn', 'endsOn', 'capacity', 'totalHours', 'requiredAttendancePercent', 'description'] as const;
const ORGANISER_TYPES = ['government', 'operator', 'school', 'enterprise', 'institute', 'association'] as const;

export type ProgrammeFormModalProps = { isOpen: boolean; bases: TrainingBase[]; onClose: () => void; onSaved: (programme: Programme) => void };

/** 新建培训项目, e.g. 乡村人才培训. */
export function ProgrammeFormModal({ isOpen, bases, onClose, onSaved }: ProgrammeFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const { createProgramme } = useTrainingMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const required = { required: true, message: t('validation.required') };

  async function handleFinish(values: Values) {
    await submit(
      async () =>
        onSaved(
          await createProgramme({
            title: values.title,
            kind: values.kind,
            organiserId: values.organiserId,
            baseId: values.baseId ?? null,
            startsOn: toIsoDate(values.startsOn) ?? '',
            endsOn: toIsoDate(values.endsOn) ?? '',
            capacity: values.capacity,
            totalHours: values.totalHours,
            requiredAttendancePercent: values.requiredAttendancePercent,
            description: textOrNull(values.description),
          }),
        ),
      { form, fields: FIELDS },
    );
  }

  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={t('training.programme.createTitle')}
      form={form}
      initialValues={{ kind: 'rural_talent', requiredAttendancePercent: 80 }}
      onFinish={handleFinish}
      onCancel={() => {
        clearError();
        onClose();
      }}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('common.save')}
    >
      <Form.Item name="title" label={t('training.programme.title')} rules={[required, { max: 100, message: t('validation.maxLength', { max: 100 }) }]}>
        <Input />
      </Form.Item>
      <Form.Item name="kind" label={t('training.programme.kind')} rules={[required]}>
        <Select options={PROGRAMME_KINDS.map((value) => ({ value, label: t(`training.programmeKind.${value}`) }))} />
      </Form.Item>
      <Form.Item name="organiserId" label={t('training.programme.organiser')} rules={[required]}>
        <OrganisationSelect types={ORGANISER_TYPES} />
      </Form.Item>
      <Form.Item name="baseId" label={t('training.programme.base')}>
        <Select allowClear options={bases.map((b) => ({ value: b.id, label: b.name }))} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="startsOn" label={t('training.programme.startsOn')} rules={[required]}>
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="endsOn" label={t('training.programme.endsOn')} rules={[required]}>
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="capacity" label={t('training.programme.capacity')} rules={[required]}>
            <InputNumber min={1} max={5000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="totalHours" label={t('training.programme.totalHours')} rules={[required]}>
            <InputNumber min={1} max={2000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="requiredAttendancePercent" label={t('training.programme.requiredAttendance')} rules={[required]}>
            <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('training.programme.description')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
