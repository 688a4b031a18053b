import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { CardList } from '../../../ui/CardList';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Fair, FairPage } from '../types';
import { formatFairDates } from '../utils/format';
import { specialFocusLabel } from '../utils/labels';
import { FairStatusTag } from './FairStatusTag';

export type FairTableProps = {
  page: FairPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number) => void;
};

/** The zone's fairs with their status and booth and ticket counts; one card per fair on a phone. */
export function FairTable({ page, isLoading, onPageChange }: FairTableProps) {
  const t = useT();
  const language = useLanguage();
  const isPhone = useIsPhone();
  const components = useTableCaption(t('fairs.list.caption'));
  if (isPhone) {
    return (
      <CardList<Fair>
        page={page}
        isLoading={isLoading}
        onPageChange={onPageChange}
        caption={t('fairs.list.caption')}
        emptyText={t('fairs.list.empty')}
        heading={(f) => ({ text: f.title, to: `/console/fairs/${f.id}` })}
        renderBody={(f) => (
          <Flex vertical gap={4}>
            <Flex wrap gap={8} align="center">
              <FairStatusTag fair={f} />
              <Typography.Text>{[t(`fairs.kind.${f.kind}`), specialFocusLabel(t, f.specialFocus)].filter(Boolean).join(' · ')}</Typography.Text>
            </Flex>
            <Typography.Text>{formatFairDates(f.startsAt, f.endsAt, language)}</Typography.Text>
            <Typography.Text type="secondary">{f.venue}</Typography.Text>
            <Typography.Text type="secondary">
              {t('fairs.list.cardCounts', { approved: f.counts.boothsApproved, capacity: f.boothCapacity, registered: f.counts.registered, checkedIn: f.counts.checkedIn })}
            </Typography.Text>
          </Flex>
        )}
      />
    );
  }
  const columns: ColumnsType<Fair> = [
    {
      title: t('fairs.field.title'),
      key: 'title',
      width: 300,
      render: (_v, f) => (
        <>
          <Link to={`/console/fairs/${f.id}`}>{f.title}</Link>
          {f.specialFocus ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {specialFocusLabel(t, f.specialFocus)}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { title: t('fairs.field.kind'), key: 'kind', width: 110, render: (_v, f) => t(`fairs.kind.${f.kind}`) },
    { title: t('fairs.field.dates'), key: 'dates', width: 210, render: (_v, f) => formatFairDates(f.startsAt, f.endsAt, language) },
    { title: t('fairs.field.venue'), dataIndex: 'venue', key: 'venue', width: 180 },
    { title: t('fairs.field.host'), key: 'host', width: 160, render: (_v, f) => f.hostOrganisation?.name ?? '—' },
    { title: t('fairs.field.status'), key: 'status', width: 100, render: (_v, f) => <FairStatusTag fair={f} /> },
    {
      title: t('fairs.field.booths'),
      key: 'booths',
      width: 110,
      align: 'right',
      render: (_v, f) => t('fairs.list.boothsValue', { approved: f.counts.boothsApproved, capacity: f.boothCapacity }),
    },
    { title: t('fairs.field.registered'), key: 'registered', width: 90, align: 'right', render: (_v, f) => f.counts.registered },
    { title: t('fairs.field.checkedIn'), key: 'checkedIn', width: 90, align: 'right', render: (_v, f) => f.counts.checkedIn },
  ];
  return (
    <Table<Fair>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 1300 }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('fairs.list.empty') }}
    />
  );
}
