import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Empty, Flex, Form, Input, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { applyFieldErrors } from '../../../api/formErrors';
import { useT } from '../../../i18n/useT';
import { FormErrorAlert } from '../../../ui/FormErrorAlert';
import { PositionPicker } from '../../bulletins/components/PositionPicker';
import { OrganisationPicker } from '../../governance/components/OrganisationPicker';
import type { ConsoleLiveSession, CreateLiveSessionPayload } from '../types';
import { isHttpsUrl } from '../utils/format';
import { moveItem, type DraftItem } from '../utils/runSheet';
import '../live.css';
import { endsAfterRule } from '../../../ui/formRules';

type Values = {
  title: string;
  description?: string;
  streamUrl: string;
  presenter?: string;
  hostOrganisationId?: string | null;
  startsAt: Dayjs;
  endsAt: Dayjs;
};

const FIELDS = ['title', 'description', 'streamUrl', 'presenter', 'hostOrganisationId', 'startsAt', 'endsAt'] as const;
const HOST_TYPES = ['enterprise', 'school'] as const;
const DATE_TIME = 'YYYY-MM-DD HH:mm';
const MAX_ITEMS = 50;

export type LiveSessionFormProps = {
  /** The session being edited; absent to plan a new one. */
  session?: ConsoleLiveSession;
  /** Operators choose the host organisation (or none: the service park hosts). */
  canChooseHost: boolean;
  submitLabel: string;
  onSubmit: (payload: CreateLiveSessionPayload) => Promise<void>;
  onCancel: () => void;
  onReload?: () => void;
};

function textOrNull(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function draftOf(session: ConsoleLiveSession | undefined): DraftItem[] {
  if (!session) return [];
  return [...session.items]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((item) => ({ positionId: item.position.id, title: item.position.title, organisationName: item.position.organisation.name, notes: item.notes ?? '' }));
}

/** 新建/编辑直播: title, stream address, presenter, host, times and the run-sheet of published positions. */
export function LiveSessionForm({ session, canChooseHost, submitLabel, onSubmit, onCancel, onReload }: LiveSessionFormProps) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [items, setItems] = useState<DraftItem[]>(() => draftOf(session));
  const [error, setError] = useState<unknown>(null);
  const [itemLines, setItemLines] = useState<string[]>([]);
  const [otherLines, setOtherLines] = useState<string[]>([]);
  const [isSubmitting, setSubmitting] = useState(false);
  const isItemsLocked = session !== undefined && session.status !== 'scheduled';
  const selectedIds = new Set(items.map((i) => i.positionId));
  const required = { required: true, message: t('validation.required') };
  const requiredText = { ...required, whitespace: true };
  const max = (n: number) => ({ max: n, message: t('validation.maxLength', { max: n }) });

  async function handleFinish(values: Values) {
    setItemLines([]);
    setOtherLines([]);
    if (items.length === 0) {
      setItemLines([t('live.form.itemsRequired')]);
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await onSubmit({
        title: values.title.trim(),
        description: textOrNull(values.description),
        streamUrl: values.streamUrl.trim(),
        presenter: textOrNull(values.presenter),
        ...(canChooseHost && !session ? { hostOrganisationId: values.hostOrganisationId ?? null } : {}),
        startsAt: values.startsAt.toISOString(),
        endsAt: values.endsAt.toISOString(),
        items: items.map((i) => ({ positionId: i.positionId, notes: textOrNull(i.notes) })),
      });
    } catch (caught) {
      const unmatched = applyFieldErrors(form, caught, FIELDS);
      setItemLines(unmatched.filter((f) => f.path.startsWith('items')).map((f) => f.message));
      setOtherLines(unmatched.filter((f) => !f.path.startsWith('items')).map((f) => f.message));
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  }

  const initialValues: Partial<Values> = session
    ? {
        title: session.title,
        description: session.description ?? undefined,
        streamUrl: session.streamUrl,
        presenter: session.presenter ?? undefined,
        startsAt: dayjs(session.startsAt),
        endsAt: dayjs(session.endsAt),
      }
    : {};
  const sectionTitle = (text: string) => (
    <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
      {text}
    </Typography.Title>
  );

  return (
    <Flex vertical gap={16}>
      <FormErrorAlert error={error} extraLines={[...otherLines, ...itemLines]} staleTitle={t('live.form.stale')} onReload={onReload} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={handleFinish}
        disabled={isSubmitting}
        scrollToFirstError={{ block: 'center', focus: true }}
        aria-label={submitLabel}
      >
        <Card variant="outlined" title={sectionTitle(t('live.form.session'))}>
          <Row gutter={16}>
            <Col xs={24}>
              <Form.Item name="title" label={t('live.field.title')} rules={[requiredText, max(120)]}>
                <Input maxLength={120} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="streamUrl"
                label={t('live.field.streamUrl')}
                extra={t('live.form.streamUrlHelp')}
                rules={[
                  requiredText,
                  max(500),
                  { validator: (_rule, value: string | undefined) => (!value || isHttpsUrl(value.trim()) ? Promise.resolve() : Promise.reject(new Error(t('live.form.streamUrlHttps')))) },
                ]}
              >
                <Input inputMode="url" placeholder="https://" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="presenter" label={t('live.field.presenter')} rules={[max(60)]}>
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="startsAt" label={t('live.field.startsAt')} rules={[required]}>
                <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format={DATE_TIME} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="endsAt"
                label={t('live.field.endsAt')}
                dependencies={['startsAt']}
                rules={[
                  required,
                  endsAfterRule('startsAt', t('live.form.endsAfterStart')),
                ]}
              >
                <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format={DATE_TIME} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            {canChooseHost && !session ? (
              <Col xs={24} md={8}>
                <Form.Item name="hostOrganisationId" label={t('live.field.host')} extra={t('live.form.hostHelp')}>
                  <OrganisationPicker types={HOST_TYPES} />
                </Form.Item>
              </Col>
            ) : null}
            {session ? (
              <Col xs={24} md={8}>
                <Form.Item label={t('live.field.host')} htmlFor="live-host-fixed" extra={t('live.form.hostFixed')}>
                  <Input id="live-host-fixed" value={session.hostOrganisation?.name ?? t('live.host.park')} disabled />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24}>
              <Form.Item name="description" label={t('live.field.description')} rules={[max(4000)]}>
                <Input.TextArea rows={3} maxLength={4000} showCount />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      </Form>

      <Card variant="outlined" title={sectionTitle(t('live.form.runSheet', { count: items.length }))}>
        <Typography.Paragraph type="secondary">{isItemsLocked ? t('live.form.itemsLocked') : t('live.form.runSheetHelp')}</Typography.Paragraph>
        {itemLines.length > 0 ? <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={itemLines.join('；')} /> : null}
        {items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.form.itemsEmpty')} /> : null}
        <ol className="qiao-live-runsheet">
          {items.map((item, index) => (
            <li key={item.positionId}>
              <Flex vertical gap={8}>
                <Flex justify="space-between" align="center" wrap gap={8}>
                  <Typography.Text strong>
                    {index + 1}. {item.title} <Typography.Text type="secondary">· {item.organisationName}</Typography.Text>
                  </Typography.Text>
                  <Flex gap={4}>
                    <Button
                      size="small"
                      icon={<ArrowUpOutlined aria-hidden="true" />}
                      disabled={index === 0 || isItemsLocked}
                      aria-label={t('live.form.moveUp', { title: item.title })}
                      onClick={() => setItems((list) => moveItem(list, index, -1))}
                    />
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined aria-hidden="true" />}
                      disabled={index === items.length - 1 || isItemsLocked}
                      aria-label={t('live.form.moveDown', { title: item.title })}
                      onClick={() => setItems((list) => moveItem(list, index, 1))}
                    />
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined aria-hidden="true" />}
                      disabled={isItemsLocked}
                      aria-label={t('live.form.remove', { title: item.title })}
                      onClick={() => setItems((list) => list.filter((i) => i.positionId !== item.positionId))}
                    />
                  </Flex>
                </Flex>
                <Input
                  aria-label={t('live.form.notesFor', { title: item.title })}
                  placeholder={t('live.form.notesPlaceholder')}
                  value={item.notes}
                  maxLength={1000}
                  disabled={isItemsLocked}
                  onChange={(e) => {
                    const notes = e.target.value;
                    setItems((list) => list.map((i) => (i.positionId === item.positionId ? { ...i, notes } : i)));
                  }}
                />
              </Flex>
            </li>
          ))}
        </ol>
      </Card>

      {isItemsLocked ? null : (
        <Card variant="outlined" title={sectionTitle(t('live.form.pickPositions'))}>
          <PositionPicker
            selectedIds={selectedIds}
            onAdd={(p) =>
              setItems((list) =>
                list.length >= MAX_ITEMS || list.some((i) => i.positionId === p.id)
                  ? list
                  : [...list, { positionId: p.id, title: p.title, organisationName: p.organisationName, notes: '' }],
              )
            }
          />
        </Card>
      )}

      <Flex wrap gap={8}>
        <Button type="primary" onClick={() => form.submit()} loading={isSubmitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Flex>
    </Flex>
  );
}
