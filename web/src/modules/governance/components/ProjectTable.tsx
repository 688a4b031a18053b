import { Progress, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Project, ProjectPage } from '../types';
import { serverPagination } from '../utils/table';

export type ProjectTableProps = { page: ProjectPage | undefined; isLoading: boolean; onPageChange: (page: number, pageSize: number) => void };

/** Demonstration projects with their filing and how many milestones are done. */
export function ProjectTable({ page, isLoading, onPageChange }: ProjectTableProps) {
  const t = useT();
  const components = useTableCaption(t('gov.projects.caption'));
  const columns: ColumnsType<Project> = [
    { title: t('gov.field.title'), key: 'title', render: (_v, p) => <Link to={`/console/governance/projects/${p.id}`}>{p.title}</Link> },
    { title: t('gov.field.focus'), dataIndex: 'focus', key: 'focus', render: (focus: string | null) => focus ?? '' },
    { title: t('gov.field.lead'), key: 'lead', render: (_v, p) => p.leadOrganisation?.name ?? '' },
    { title: t('gov.field.term'), key: 'term', width: 210, render: (_v, p) => `${formatDate(p.startOn)} — ${p.endOn ? formatDate(p.endOn) : t('gov.openEnded')}` },
    {
      title: t('gov.field.milestones'),
      key: 'progress',
      width: 200,
      render: (_v, p) => (
        <Progress
          percent={p.progress.total ? Math.round((p.progress.done / p.progress.total) * 100) : 0}
          format={() => t('gov.projects.progress', { done: p.progress.done, total: p.progress.total })}
          aria-label={t('gov.projects.progress', { done: p.progress.done, total: p.progress.total })}
          size="small"
        />
      ),
    },
  ];
  return (
    <Table<Project>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 960 }}
      pagination={serverPagination(page, onPageChange, t)}
      locale={{ emptyText: t('gov.projects.empty') }}
    />
  );
}
