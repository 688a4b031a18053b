import { Card, Empty, Flex, Pagination, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../i18n/useT';

export type CardListProps<T extends { id: string }> = {
  page: { items: T[]; total: number; page: number; pageSize: number } | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  /** Names the list for screen readers. */
  caption: string;
  emptyText: string;
  /** Each card's heading: its text and where it links. */
  heading: (item: T) => { text: string; to: string };
  /** What each card shows under its heading. */
  renderBody: (item: T) => ReactNode;
};

/** A phone list: one card per record instead of a wide table, with simple pagination. */
export function CardList<T extends { id: string }>({ page, isLoading, onPageChange, caption, emptyText, heading, renderBody }: CardListProps<T>) {
  const t = useT();
  const items = page?.items ?? [];
  return (
    <Spin spinning={isLoading}>
      {items.length === 0 && !isLoading ? <Empty description={emptyText} /> : null}
      <ul aria-label={caption} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
        {items.map((item) => {
          const { text, to } = heading(item);
          return (
            <li key={item.id}>
              <Card size="small" variant="outlined">
                <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0, marginBottom: 8 }}>
                  <Link to={to}>{text}</Link>
                </Typography.Title>
                {renderBody(item)}
              </Card>
            </li>
          );
        })}
      </ul>
      {page && page.total > 0 ? (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Pagination
            simple
            current={page.page}
            pageSize={page.pageSize}
            total={page.total}
            onChange={onPageChange}
            showTotal={(total) => t('common.totalItems', { total })}
          />
        </Flex>
      ) : null}
    </Spin>
  );
}
