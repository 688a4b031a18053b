import { Card, Empty, Flex, Pagination, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { useIsPhone } from '../../../ui/useIsPhone';
import { PAGE_SIZES } from '../../../ui/urlParams';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { OutboxItem, OutboxPage } from '../types';
import { DeliveryStatusTag } from './DeliveryStatusTag';

export type OutboxTableProps = {
  page: OutboxPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** Messages to seekers as the provider sent them, with the delivery outcome: a table, cards on phones. */
export function OutboxTable({ page, isLoading, onPageChange }: OutboxTableProps) {
  const t = useT();
  const language = useLanguage();
  const isPhone = useIsPhone();
  const caption = t('matching.outbox.caption');
  const components = useTableCaption(caption);
  const items = page?.items ?? [];

  function delivery(item: OutboxItem) {
    return (
      <>
        <DeliveryStatusTag status={item.deliveryStatus} />
        {item.deliveryError ? (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
            {item.deliveryError}
          </Typography.Paragraph>
        ) : null}
      </>
    );
  }

  if (isPhone) {
    return (
      <Spin spinning={isLoading}>
        {items.length === 0 && !isLoading ? <Empty description={t('matching.outbox.empty')} /> : null}
        <ul aria-label={caption} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
          {items.map((item) => (
            <li key={item.id}>
              <Card size="small" variant="outlined">
                <Flex justify="space-between" align="start" gap={8}>
                  <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                    {t('matching.outbox.to', { name: item.seekerName, kind: t(`matching.outbox.kind.${item.kind}`) })}
                  </Typography.Title>
                  <div>{delivery(item)}</div>
                </Flex>
                <Typography.Paragraph style={{ margin: '8px 0' }}>{item.text}</Typography.Paragraph>
                <Typography.Text type="secondary">
                  {t('matching.outbox.meta', { time: formatDateTime(item.createdAt, language), provider: item.provider })}
                </Typography.Text>
              </Card>
            </li>
          ))}
        </ul>
        {page && page.total > page.pageSize ? (
          <Flex justify="center" style={{ marginTop: 16 }}>
            <Pagination simple current={page.page} pageSize={page.pageSize} total={page.total} onChange={onPageChange} />
          </Flex>
        ) : null}
      </Spin>
    );
  }

  const columns: ColumnsType<OutboxItem> = [
    { title: t('matching.outbox.field.createdAt'), key: 'createdAt', width: 170, render: (_v, item) => formatDateTime(item.createdAt, language) },
    { title: t('matching.outbox.field.seeker'), key: 'seeker', width: 100, render: (_v, item) => item.seekerName },
    { title: t('matching.outbox.field.kind'), key: 'kind', width: 100, render: (_v, item) => t(`matching.outbox.kind.${item.kind}`) },
    { title: t('matching.outbox.field.text'), key: 'text', render: (_v, item) => item.text },
    { title: t('matching.outbox.field.provider'), key: 'provider', width: 80, render: (_v, item) => item.provider },
    { title: t('matching.outbox.field.delivery'), key: 'delivery', width: 130, render: (_v, item) => delivery(item) },
  ];
  return (
    <Table<OutboxItem>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={items}
      loading={isLoading}
      scroll={items.length > 0 ? { x: 900 } : undefined}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('matching.outbox.empty') }}
    />
  );
}
