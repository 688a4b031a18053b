import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { Organisation, Page } from '../../../api/types';
import { LabelTag } from '../../../ui/LabelTag';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';
import { PAGE_SIZES } from '../utils/filters';
import { shortRegionName } from '../utils/region';
import { OrganisationStatusTag } from './OrganisationStatusTag';

export type OrganisationTableProps = {
  page: Page<Organisation> | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Desktop list of member units with server-side paging. */
export function OrganisationTable({ page, isLoading, onPageChange }: OrganisationTableProps) {
  const t = useT();
  const components = useTableCaption(t('org.list.caption'));
  const columns: ColumnsType<Organisation> = [
    {
      title: t('org.field.name'),
      dataIndex: 'name',
      key: 'name',
      width: 240,
      render: (_value, org) => (
        <>
          <Link to={`/console/organisations/${org.id}`}>{org.name}</Link>
          {org.isHighTech ? (
            <LabelTag style={{ marginInlineStart: 8 }} tone="info">
              {t('org.field.isHighTech.short')}
            </LabelTag>
          ) : null}
          {org.isTechSme ? <LabelTag tone="teal">{t('org.field.isTechSme.short')}</LabelTag> : null}
        </>
      ),
    },
    { title: t('org.field.creditCode'), dataIndex: 'creditCode', key: 'creditCode', width: 175 },
    { title: t('org.field.type'), key: 'type', width: 90, render: (_v, org) => t(`orgType.${org.type}`) },
    { title: t('org.field.industry'), key: 'industry', width: 120, render: (_v, org) => t(`industry.${org.industry}`) },
    {
      title: t('org.field.councilRole'),
      key: 'councilRole',
      width: 120,
      render: (_v, org) => (org.councilRole ? t(`councilRole.${org.councilRole}`) : '—'),
    },
    {
      title: t('org.field.region'),
      key: 'region',
      width: 90,
      render: (_v, org) => <span title={org.regionName ?? undefined}>{shortRegionName(org)}</span>,
    },
    {
      title: t('org.field.status'),
      key: 'status',
      width: 100,
      render: (_v, org) => <OrganisationStatusTag isActive={org.isActive} />,
    },
  ];
  return (
    <Table<Organisation>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={page && page.items.length > 0 ? { x: 935 } : undefined}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('org.list.empty') }}
    />
  );
}
