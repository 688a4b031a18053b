import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Form, Input, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useFormSubmit } from '../../../api/useFormSubmit';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormModal } from '../../../ui/FormModal';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import { toIsoDate } from '../../talent/utils/dates';
import { useAchievements } from '../hooks/useTechTransfer';
import { useTechTransferMutations } from '../hooks/useTechTransferMutations';
import { ACHIEVEMENT_LEVELS, type Achievement, type AchievementLevel } from '../types';
import { yearOptions } from '../utils/format';
import { OrganisationIdSelect } from './OrganisationIdSelect';

type Values = { registrationNumber: string; title: string; organisationId: string; registeredOn: Dayjs; level: AchievementLevel };
const FIELDS = ['registrationNumber', 'title', 'organisationId', 'registeredOn', 'level'] as const;

export type AchievementsPanelProps = { canCreate: boolean };

/** 科技成果登记: registrations with their evaluation level. */
export function AchievementsPanel({ canCreate }: AchievementsPanelProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [filters, setFilters] = useState<{ year?: number; page: number; pageSize: number }>({ page: 1, pageSize: 20 });
  const [isCreating, setCreating] = useState(false);
  const { data, error, isLoading, reload } = useAchievements(filters);
  const { createAchievement } = useTechTransferMutations();
  const saving = useFormSubmit();
  const components = useTableCaption(t('tt.achievement.caption'));
  const columns: ColumnsType<Achievement> = [
    { title: t('tt.field.registrationNumber'), dataIndex: 'registrationNumber', key: 'number', width: 150 },
    { title: t('tt.field.achievementTitle'), dataIndex: 'title', key: 'title' },
    { title: t('tt.field.organisation'), dataIndex: 'organisationName', key: 'org' },
    { title: t('tt.field.level'), key: 'level', width: 110, render: (_v, a) => t(`tt.level.${a.level}`) },
    { title: t('tt.field.registeredOn'), key: 'date', width: 110, render: (_v, a) => formatDate(a.registeredOn) },
  ];

  async function handleFinish(values: Values) {
    await saving.submit(
      async () => {
        const saved = await createAchievement({ ...values, registeredOn: toIsoDate(values.registeredOn) ?? '' });
        void message.success(t('tt.achievement.created', { number: saved.registrationNumber }));
        setCreating(false);
        reload();
      },
      { form, fields: FIELDS },
    );
  }

  return (
    <Flex vertical gap={16}>
      <Card variant="outlined">
        <Flex wrap gap={8}>
          <Select
            aria-label={t('tt.field.year')}
            placeholder={t('tt.field.year')}
            allowClear
            style={{ width: 110 }}
            value={filters.year}
            onChange={(year?: number) => setFilters((f) => ({ ...f, year, page: 1 }))}
            options={yearOptions()}
          />
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)} style={{ marginInlineStart: 'auto' }}>
              {t('tt.achievement.create')}
            </Button>
          ) : null}
        </Flex>
      </Card>
      <Card variant="outlined">
        {error ? <ErrorAlert error={error} /> : null}
        <Table<Achievement>
          rowKey="id"
          components={components}
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isLoading}
          scroll={{ x: 800 }}
          pagination={{
            current: data?.page ?? 1,
            pageSize: data?.pageSize ?? 20,
            total: data?.total ?? 0,
            showTotal: (total) => t('common.totalItems', { total }),
            onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
          }}
          locale={{ emptyText: t('tt.empty') }}
        />
      </Card>
      <FormModal<Values>
        isOpen={isCreating}
        title={t('tt.achievement.create')}
        form={form}
        initialValues={{ registeredOn: dayjs(), level: 'domestic_advanced' }}
        onFinish={handleFinish}
        onCancel={() => {
          saving.clearError();
          setCreating(false);
        }}
        isSubmitting={saving.isSubmitting}
        error={saving.error}
        submitLabel={t('tt.achievement.createSubmit')}
      >
        <Form.Item name="registrationNumber" label={t('tt.field.registrationNumber')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="title" label={t('tt.field.achievementTitle')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="organisationId" label={t('tt.field.organisation')} rules={[{ required: true, message: t('validation.required') }]}>
          <OrganisationIdSelect />
        </Form.Item>
        <Form.Item name="registeredOn" label={t('tt.field.registeredOn')} rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="level" label={t('tt.field.level')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={ACHIEVEMENT_LEVELS.map((value) => ({ value, label: t(`tt.level.${value}`) }))} />
        </Form.Item>
      </FormModal>
    </Flex>
  );
}
