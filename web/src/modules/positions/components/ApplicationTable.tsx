import { Button, Card, Empty, Flex, Pagination, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import type { Page } from '../../../api/types';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Application } from '../types';
import { readResume } from '../utils/resume';
import { ApplicationStatusTag } from './ApplicationStatusTag';

export type ApplicationTableProps = {
  page: Page<Application> | undefined;
  isLoading: boolean;
  caption: string;
  onOpen: (application: Application) => void;
  onPageChange: (page: number, pageSize: number) => void;
  /** The enterprise's own order of each applicant (for batch allocation), when it may set one. */
  renderRank?: (application: Application) => ReactNode;
};

/** Applications to one position: a table on desktops, cards on phones; each opens the résumé. */
export function ApplicationTable({ page, isLoading, caption, onOpen, onPageChange, renderRank }: ApplicationTableProps) {
  const t = useT();
  const language = useLanguage();
  const isPhone = useIsPhone();
  const components = useTableCaption(caption);
  const items = page?.items ?? [];

  function educationOf(application: Application): string {
    const resume = readResume(application.resume, application.seekerName);
    return resume.educationLevel ? t(`position.education.${resume.educationLevel}`) : '—';
  }

  function openButton(application: Application) {
    return (
      <Button size="small" onClick={() => onOpen(application)} aria-label={t('applications.action.resumeFor', { name: application.seekerName })}>
        {t('applications.action.resume')}
      </Button>
    );
  }

  if (isPhone) {
    return (
      <Spin spinning={isLoading}>
        {items.length === 0 && !isLoading ? <Empty description={t('applications.empty')} /> : null}
        <ul aria-label={caption} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {items.map((application) => {
            const resume = readResume(application.resume, application.seekerName);
            return (
              <li key={application.id}>
                <Card size="small" variant="outlined">
                  <Flex justify="space-between" align="center" gap={8} wrap>
                    <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                      {resume.name}
                    </Typography.Title>
                    <ApplicationStatusTag status={application.status} />
                  </Flex>
                  <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
                    {[educationOf(application), resume.major ?? resume.school, t('applications.years', { years: resume.experienceYears })]
                      .filter(Boolean)
                      .join(' · ')}
                    <br />
                    {formatDateTime(application.createdAt, language)}
                  </Typography.Paragraph>
                  <Flex wrap gap={8} align="start">
                    {openButton(application)}
                    {renderRank?.(application)}
                  </Flex>
                </Card>
              </li>
            );
          })}
        </ul>
        {page && page.total > page.pageSize ? (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Pagination simple current={page.page} pageSize={page.pageSize} total={page.total} onChange={onPageChange} />
          </Flex>
        ) : null}
      </Spin>
    );
  }

  const columns: ColumnsType<Application> = [
    { title: t('applications.field.seeker'), key: 'name', width: 120, render: (_v, a) => readResume(a.resume, a.seekerName).name },
    { title: t('applications.field.education'), key: 'education', width: 90, render: (_v, a) => educationOf(a) },
    {
      title: t('applications.field.schoolMajor'),
      key: 'major',
      width: 220,
      render: (_v, a) => {
        const resume = readResume(a.resume, a.seekerName);
        return [resume.school, resume.major].filter(Boolean).join(' · ') || '—';
      },
    },
    {
      title: t('applications.field.experience'),
      key: 'experience',
      width: 90,
      render: (_v, a) => t('applications.years', { years: readResume(a.resume, a.seekerName).experienceYears }),
    },
    { title: t('applications.field.appliedAt'), key: 'createdAt', width: 170, render: (_v, a) => formatDateTime(a.createdAt, language) },
    { title: t('applications.field.status'), key: 'status', width: 110, render: (_v, a) => <ApplicationStatusTag status={a.status} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: renderRank ? 130 : 110,
      render: (_v, a) => (
        <Flex vertical gap={4} align="start">
          {openButton(a)}
          {renderRank?.(a)}
        </Flex>
      ),
    },
  ];
  return (
    <Table<Application>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={items}
      loading={isLoading}
      scroll={items.length > 0 ? { x: renderRank ? 930 : 910 } : undefined}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('applications.empty') }}
    />
  );
}
