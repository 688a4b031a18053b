import { Alert, Button, Cascader, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyFieldErrors } from '../../../api/formErrors';
import type { Region } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { EDUCATION_LEVELS, EMPLOYMENT_TYPES, type Position, type PositionFields } from '../types';
import {
  newPositionFormValues,
  POSITION_FORM_FIELDS,
  type PositionFormValues,
  regionPathOf,
  toPositionFields,
  toPositionFormValues,
} from '../utils/formValues';
import { todayInChina } from '../utils/lifecycle';
import { EnterprisePicker } from './EnterprisePicker';

export type PositionFormSubmit = { fields: PositionFields; organisationId?: string };

export type PositionFormProps = {
  regions: Region[];
  /** The position being edited; absent for a new one. */
  position?: Position;
  /** Operators recording demand from an enterprise visit choose the enterprise first. */
  isVisit?: boolean;
  /** A new position's region (the enterprise's own). */
  defaultRegionCode?: string | null;
  /** An enterprise's change to a published position sends it back to review (not an operator's). */
  isReviewedOnEdit?: boolean;
  submitLabel: string;
  onSubmit: (submission: PositionFormSubmit) => Promise<void>;
  onCancel: () => void;
  /** Reloads the position after a `stale_version` answer. */
  onReload?: () => void;
};

const LEGEND_STYLE = { fontSize: 18, fontWeight: 600, marginBottom: 12 } as const;
const FIELDSET_STYLE = { border: 0, padding: 0, margin: 0, minWidth: 0 } as const;
/** Words may also be typed as a list: 药学, 化学工程 or 药学、化学工程. */
const WORD_SEPARATORS = [',', '，', '、', ';', '；'];

/** Create / edit a position; server field errors appear under their inputs. */
export function PositionForm({
  regions,
  position,
  isVisit = false,
  defaultRegionCode,
  isReviewedOnEdit = false,
  submitLabel,
  onSubmit,
  onCancel,
  onReload,
}: PositionFormProps) {
  const t = useT();
  const [form] = Form.useForm<PositionFormValues>();
  const isFriendly = Form.useWatch('isDisabilityFriendly', form);
  const [error, setError] = useState<unknown>(null);
  const [unmatchedLines, setUnmatchedLines] = useState<string[]>([]);
  const [isSubmitting, setSubmitting] = useState(false);
  const initialValues = position ? toPositionFormValues(position, regions) : newPositionFormValues(regions, defaultRegionCode);

  async function handleFinish(values: PositionFormValues) {
    setSubmitting(true);
    setError(null);
    setUnmatchedLines([]);
    try {
      await onSubmit({ fields: toPositionFields(values), ...(isVisit ? { organisationId: values.organisationId } : {}) });
    } catch (caught) {
      const unmatched = applyFieldErrors(form, caught, POSITION_FORM_FIELDS);
      setUnmatchedLines(unmatched.map((f) => `${f.path}: ${f.message}`));
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  }

  function handleEnterpriseChange(_id: string | undefined, enterprise?: { regionCode: string }) {
    // Demand from a visit is usually for the enterprise's own site: start from its region.
    if (enterprise && !(form.getFieldValue('regionCode') as string[] | undefined)?.length) {
      form.setFieldValue('regionCode', regionPathOf(regions, enterprise.regionCode));
    }
  }

  const required = { required: true, message: t('validation.required') };
  const requiredText = { required: true, whitespace: true, message: t('validation.required') };
  const max = (n: number) => ({ max: n, message: t('validation.maxLength', { max: n }) });
  const wordRules = (count: number) => [
    { type: 'array' as const, max: count, message: t('positions.field.words.max', { max: count }) },
    {
      validator: (_rule: unknown, value: string[] | undefined) =>
        (value ?? []).some((word) => word.trim().length > 40)
          ? Promise.reject(new Error(t('positions.field.words.length', { max: 40 })))
          : Promise.resolve(),
    },
  ];

  return (
    <Form<PositionFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={handleFinish}
      disabled={isSubmitting}
      scrollToFirstError={{ block: 'center', focus: true }}
      aria-label={submitLabel}
    >
      <FormErrorAlert error={error} extraLines={unmatchedLines} staleTitle={t('positions.form.stale')} onReload={onReload} />
      {isReviewedOnEdit && position?.status === 'published' ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('positions.editPublished.warning')} />
      ) : null}

      {isVisit ? (
        <fieldset style={FIELDSET_STYLE}>
          <legend style={LEGEND_STYLE}>{t('positions.form.enterprise')}</legend>
          <Form.Item
            name="organisationId"
            label={t('position.field.organisation')}
            extra={t('positions.create.visitHint')}
            rules={[required]}
          >
            <EnterprisePicker onChange={handleEnterpriseChange} />
          </Form.Item>
        </fieldset>
      ) : null}

      <fieldset style={FIELDSET_STYLE}>
        <legend style={LEGEND_STYLE}>{t('positions.form.basics')}</legend>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="title" label={t('position.field.title')} rules={[requiredText, max(60)]}>
              <Input maxLength={60} placeholder={t('positions.field.title.placeholder')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="headcount" label={t('position.field.headcount')} rules={[required]}>
              <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} suffix={t('positions.unit.people')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="employmentType" label={t('position.field.employmentType')} rules={[required]}>
              <Select options={EMPLOYMENT_TYPES.map((value) => ({ value, label: t(`position.employmentType.${value}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="duties"
              label={t('position.field.duties')}
              extra={t('positions.field.duties.help')}
              rules={[requiredText, max(4000)]}
            >
              <Input.TextArea rows={6} showCount maxLength={4000} />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>

      <fieldset style={FIELDSET_STYLE}>
        <legend style={LEGEND_STYLE}>{t('positions.form.requirements')}</legend>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="educationLevel" label={t('position.field.educationLevel')} rules={[required]}>
              <Select
                options={EDUCATION_LEVELS.map((value) => ({
                  value,
                  label: value === 'none' ? t('position.education.requirement.any') : t(`position.education.${value}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="experienceYears"
              label={t('position.field.experienceYears')}
              extra={t('positions.field.experienceYears.help')}
              rules={[required]}
            >
              <InputNumber min={0} max={50} precision={0} style={{ width: '100%' }} suffix={t('positions.unit.years')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="majors" label={t('position.field.majors')} extra={t('positions.field.words.help')} rules={wordRules(20)}>
              <Select mode="tags" tokenSeparators={WORD_SEPARATORS} suffixIcon={null} maxCount={20} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="skills" label={t('position.field.skills')} extra={t('positions.field.words.help')} rules={wordRules(30)}>
              <Select mode="tags" tokenSeparators={WORD_SEPARATORS} suffixIcon={null} maxCount={30} />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>

      <fieldset style={FIELDSET_STYLE}>
        <legend style={LEGEND_STYLE}>{t('positions.form.terms')}</legend>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="regionCode" label={t('position.field.region')} rules={[required]}>
              <Cascader
                options={regions}
                fieldNames={{ label: 'name', value: 'code', children: 'children' }}
                showSearch
                placeholder={t('org.field.region.placeholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="closingOn"
              label={t('position.field.closingOn')}
              extra={t('positions.field.closingOn.help')}
            >
              <DatePicker
                format="YYYY-MM-DD"
                style={{ width: '100%' }}
                disabledDate={(day: Dayjs) => day.format('YYYY-MM-DD') < todayInChina()}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="salaryMin" label={t('positions.field.salaryMin')} extra={t('positions.field.salary.help')}>
              <InputNumber min={0} max={1000000} precision={0} step={500} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="salaryMax"
              label={t('positions.field.salaryMax')}
              dependencies={['salaryMin']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_rule, value: number | null | undefined) => {
                    const min = getFieldValue('salaryMin') as number | null | undefined;
                    return typeof min === 'number' && typeof value === 'number' && min > value
                      ? Promise.reject(new Error(t('positions.field.salaryRange.invalid')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <InputNumber min={0} max={1000000} precision={0} step={500} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>

      <fieldset style={FIELDSET_STYLE}>
        <legend style={LEGEND_STYLE}>{t('positions.form.accessibility')}</legend>
        <Form.Item name="isDisabilityFriendly" valuePropName="checked" style={{ marginBottom: 12 }}>
          <Checkbox>{t('positions.field.isDisabilityFriendly')}</Checkbox>
        </Form.Item>
        {isFriendly ? (
          <Form.Item
            name="accommodation"
            label={t('position.field.accommodation')}
            extra={t('positions.field.accommodation.help')}
            rules={[max(500)]}
          >
            <Input.TextArea rows={3} showCount maxLength={500} />
          </Form.Item>
        ) : null}
      </fieldset>

      <Space wrap>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={false}>
          {t('common.cancel')}
        </Button>
      </Space>
    </Form>
  );
}
