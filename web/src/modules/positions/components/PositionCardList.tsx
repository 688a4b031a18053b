import { Card, Empty, Flex, Pagination, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import type { Page } from '../../../api/types';
import { useT } from '../../../i18n/useT';
import { LabelTag } from '../../../ui/LabelTag';
import type { Position } from '../types';
import { formatSalary, shortRegion } from '../utils/format';
import { PositionStatusTag } from './PositionStatusTag';

export type PositionCardListProps = {
  page: Page<Position> | undefined;
  isLoading: boolean;
  showsEnterprise: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Phone list of positions: one card per position instead of a wide table. */
export function PositionCardList({ page, isLoading, showsEnterprise, onPageChange }: PositionCardListProps) {
  const t = useT();
  const items = page?.items ?? [];
  return (
    <Spin spinning={isLoading}>
      {items.length === 0 && !isLoading ? <Empty description={t('positions.list.empty')} /> : null}
      <ul aria-label={t('positions.list.caption')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
        {items.map((p) => (
          <li key={p.id}>
            <Card size="small" variant="outlined">
              <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0, marginBottom: 8 }}>
                <Link to={`/console/positions/${p.id}`}>{p.title}</Link>
              </Typography.Title>
              <Flex wrap gap={4} style={{ marginBottom: 8 }}>
                <PositionStatusTag status={p.status} />
                {p.source === 'visit' ? <LabelTag tone="gold">{t('positions.source.visit')}</LabelTag> : null}
              </Flex>
              {showsEnterprise ? (
                <Typography.Paragraph style={{ marginBottom: 4 }}>{p.organisationName}</Typography.Paragraph>
              ) : null}
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {formatSalary(t, p.salaryMin, p.salaryMax)} · {shortRegion(p)} ·{' '}
                {t('positions.headcountProgress', { filled: p.filledCount, headcount: p.headcount })}
              </Typography.Text>
              <div style={{ marginTop: 8 }}>
                <Link
                  to={`/console/positions/${p.id}/applications`}
                  aria-label={t('positions.action.applicationsFor', { title: p.title })}
                >
                  {t('positions.action.applications')}
                </Link>
              </div>
            </Card>
          </li>
        ))}
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
