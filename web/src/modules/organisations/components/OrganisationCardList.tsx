import { Card, Empty, Flex, Pagination, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import type { Organisation, Page } from '../../../api/types';
import { LabelTag } from '../../../ui/LabelTag';
import { useT } from '../../../i18n/useT';
import { OrganisationStatusTag } from './OrganisationStatusTag';

export type OrganisationCardListProps = {
  page: Page<Organisation> | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Phone list of member units: one card per organisation instead of a wide table. */
export function OrganisationCardList({ page, isLoading, onPageChange }: OrganisationCardListProps) {
  const t = useT();
  const items = page?.items ?? [];
  return (
    <Spin spinning={isLoading}>
      {items.length === 0 && !isLoading ? <Empty description={t('org.list.empty')} /> : null}
      <ul aria-label={t('org.list.caption')} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
        {items.map((org) => (
          <li key={org.id}>
            <Card size="small" variant="outlined">
              <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0, marginBottom: 8 }}>
                <Link to={`/console/organisations/${org.id}`}>{org.name}</Link>
              </Typography.Title>
              <Flex wrap gap={4} style={{ marginBottom: 8 }}>
                <LabelTag>{t(`orgType.${org.type}`)}</LabelTag>
                <LabelTag>{t(`industry.${org.industry}`)}</LabelTag>
                {org.councilRole ? <LabelTag tone="gold">{t(`councilRole.${org.councilRole}`)}</LabelTag> : null}
                <OrganisationStatusTag isActive={org.isActive} />
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('org.field.creditCode')}: {org.creditCode}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('org.field.region')}: {org.regionName ?? org.regionCode}
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
