import { Button, Empty, Flex, Pagination, Spin, Typography } from 'antd';
import { useT } from '../../../i18n/useT';
import { useIsPhone } from '../../../ui/useIsPhone';
import type { PublicPositionPage } from '../../positions/types';
import { JobResultCard } from './JobResultCard';

export type JobResultsProps = {
  page: PublicPositionPage | undefined;
  isLoading: boolean;
  fromSearch: string;
  /** Offered in the empty state when words or filters narrow the search. */
  onClearAll?: () => void;
  onPageChange: (page: number) => void;
};

/** The result cards, an empty state that says what to try, and paging. */
export function JobResults({ page, isLoading, fromSearch, onClearAll, onPageChange }: JobResultsProps) {
  const t = useT();
  const isPhone = useIsPhone();
  const items = page?.items ?? [];
  return (
    <Spin spinning={isLoading && page !== undefined}>
      {items.length === 0 && !isLoading ? (
        <Empty
          style={{ paddingBlock: 32 }}
          description={
            <>
              <Typography.Text strong>{t('jobs.empty.title')}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{t('jobs.empty.hint')}</Typography.Text>
            </>
          }
        >
          {onClearAll ? <Button onClick={onClearAll}>{t('jobs.empty.clear')}</Button> : null}
        </Empty>
      ) : null}
      <ul aria-label={t('jobs.results.caption')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
        {items.map((position) => (
          <li key={position.id}>
            <JobResultCard position={position} fromSearch={fromSearch} />
          </li>
        ))}
      </ul>
      {page && page.total > page.pageSize ? (
        <Flex justify="center" style={{ marginTop: 20 }}>
          <Pagination
            simple={isPhone}
            current={page.page}
            pageSize={page.pageSize}
            total={page.total}
            showSizeChanger={false}
            onChange={onPageChange}
          />
        </Flex>
      ) : null}
    </Spin>
  );
}
