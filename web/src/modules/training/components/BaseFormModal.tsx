import { Cascader, Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { FormModal } from '../../../ui/FormModal';
import { useRegions } from '../../organisations/hooks/useRegions';
import { findRegionPath } from '../../organisations/utils/formValues';
import { fromIsoDate, textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useTrainingMutations } from '../hooks/useTrainingMutations';
import { BASE_STATUSES, type BaseStatus, type TrainingBase } from '../types';
import { OrganisationSelect } from './OrganisationSelect';

type Values = {
  name: string;
  regionCode: string[];
  address?: string;
  majors: string[];
  stations: number;
  capacity: number;
  opensAt: Dayjs;
  closesAt: Dayjs;
  status: BaseStatus;
  isProvincialDemonstrative: boolean;
  completedOn?: Dayjs | null;
  description?: string;
  partnerIds: string[];
};

const FIELDS = ['name', 'regionCode', 'address', 'majors', 'stations', 'capacity', 'opensAt', 'closesAt', 'status', 'isProvincialDemonstrative', 'completedOn', 'description', 'partnerIds'] as const;
const PARTNER_TYPES = ['school', 'enterprise', 'institute', 'association', 'government'] as const;

export type BaseFormModalProps = {
  isOpen: boolean;
  /** The base being edited; absent to register a new one. */
  base: TrainingBase | null;
  onClose: () => void;
  onSaved: (base: TrainingBase) => void;
};

/** 新增/编辑实训基地 (operators). */
export function BaseFormModal({ isOpen, base, onClose, onSaved }: BaseFormModalProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const regions = useRegions();
  const { createBase, updateBase } = useTrainingMutations();
  const { error, isSubmitting, submit, clearError } = useFormSubmit();
  const required = { required: true, message: t('validation.required') };

  async function handleFinish(values: Values) {
    await submit(
      async () => {
        const fields = {
          name: values.name,
          regionCode: values.regionCode[values.regionCode.length - 1] ?? '',
          address: textOrNull(values.address),
          majors: values.majors,
          stations: values.stations,
          capacity: values.capacity,
          opensAt: values.opensAt.format('HH:mm'),
          closesAt: values.closesAt.format('HH:mm'),
          status: values.status,
          isProvincialDemonstrative: values.isProvincialDemonstrative,
          completedOn: toIsoDate(values.completedOn),
          description: textOrNull(values.description),
          partnerIds: values.partnerIds,
        };
        onSaved(base ? await updateBase(base.id, { ...fields, version: base.version }) : await createBase(fields));
      },
      { form, fields: FIELDS },
    );
  }

  function handleCancel() {
    clearError();
    onClose();
  }

  const initialValues: Partial<Values> = base
    ? {
        name: base.name,
        regionCode: findRegionPath(regions.data ?? [], base.regionCode),
        address: base.address ?? undefined,
        majors: base.majors,
        stations: base.stations,
        capacity: base.capacity,
        opensAt: dayjs(base.opensAt, 'HH:mm'),
        closesAt: dayjs(base.closesAt, 'HH:mm'),
        status: base.status,
        isProvincialDemonstrative: base.isProvincialDemonstrative,
        completedOn: fromIsoDate(base.completedOn),
        description: base.description ?? undefined,
        partnerIds: base.partners.map((p) => p.id),
      }
    : { majors: [], partnerIds: [], status: 'operating', isProvincialDemonstrative: false, opensAt: dayjs('08:30', 'HH:mm'), closesAt: dayjs('17:30', 'HH:mm') };

  const title = base ? t('training.base.editTitle') : t('training.base.createTitle');
  return (
    <FormModal<Values>
      isOpen={isOpen}
      title={title}
      form={form}
      formKey={base ? `${base.id}:${base.version}:${regions.data ? 'r' : ''}` : `new:${regions.data ? 'r' : ''}`}
      initialValues={initialValues}
      onFinish={handleFinish}
      onCancel={handleCancel}
      isSubmitting={isSubmitting}
      error={error}
      submitLabel={t('common.save')}
    >
      <Form.Item name="name" label={t('training.base.name')} rules={[required, { max: 100, message: t('validation.maxLength', { max: 100 }) }]}>
        <Input />
      </Form.Item>
      <Form.Item name="regionCode" label={t('training.base.region')} rules={[required]}>
        <Cascader options={regions.data ?? []} fieldNames={{ label: 'name', value: 'code', children: 'children' }} showSearch />
      </Form.Item>
      <Form.Item name="address" label={t('training.base.address')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="partnerIds" label={t('training.base.partners')} extra={t('training.base.partnersHelp')}>
        <OrganisationSelect isMultiple types={PARTNER_TYPES} known={base?.partners} />
      </Form.Item>
      <Form.Item name="majors" label={t('training.base.majors')} extra={t('training.base.majorsHelp')}>
        <Select mode="tags" open={false} suffixIcon={null} />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="stations" label={t('training.base.stations')} rules={[required]}>
            <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="capacity" label={t('training.base.capacity')} rules={[required]}>
            <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="opensAt" label={t('training.base.opensAt')} rules={[required]}>
            <TimePicker format="HH:mm" minuteStep={15} needConfirm={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="closesAt" label={t('training.base.closesAt')} rules={[required]}>
            <TimePicker format="HH:mm" minuteStep={15} needConfirm={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="status" label={t('training.base.status')} rules={[required]}>
            <Select options={BASE_STATUSES.map((value) => ({ value, label: t(`training.baseStatus.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="completedOn" label={t('training.base.completedOn')}>
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="isProvincialDemonstrative" label={t('training.base.demonstrative')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="description" label={t('training.base.description')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
