import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/format';
import { LoadingBlock } from '../../../ui/LoadingBlock';
import { useTableCaption } from '../../../ui/useTableCaption';
import { useProject } from '../hooks/useGovernanceQueries';
import type { Milestone, Project } from '../types';
import { GovernanceStatusTag } from './GovernanceStatusTag';
import { MilestoneFormModal } from './MilestoneFormModal';
import { ProjectFormModal } from './ProjectFormModal';

export type ProjectDetailViewProps = { projectId: string; canManage: boolean };

/** A demonstration project and its milestones (overdue once past due and not done). */
export function ProjectDetailView({ projectId, canManage }: ProjectDetailViewProps) {
  const t = useT();
  const { message } = App.useApp();
  const { data: project, error, isLoading, reload } = useProject(projectId);
  const [isEditing, setEditing] = useState(false);
  const [milestone, setMilestone] = useState<Milestone | 'new' | null>(null);
  const components = useTableCaption(t('gov.milestones.caption'));

  function handleSaved(saved: Project) {
    void message.success(t('gov.projects.saved', { title: saved.title }));
    setEditing(false);
    setMilestone(null);
    reload();
  }

  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !project) return <LoadingBlock minHeight={240} />;
  const columns: ColumnsType<Milestone> = [
    { title: t('gov.field.milestone'), dataIndex: 'title', key: 'title' },
    { title: t('gov.field.dueOn'), key: 'dueOn', width: 120, render: (_v, m) => formatDate(m.dueOn) },
    { title: t('gov.field.status'), key: 'status', width: 100, render: (_v, m) => <GovernanceStatusTag kind="progress" status={m.status} /> },
    { title: t('gov.field.doneOn'), key: 'doneOn', width: 120, render: (_v, m) => formatDate(m.doneOn) },
    { title: t('gov.field.note'), dataIndex: 'note', key: 'note', render: (note: string | null) => note ?? '' },
    ...(canManage
      ? ([
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_v: unknown, m: Milestone) => (
              <Button type="link" onClick={() => setMilestone(m)} aria-label={t('gov.milestones.editOf', { title: m.title })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ] satisfies ColumnsType<Milestone>)
      : []),
  ];
  return (
    <Flex vertical gap={16}>
      <Card
        variant="outlined"
        title={<Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>{project.title}</Typography.Title>}
        extra={
          canManage ? (
            <Button icon={<EditOutlined aria-hidden="true" />} onClick={() => setEditing(true)}>
              {t('gov.projects.edit')}
            </Button>
          ) : null
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('gov.field.focus')}>{project.focus ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.lead')}>{project.leadOrganisation?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.filingBody')}>{project.filingBody ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.filedOn')}>{formatDate(project.filedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.term')}>{`${formatDate(project.startOn)} — ${project.endOn ? formatDate(project.endOn) : t('gov.openEnded')}`}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.milestones')}>{t('gov.projects.progress', { done: project.progress.done, total: project.progress.total })}</Descriptions.Item>
          <Descriptions.Item label={t('gov.field.description')} span={2}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{project.description ?? '—'}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        variant="outlined"
        title={<Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>{t('gov.field.milestones')}</Typography.Title>}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={() => setMilestone('new')}>
              {t('gov.milestones.create')}
            </Button>
          ) : null
        }
      >
        <Table<Milestone> rowKey="id" components={components} columns={columns} dataSource={project.milestones} pagination={false} scroll={{ x: 760 }} locale={{ emptyText: t('gov.milestones.empty') }} />
      </Card>
      {canManage ? (
        <>
          <ProjectFormModal isOpen={isEditing} project={project} onClose={() => setEditing(false)} onSaved={handleSaved} />
          <MilestoneFormModal
            isOpen={milestone !== null}
            projectId={project.id}
            milestone={milestone === 'new' ? null : milestone}
            onClose={() => setMilestone(null)}
            onSaved={handleSaved}
          />
        </>
      ) : null}
    </Flex>
  );
}
