import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { applyNestedFieldErrors } from '../../talent/utils/nestedFieldErrors';
import { textOrNull } from '../../talent/utils/dates';
import { BULLETIN_LIMITS, type Bulletin, type CreateBulletinPayload } from '../types';
import { addPosition, moveEnterprise, movePosition, removePosition, type SelectedPosition } from '../utils/ordering';
import { PositionPicker } from './PositionPicker';
import { SelectedPositions } from './SelectedPositions';

type ContactValues = { name?: string; phone?: string; address?: string };
type Values = { year: number; title?: string; introduction: string; contactPoints: ContactValues[] };

const FIELDS = ['year', 'title', 'introduction', 'contactPoints'] as const;

/** What a save sends: the create body (the edit leaves out the year and adds the version). */
export type BulletinFormPayload = CreateBulletinPayload;

export type BulletinFormProps = {
  /** The issue being edited; absent to compile a new one. */
  bulletin?: Bulletin;
  submitLabel: string;
  onSubmit: (payload: BulletinFormPayload) => Promise<void>;
  onCancel: () => void;
  onReload?: () => void;
};

function selectedOf(bulletin: Bulletin | undefined): SelectedPosition[] {
  if (!bulletin) return [];
  return bulletin.enterprises.flatMap((enterprise) =>
    enterprise.positions.map((p) => ({
      id: p.id,
      title: p.title,
      organisationId: enterprise.organisationId,
      organisationName: enterprise.name,
      headcount: p.headcount,
      salaryMin: p.salaryMin,
      salaryMax: p.salaryMax,
      educationLevel: p.educationLevel,
      regionName: p.regionName,
    })),
  );
}

/** Compile or edit an issue: year, title, introduction, contact points and the ordered positions. */
export function BulletinForm({ bulletin, submitLabel, onSubmit, onCancel, onReload }: BulletinFormProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [selected, setSelected] = useState<SelectedPosition[]>(() => selectedOf(bulletin));
  const [error, setError] = useState<unknown>(null);
  const [otherLines, setOtherLines] = useState<string[]>([]);
  const [positionLines, setPositionLines] = useState<string[]>([]);
  const [isSubmitting, setSubmitting] = useState(false);
  const selectedIds = new Set(selected.map((p) => p.id));

  async function handleFinish(values: Values) {
    setSubmitting(true);
    setError(null);
    setOtherLines([]);
    setPositionLines([]);
    try {
      await onSubmit({
        year: values.year,
        title: textOrNull(values.title),
        introduction: values.introduction.trim(),
        contactPoints: (values.contactPoints ?? []).map((c) => ({
          name: c.name?.trim() ?? '',
          phone: textOrNull(c.phone),
          address: textOrNull(c.address),
        })),
        positionIds: selected.map((p) => p.id),
      });
    } catch (caught) {
      const unmatched = applyNestedFieldErrors(form, caught, { fields: FIELDS, nested: ['contactPoints'] });
      setPositionLines(unmatched.filter((f) => f.path.startsWith('positionIds')).map((f) => f.message));
      setOtherLines(unmatched.filter((f) => !f.path.startsWith('positionIds')).map((f) => f.message));
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  }

  const requiredText = { required: true, whitespace: true, message: t('validation.required') };
  const max = (n: number) => ({ max: n, message: t('validation.maxLength', { max: n }) });
  const initialValues: Partial<Values> = bulletin
    ? {
        year: bulletin.year,
        title: bulletin.title,
        introduction: bulletin.introduction,
        contactPoints: bulletin.contactPoints.map((c) => ({ name: c.name, phone: c.phone ?? undefined, address: c.address ?? undefined })),
      }
    : { year: new Date().getFullYear(), contactPoints: [{}] };
  const sectionTitle = (text: string) => (
    <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
      {text}
    </Typography.Title>
  );

  return (
    <Flex vertical gap={16}>
      <FormErrorAlert error={error} extraLines={[...otherLines, ...positionLines]} staleTitle={t('bulletins.form.stale')} onReload={onReload} />
      {/* The form holds the text fields only: Enter in the picker's search box must not submit it. */}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={handleFinish}
        disabled={isSubmitting}
        scrollToFirstError={{ block: 'center', focus: true }}
        aria-label={submitLabel}
      >
        <Flex vertical gap={16}>
          <Card variant="outlined" title={sectionTitle(t('bulletins.form.issue'))}>
            <Row gutter={16}>
              <Col xs={24} md={6}>
                <Form.Item
                  name="year"
                  label={t('bulletins.field.year')}
                  extra={bulletin ? t('bulletins.form.yearFixed') : t('bulletins.form.yearHelp')}
                  rules={[{ required: true, message: t('validation.required') }]}
                >
                  <InputNumber
                    min={BULLETIN_LIMITS.minYear}
                    max={BULLETIN_LIMITS.maxYear}
                    precision={0}
                    disabled={Boolean(bulletin) || isSubmitting}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={18}>
                <Form.Item name="title" label={t('bulletins.field.title')} extra={t('bulletins.form.titleHelp')} rules={[max(120)]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24}>
                <Form.Item name="introduction" label={t('bulletins.field.introduction')} rules={[requiredText, max(4000)]}>
                  <Input.TextArea rows={5} showCount maxLength={4000} placeholder={t('bulletins.form.introductionPlaceholder')} />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Card variant="outlined" title={sectionTitle(t('bulletins.field.contactPoints'))}>
            <Form.List name="contactPoints">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((field, index) => (
                    <fieldset key={field.key} style={{ border: '1px solid #e5e5e5', borderRadius: 8, padding: '8px 12px 0', margin: 0 }}>
                      <legend style={{ fontSize: 14, padding: '0 4px', width: 'auto', marginBottom: 0, border: 0 }}>
                        {t('bulletins.contact.entry', { n: index + 1 })}
                      </legend>
                      <Row gutter={12} align="bottom">
                        <Col xs={24} md={7}>
                          <Form.Item name={[field.name, 'name']} label={t('bulletins.contact.name')} rules={[requiredText, max(60)]}>
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={6}>
                          <Form.Item
                            name={[field.name, 'phone']}
                            label={t('bulletins.contact.phone')}
                            rules={[max(30), { pattern: /^[0-9+()\s-]*$/, message: t('validation.phone') }]}
                          >
                            <Input inputMode="tel" />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={8}>
                          <Form.Item name={[field.name, 'address']} label={t('bulletins.contact.address')} rules={[max(200)]}>
                            <Input />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={3}>
                          <Form.Item>
                            <Button
                              icon={<DeleteOutlined aria-hidden="true" />}
                              disabled={fields.length <= 1 || isSubmitting}
                              onClick={() => remove(field.name)}
                              aria-label={t('bulletins.contact.removeFor', { n: index + 1 })}
                            >
                              {t('bulletins.contact.remove')}
                            </Button>
                          </Form.Item>
                        </Col>
                      </Row>
                    </fieldset>
                  ))}
                  {fields.length < BULLETIN_LIMITS.maxContactPoints ? (
                    <Button icon={<PlusOutlined aria-hidden="true" />} onClick={() => add({})} style={{ alignSelf: 'flex-start' }}>
                      {t('bulletins.contact.add')}
                    </Button>
                  ) : null}
                </Flex>
              )}
            </Form.List>
          </Card>
        </Flex>
      </Form>

      <Card variant="outlined" title={sectionTitle(t('bulletins.selected.title', { positions: selected.length }))}>
        <Typography.Paragraph type="secondary">{t('bulletins.selected.help')}</Typography.Paragraph>
        {positionLines.length > 0 ? (
          <Alert type="error" showIcon style={{ marginBottom: 12 }} title={positionLines.join('；')} />
        ) : null}
        <SelectedPositions
          positions={selected}
          onMoveEnterprise={(id, delta) => setSelected((list) => moveEnterprise(list, id, delta))}
          onMovePosition={(id, delta) => setSelected((list) => movePosition(list, id, delta))}
          onRemove={(id) => setSelected((list) => removePosition(list, id))}
        />
      </Card>

      <Card variant="outlined" title={sectionTitle(t('bulletins.picker.title'))}>
        <PositionPicker
          selectedIds={selectedIds}
          onAdd={(position) =>
            setSelected((list) => (list.length >= BULLETIN_LIMITS.maxPositions ? list : addPosition(list, position)))
          }
        />
      </Card>

      <Flex wrap gap={8}>
        <Button type="primary" onClick={() => form.submit()} loading={isSubmitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Flex>
    </Flex>
  );
}
