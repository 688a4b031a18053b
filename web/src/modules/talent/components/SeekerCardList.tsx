import { Card, Empty, Flex, Pagination, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { LabelTag } from '../../../ui/LabelTag';
import type { SeekerPage } from '../types';

export type SeekerCardListProps = {
  page: SeekerPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Phone list of the talent pool: one card per seeker. */
export function SeekerCardList({ page, isLoading, onPageChange }: SeekerCardListProps) {
  const t = useT();
  const items = page?.items ?? [];
  return (
    <Spin spinning={isLoading}>
      {items.length === 0 && !isLoading ? <Empty description={t('talent.seekers.empty')} /> : null}
      <ul aria-label={t('talent.seekers.caption')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
        {items.map((s) => (
          <li key={s.id}>
            <Card size="small" variant="outlined">
              <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0, marginBottom: 8 }}>
                <Link to={`/console/seekers/${s.id}`}>{s.name}</Link>
              </Typography.Title>
              <Flex wrap gap={4} style={{ marginBottom: 8 }}>
                {s.educationLevel ? <LabelTag tone="info">{t(`talent.education.${s.educationLevel}`)}</LabelTag> : null}
                <LabelTag>{t(`talent.source.${s.source}`)}</LabelTag>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {[s.school, s.major].filter(Boolean).join(' · ') || '—'}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('talent.field.phone')}: {s.phoneMasked ?? '—'}
              </Typography.Text>
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
