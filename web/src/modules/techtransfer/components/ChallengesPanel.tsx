import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { INDUSTRIES, type Industry } from '../../../api/types';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import { useChallenges } from '../hooks/useTechTransfer';
import { CHALLENGE_STATUSES, type Challenge, type ChallengeStatus } from '../types';
import { moneyText } from '../utils/format';
import { ChallengeFormModal } from './ChallengeFormModal';
import { ChallengeStatusTag } from './ChallengeStatusTag';

export type ChallengesPanelProps = { canPost: boolean; isOnBehalf: boolean };

/** 揭榜挂帅: the challenges the viewer sees, with 发布技术需求 for enterprises and operators. */
export function ChallengesPanel({ canPost, isOnBehalf }: ChallengesPanelProps) {
  const t = useT();
  const language = useLanguage();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState<{ q?: string; status?: ChallengeStatus; industry?: Industry; page: number; pageSize: number }>({ page: 1, pageSize: 20 });
  const [isCreating, setCreating] = useState(false);
  const { data, error, isLoading } = useChallenges(filters);
  const components = useTableCaption(t('tt.challenge.caption'));
  const columns: ColumnsType<Challenge> = [
    { title: t('tt.field.challengeTitle'), key: 'title', render: (_v, c) => <Link to={`/console/challenges/${c.id}`}>{c.title}</Link> },
    { title: t('tt.field.enterprise'), dataIndex: 'organisationName', key: 'org' },
    { title: t('tt.field.industry'), key: 'industry', width: 110, render: (_v, c) => t(`industry.${c.industry}`) },
    { title: t('tt.field.budget'), key: 'budget', width: 130, align: 'right', render: (_v, c) => moneyText(c.budgetFen, language) },
    { title: t('tt.field.deadline'), key: 'deadline', width: 110, render: (_v, c) => formatDate(c.deadline) },
    { title: t('tt.field.proposals'), dataIndex: 'proposalCount', key: 'proposals', width: 90, align: 'right' },
    { title: t('tt.field.status'), key: 'status', width: 110, render: (_v, c) => <ChallengeStatusTag status={c.status} /> },
  ];
  return (
    <Flex vertical gap={16}>
      <Card variant="outlined">
        <Flex wrap gap={8}>
          <Input.Search
            aria-label={t('tt.filter.challengeSearch')}
            placeholder={t('tt.filter.challengeSearch')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(value) => setFilters((f) => ({ ...f, q: value.trim() || undefined, page: 1 }))}
            enterButton={t('common.search')}
            style={{ maxWidth: 320 }}
          />
          <Select
            aria-label={t('tt.field.status')}
            placeholder={t('tt.field.status')}
            allowClear
            style={{ width: 130 }}
            value={filters.status}
            onChange={(status?: ChallengeStatus) => setFilters((f) => ({ ...f, status, page: 1 }))}
            options={CHALLENGE_STATUSES.map((value) => ({ value, label: t(`tt.challengeStatus.${value}`) }))}
          />
          <Select
            aria-label={t('tt.field.industry')}
            placeholder={t('tt.field.industry')}
            allowClear
            style={{ width: 140 }}
            value={filters.industry}
            onChange={(industry?: Industry) => setFilters((f) => ({ ...f, industry, page: 1 }))}
            options={INDUSTRIES.map((value) => ({ value, label: t(`industry.${value}`) }))}
          />
          {canPost ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setCreating(true)} style={{ marginInlineStart: 'auto' }}>
              {t('tt.challenge.create')}
            </Button>
          ) : null}
        </Flex>
      </Card>
      <Card variant="outlined">
        {error ? <ErrorAlert error={error} /> : null}
        <Table<Challenge>
          rowKey="id"
          components={components}
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isLoading}
          scroll={{ x: 960 }}
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
      {canPost ? (
        <ChallengeFormModal
          isOpen={isCreating}
          isOnBehalf={isOnBehalf}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            void message.success(t('tt.challenge.created'));
            setCreating(false);
            void navigate(`/console/challenges/${saved.id}`);
          }}
        />
      ) : null}
    </Flex>
  );
}
