import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Form, Input, InputNumber, Progress, Select, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormModal } from '../../../ui/FormModal';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import { textOrNull, toIsoDate } from '../../talent/utils/dates';
import { useRaPositions, useRaProgress } from '../hooks/useTechTransfer';
import { useTechTransferMutations } from '../hooks/useTechTransferMutations';
import type { RaPosition, RaProgress } from '../types';
import { yearOptions } from '../utils/format';
import { OrganisationIdSelect } from './OrganisationIdSelect';

type ProgressRow = RaProgress['organisations'][number];
type PostValues = { organisationId: string; title: string; project?: string; developedOn: Dayjs };
type TargetValues = { organisationId?: string; target: number };

export type RaPanelProps = { year: number; onYearChange: (year: number) => void; canWrite: boolean; canSetTargets: boolean };

function percent(actual: number, target: number | null): number | null {
  return target ? Math.round((actual / target) * 100) : null;
}

/** 科研助理岗位: posts developed in a year against the targets, and the posts themselves. */
export function RaPanel({ year, onYearChange, canWrite, canSetTargets }: RaPanelProps) {
  const t = useT();
  const { message } = App.useApp();
  const progress = useRaProgress(year);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const posts = useRaPositions({ year, ...page });
  const { createRaPosition, setRaTarget } = useTechTransferMutations();
  const [postForm] = Form.useForm<PostValues>();
  const [targetForm] = Form.useForm<TargetValues>();
  const postSaving = useFormSubmit();
  const targetSaving = useFormSubmit();
  const [isAdding, setAdding] = useState(false);
  const [isTargeting, setTargeting] = useState(false);
  const progressCaption = useTableCaption(t('tt.ra.progressCaption', { year }));
  const postCaption = useTableCaption(t('tt.ra.postsCaption', { year }));
  const total = progress.data?.total;
  const totalPercent = total ? percent(total.actual, total.target) : null;

  const progressColumns: ColumnsType<ProgressRow> = [
    { title: t('tt.field.organisation'), dataIndex: 'organisationName', key: 'org' },
    { title: t('tt.ra.actual'), dataIndex: 'actual', key: 'actual', width: 90, align: 'right' },
    { title: t('tt.ra.target'), key: 'target', width: 90, align: 'right', render: (_v, r) => r.target ?? '—' },
    {
      title: t('tt.ra.progress'),
      key: 'progress',
      width: 200,
      render: (_v, r) => {
        const value = percent(r.actual, r.target);
        return value === null ? '—' : <Progress percent={value} size="small" aria-label={t('tt.ra.progressLabel', { percent: value })} />;
      },
    },
  ];
  const postColumns: ColumnsType<RaPosition> = [
    { title: t('tt.field.organisation'), dataIndex: 'organisationName', key: 'org' },
    { title: t('tt.field.raTitle'), dataIndex: 'title', key: 'title' },
    { title: t('tt.field.project'), key: 'project', render: (_v, p) => p.project ?? '—' },
    { title: t('tt.field.developedOn'), key: 'date', width: 110, render: (_v, p) => formatDate(p.developedOn) },
  ];

  async function handleAddPost(values: PostValues) {
    await postSaving.submit(
      async () => {
        await createRaPosition({ organisationId: values.organisationId, title: values.title, project: textOrNull(values.project), developedOn: toIsoDate(values.developedOn) ?? '' });
        void message.success(t('tt.ra.created'));
        setAdding(false);
        progress.reload();
        posts.reload();
      },
      { form: postForm, fields: ['organisationId', 'title', 'project', 'developedOn'] },
    );
  }

  async function handleSetTarget(values: TargetValues) {
    await targetSaving.submit(
      async () => {
        const existing = values.organisationId
          ? progress.data?.organisations.find((o) => o.organisationId === values.organisationId)
          : { targetVersion: progress.data?.zoneTargetVersion ?? null };
        await setRaTarget({ year, organisationId: values.organisationId ?? null, target: values.target, version: existing?.targetVersion ?? undefined });
        void message.success(t('tt.ra.targetSaved'));
        setTargeting(false);
        progress.reload();
      },
      { form: targetForm, fields: ['organisationId', 'target'] },
    );
  }

  return (
    <Flex vertical gap={16}>
      <Card variant="outlined">
        <Flex wrap gap={16} align="center">
          <Select aria-label={t('tt.field.year')} value={year} options={yearOptions()} onChange={onYearChange} style={{ width: 110 }} />
          <Statistic title={t('tt.ra.totalTitle', { year })} value={total?.actual ?? '—'} suffix={total?.target !== null && total?.target !== undefined ? `/ ${total.target}` : undefined} />
          {totalPercent !== null ? <Progress type="circle" size={64} percent={totalPercent} aria-label={t('tt.ra.progressLabel', { percent: totalPercent })} /> : null}
          <Flex gap={8} style={{ marginInlineStart: 'auto' }} wrap>
            {canSetTargets ? <Button onClick={() => setTargeting(true)}>{t('tt.ra.setTarget')}</Button> : null}
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setAdding(true)}>
                {t('tt.ra.create')}
              </Button>
            ) : null}
          </Flex>
        </Flex>
      </Card>
      {progress.error ? <ErrorAlert error={progress.error} /> : null}
      <Card variant="outlined" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('tt.ra.byOrganisation')}</Typography.Title>}>
        <Table<ProgressRow>
          rowKey="organisationId"
          size="small"
          components={progressCaption}
          columns={progressColumns}
          dataSource={progress.data?.organisations ?? []}
          loading={progress.isLoading}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          scroll={{ x: 600 }}
          locale={{ emptyText: t('tt.empty') }}
        />
      </Card>
      <Card variant="outlined" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('tt.ra.posts')}</Typography.Title>}>
        <Table<RaPosition>
          rowKey="id"
          components={postCaption}
          columns={postColumns}
          dataSource={posts.data?.items ?? []}
          loading={posts.isLoading}
          scroll={{ x: 700 }}
          pagination={{
            current: posts.data?.page ?? 1,
            pageSize: posts.data?.pageSize ?? 20,
            total: posts.data?.total ?? 0,
            showTotal: (n) => t('common.totalItems', { total: n }),
            onChange: (p, pageSize) => setPage({ page: p, pageSize }),
          }}
          locale={{ emptyText: t('tt.empty') }}
        />
      </Card>
      <FormModal<PostValues>
        isOpen={isAdding}
        title={t('tt.ra.create')}
        form={postForm}
        initialValues={{ developedOn: dayjs() }}
        onFinish={handleAddPost}
        onCancel={() => {
          postSaving.clearError();
          setAdding(false);
        }}
        isSubmitting={postSaving.isSubmitting}
        error={postSaving.error}
        submitLabel={t('tt.ra.createSubmit')}
      >
        <Form.Item name="organisationId" label={t('tt.field.organisation')} rules={[{ required: true, message: t('validation.required') }]}>
          <OrganisationIdSelect />
        </Form.Item>
        <Form.Item name="title" label={t('tt.field.raTitle')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="project" label={t('tt.field.project')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="developedOn" label={t('tt.field.developedOn')} rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
      <FormModal<TargetValues>
        isOpen={isTargeting}
        title={t('tt.ra.setTargetFor', { year })}
        form={targetForm}
        initialValues={{ target: total?.target ?? undefined }}
        onFinish={handleSetTarget}
        onCancel={() => {
          targetSaving.clearError();
          setTargeting(false);
        }}
        isSubmitting={targetSaving.isSubmitting}
        error={targetSaving.error}
        submitLabel={t('common.save')}
      >
        <Form.Item name="organisationId" label={t('tt.field.organisation')} extra={t('tt.ra.target.help')}>
          <OrganisationIdSelect />
        </Form.Item>
        <Form.Item name="target" label={t('tt.ra.target')} rules={[{ required: true, message: t('validation.required') }]}>
          <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
