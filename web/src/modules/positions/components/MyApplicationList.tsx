import { Empty, Flex, Pagination, Spin } from 'antd';
import type { Page } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { ButtonLink } from '../../../ui/ButtonLink';
import type { Application } from '../types';
import { MyApplicationCard } from './MyApplicationCard';

export type MyApplicationListProps = {
  page: Page<Application> | undefined;
  isLoading: boolean;
  onChanged: () => void;
  onPageChange: (page: number) => void;
};

/** A seeker's applications, newest first, each with its progress. */
export function MyApplicationList({ page, isLoading, onChanged, onPageChange }: MyApplicationListProps) {
  const t = useT();
  const items = page?.items ?? [];
  return (
    <Spin spinning={isLoading}>
      {items.length === 0 && !isLoading ? (
        <Empty description={t('myApplications.empty')}>
          <ButtonLink to="/jobs" type="primary">
            {t('myApplications.findJobs')}
          </ButtonLink>
        </Empty>
      ) : null}
      <ul aria-label={t('myApplications.title')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
        {items.map((application) => (
          <li key={application.id}>
            <MyApplicationCard application={application} onChanged={onChanged} />
          </li>
        ))}
      </ul>
      {page && page.total > page.pageSize ? (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Pagination simple current={page.page} pageSize={page.pageSize} total={page.total} onChange={(p) => onPageChange(p)} />
        </Flex>
      ) : null}
    </Spin>
  );
}
