import { Button, Col, DatePicker, Form, Input, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../i18n/useT';
import type { AuditFilters } from '../utils/filters';

type FilterValues = {
  action?: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
};

export type AuditFilterBarProps = {
  filters: AuditFilters;
  onChange: (changes: Partial<AuditFilters>) => void;
};

/** Filters of the audit log: action, entity, actor and a date range (China Standard Time). */
export function AuditFilterBar({ filters, onChange }: AuditFilterBarProps) {
  const t = useT();
  const [form] = Form.useForm<FilterValues>();
  const initialValues: FilterValues = {
    action: filters.action,
    entityType: filters.entityType,
    entityId: filters.entityId,
    actor: filters.actor,
    range: [filters.fromDay ? dayjs(filters.fromDay) : null, filters.toDay ? dayjs(filters.toDay) : null],
  };

  function handleFinish(values: FilterValues) {
    onChange({
      action: values.action?.trim() ?? '',
      entityType: values.entityType?.trim() ?? '',
      entityId: values.entityId?.trim() ?? '',
      actor: values.actor?.trim() ?? '',
      fromDay: values.range?.[0]?.format('YYYY-MM-DD') ?? '',
      toDay: values.range?.[1]?.format('YYYY-MM-DD') ?? '',
    });
  }

  function handleReset() {
    form.setFieldsValue({ action: '', entityType: '', entityId: '', actor: '', range: null });
    onChange({ action: '', entityType: '', entityId: '', actor: '', fromDay: '', toDay: '' });
  }

  return (
    <div role="search" aria-label={t('audit.filters.label')}>
      <Form<FilterValues> form={form} layout="vertical" initialValues={initialValues} onFinish={handleFinish}>
        <Row gutter={[12, 0]}>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item name="action" label={t('audit.field.action')}>
              <Input placeholder={t('audit.field.action.placeholder')} allowClear />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item name="entityType" label={t('audit.field.entityType')}>
              <Input placeholder={t('audit.field.entityType.placeholder')} allowClear />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item name="entityId" label={t('audit.field.entityId')}>
              <Input allowClear spellCheck={false} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item name="actor" label={t('audit.field.actor')}>
              <Input placeholder={t('audit.field.actor.placeholder')} allowClear />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16} lg={10}>
            <Form.Item name="range" label={t('audit.field.range')}>
              <DatePicker.RangePicker
                style={{ width: '100%' }}
                format="YYYY-MM-DD"
                allowEmpty={[true, true]}
                placeholder={[t('audit.field.from'), t('audit.field.to')]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8} lg={14} style={{ display: 'flex', alignItems: 'end', gap: 8, paddingBottom: 24 }}>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <Button onClick={handleReset}>{t('common.resetFilters')}</Button>
          </Col>
        </Row>
      </Form>
    </div>
  );
}
