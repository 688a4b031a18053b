import { App, Button, Col, Flex, Form, Row, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../../../../src/modules/fairs/fairs.codes';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FilterSelect } from '../../../ui/FilterSelect';
import { LabelTag } from '../../../ui/LabelTag';
import { type FollowUpFilters, useFollowUp } from '../hooks/useFairQueries';
import type { Fair, Intent } from '../types';
import { FollowUpModal } from './FollowUpModal';
import { IntentResumeDrawer } from './IntentResumeDrawer';
import { IntentTable } from './IntentTable';

function isFollowUpStatus(value: string | null): value is FollowUpStatus {
  return value !== null && (FOLLOW_UP_STATUSES as readonly string[]).includes(value);
}

/** 跟进: the operator's list of intents not yet ending in a hire, strong ones first. */
export function FollowUpPanel({ fair }: { fair: Fair }) {
  const t = useT();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<FollowUpFilters>({ followUpStatus: '', page: 1, pageSize: 20 });
  const { data, error, isLoading, reload } = useFollowUp(fair.id, filters);
  const [editing, setEditing] = useState<Intent | null>(null);
  const [showing, setShowing] = useState<Intent | null>(null);

  function handleSaved(intent: Intent) {
    void message.success(t('fairs.followUp.saved', { name: intent.seeker.name }));
    setEditing(null);
    reload();
  }

  const extraColumns: ColumnsType<Intent> = [
    {
      title: t('fairs.followUp.status'),
      key: 'followUp',
      width: 170,
      render: (_v, i) => (
        <>
          {isFollowUpStatus(i.followUpStatus) ? (
            <LabelTag tone={i.followUpStatus === 'hired' ? 'success' : i.followUpStatus === 'closed' ? 'neutral' : 'info'}>{t(`fairs.followUpStatus.${i.followUpStatus}`)}</LabelTag>
          ) : (
            <LabelTag tone="gold">{t('fairs.followUp.none')}</LabelTag>
          )}
          {i.followUpNote ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {i.followUpNote}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_v, i) => (
        <Button size="small" onClick={() => setEditing(i)} aria-label={t('fairs.followUp.updateFor', { name: i.seeker.name, position: i.position.title })}>
          {t('fairs.followUp.update')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('fairs.followUp.lead')}
      </Typography.Paragraph>
      <div role="search" aria-label={t('fairs.followUp.filters')}>
        <Form layout="vertical">
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <FilterSelect<FollowUpStatus | 'none'>
                id="follow-up-filter-status"
                label={t('fairs.followUp.status')}
                value={filters.followUpStatus as FollowUpStatus | 'none' | ''}
                options={[
                  { value: 'none', label: t('fairs.followUp.none') },
                  ...FOLLOW_UP_STATUSES.map((value) => ({ value, label: t(`fairs.followUpStatus.${value}`) })),
                ]}
                onChange={(followUpStatus) => setFilters((current) => ({ ...current, followUpStatus, page: 1 }))}
              />
            </Col>
          </Row>
        </Form>
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      <IntentTable
        caption={t('fairs.followUp.caption', { title: fair.title })}
        intents={data?.items ?? []}
        isLoading={isLoading}
        showsOrganisation
        onShowResume={setShowing}
        extraColumns={extraColumns}
        pagination={{
          current: data?.page ?? filters.page,
          pageSize: data?.pageSize ?? filters.pageSize,
          total: data?.total ?? 0,
          onChange: (page, pageSize) => setFilters((current) => ({ ...current, page, pageSize })),
        }}
        emptyText={t('fairs.followUp.empty')}
      />
      <FollowUpModal intent={editing} onClose={() => setEditing(null)} onSaved={handleSaved} />
      <IntentResumeDrawer intent={showing} onClose={() => setShowing(null)} />
    </Flex>
  );
}
