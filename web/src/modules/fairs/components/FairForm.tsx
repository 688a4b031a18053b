import { Button, Card, Cascader, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FAIR_KINDS, type FairKind, SPECIAL_FOCUSES } from '../../../../../src/modules/fairs/fairs.codes';
import { applyFieldErrors } from '../../../api/formErrors';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { OrganisationPicker } from '../../governance/components/OrganisationPicker';
import { useRegions } from '../../organisations/hooks/useRegions';
import { findRegionPath } from '../../organisations/utils/formValues';
import type { Fair, FairPayload } from '../types';
import { endsAfterRule } from '../../../ui/formRules';

type Values = {
  kind: FairKind;
  specialFocus?: string;
  title: string;
  description?: string;
  venue: string;
  regionCode: string[];
  startsAt: Dayjs;
  endsAt: Dayjs;
  hostOrganisationId?: string | null;
  coOrganiserIds: string[];
  boothCapacity: number;
  seekerCapacity?: number | null;
  registrationClosesAt?: Dayjs | null;
};

const FIELDS = [
  'kind',
  'specialFocus',
  'title',
  'description',
  'venue',
  'regionCode',
  'startsAt',
  'endsAt',
  'hostOrganisationId',
  'coOrganiserIds',
  'boothCapacity',
  'seekerCapacity',
  'registrationClosesAt',
] as const;
const HOST_TYPES = ['school', 'operator', 'association', 'government', 'enterprise', 'institute'] as const;
const DATE_TIME = 'YYYY-MM-DD HH:mm';

export type FairFormProps = {
  /** The fair being edited; absent to create one. */
  fair?: Fair;
  /** Operators choose the host; a school's staff create fairs their school hosts. */
  canChooseHost: boolean;
  submitLabel: string;
  onSubmit: (payload: FairPayload) => Promise<void>;
  onCancel: () => void;
  onReload?: () => void;
};

function textOrNull(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** 新建/编辑招聘会: kind and focus, title, venue, region, times, host and co-organisers, capacities. */
export function FairForm({ fair, canChooseHost, submitLabel, onSubmit, onCancel, onReload }: FairFormProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const regions = useRegions();
  const kind = Form.useWatch('kind', form);
  const [error, setError] = useState<unknown>(null);
  const [otherLines, setOtherLines] = useState<string[]>([]);
  const [isSubmitting, setSubmitting] = useState(false);
  const required = { required: true, message: t('validation.required') };
  const requiredText = { ...required, whitespace: true };
  const max = (n: number) => ({ max: n, message: t('validation.maxLength', { max: n }) });

  async function handleFinish(values: Values) {
    setSubmitting(true);
    setError(null);
    setOtherLines([]);
    try {
      await onSubmit({
        kind: values.kind,
        specialFocus: values.kind === 'special' ? (values.specialFocus ?? null) : null,
        title: values.title.trim(),
        description: textOrNull(values.description),
        venue: values.venue.trim(),
        regionCode: values.regionCode[values.regionCode.length - 1] ?? '',
        startsAt: values.startsAt.toISOString(),
        endsAt: values.endsAt.toISOString(),
        ...(canChooseHost ? { hostOrganisationId: values.hostOrganisationId ?? null } : {}),
        coOrganiserIds: values.coOrganiserIds ?? [],
        boothCapacity: values.boothCapacity,
        seekerCapacity: values.seekerCapacity ?? null,
        registrationClosesAt: values.registrationClosesAt ? values.registrationClosesAt.toISOString() : null,
      });
    } catch (caught) {
      setOtherLines(applyFieldErrors(form, caught, FIELDS).map((f) => f.message));
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  }

  const initialValues: Partial<Values> = fair
    ? {
        kind: fair.kind,
        specialFocus: fair.specialFocus ?? undefined,
        title: fair.title,
        description: fair.description ?? undefined,
        venue: fair.venue,
        regionCode: findRegionPath(regions.data ?? [], fair.regionCode),
        startsAt: dayjs(fair.startsAt),
        endsAt: dayjs(fair.endsAt),
        hostOrganisationId: fair.hostOrganisation?.id ?? null,
        coOrganiserIds: fair.coOrganisers.map((o) => o.id),
        boothCapacity: fair.boothCapacity,
        seekerCapacity: fair.seekerCapacity,
        registrationClosesAt: fair.registrationClosesAt ? dayjs(fair.registrationClosesAt) : null,
      }
    : { kind: 'campus', coOrganiserIds: [], boothCapacity: 40 };

  // The region's path in the cascader is known only once the tree has loaded.
  if (!regions.data) return regions.error ? <ErrorAlert error={regions.error} /> : <LoadingBlock />;
  return (
    <Flex vertical gap={16}>
      <FormErrorAlert error={error} extraLines={otherLines} staleTitle={t('fairs.form.stale')} onReload={onReload} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={handleFinish}
        disabled={isSubmitting}
        scrollToFirstError={{ block: 'center', focus: true }}
        aria-label={submitLabel}
      >
        <Card variant="outlined">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="kind" label={t('fairs.field.kind')} rules={[required]}>
                <Select options={FAIR_KINDS.map((value) => ({ value, label: t(`fairs.kind.${value}`) }))} />
              </Form.Item>
            </Col>
            {kind === 'special' ? (
              <Col xs={24} md={8}>
                <Form.Item name="specialFocus" label={t('fairs.field.specialFocus')} rules={[required]}>
                  <Select options={SPECIAL_FOCUSES.map((value) => ({ value, label: t(`fairs.focus.${value}`) }))} />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24}>
              <Form.Item name="title" label={t('fairs.field.title')} rules={[requiredText, max(120)]}>
                <Input maxLength={120} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="venue" label={t('fairs.field.venue')} rules={[requiredText, max(200)]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="regionCode" label={t('fairs.field.region')} rules={[required]}>
                <Cascader options={regions.data ?? []} fieldNames={{ label: 'name', value: 'code', children: 'children' }} showSearch changeOnSelect />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="startsAt" label={t('fairs.field.startsAt')} rules={[required]}>
                <DatePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format={DATE_TIME} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="endsAt"
                label={t('fairs.field.endsAt')}
                dependencies={['startsAt']}
                rules={[
                  required,
                  endsAfterRule('startsAt', t('fairs.form.endsAfterStart')),
                ]}
              >
                <DatePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format={DATE_TIME} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="registrationClosesAt" label={t('fairs.field.registrationClosesAt')} extra={t('fairs.form.registrationClosesHelp')}>
                <DatePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format={DATE_TIME} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            {canChooseHost ? (
              <Col xs={24} md={12}>
                <Form.Item name="hostOrganisationId" label={t('fairs.field.host')} extra={t('fairs.form.hostHelp')}>
                  <OrganisationPicker types={HOST_TYPES} known={fair?.hostOrganisation ? [fair.hostOrganisation] : []} />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} md={canChooseHost ? 12 : 24}>
              <Form.Item name="coOrganiserIds" label={t('fairs.field.coOrganisers')}>
                <OrganisationPicker isMultiple known={fair?.coOrganisers ?? []} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="boothCapacity" label={t('fairs.field.boothCapacity')} rules={[required]}>
                <InputNumber min={1} max={5000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="seekerCapacity" label={t('fairs.field.seekerCapacity')} extra={t('fairs.form.seekerCapacityHelp')}>
                <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="description" label={t('fairs.field.description')} rules={[max(4000)]}>
                <Input.TextArea rows={4} maxLength={4000} showCount />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={8} justify="end">
            <Button onClick={onCancel} disabled={false}>
              {t('common.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={isSubmitting}>
              {submitLabel}
            </Button>
          </Flex>
        </Card>
      </Form>
    </Flex>
  );
}
