import { Button, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Booth } from '../types';
import { BoothStatusTag } from './BoothStatusTag';

export type BoothTableProps = {
  booths: Booth[];
  isLoading: boolean;
  /** Approve / reject for the fair's managers; absent for readers. */
  actions?: { onApprove: (booth: Booth) => void; onReject: (booth: Booth) => void };
};

/** The booths registered for a fair, pending ones first, with the positions each brings. */
export function BoothTable({ booths, isLoading, actions }: BoothTableProps) {
  const t = useT();
  const language = useLanguage();
  const components = useTableCaption(t('fairs.booths.caption'));
  const columns: ColumnsType<Booth> = [
    { title: t('fairs.booth.number'), key: 'number', width: 90, render: (_v, b) => b.boothNumber ?? '—' },
    { title: t('fairs.booth.organisation'), key: 'organisation', width: 200, render: (_v, b) => b.organisation.name },
    {
      title: t('fairs.field.status'),
      key: 'status',
      width: 100,
      render: (_v, b) => (
        <>
          <BoothStatusTag status={b.status} />
          {b.rejectReason ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {b.rejectReason}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: t('fairs.booth.positions'),
      key: 'positions',
      render: (_v, b) => (
        <Flex wrap gap={4}>
          {b.positions.map((p) => (
            <LabelTag key={p.id} tone={p.isDisabilityFriendly ? 'teal' : 'neutral'}>
              {t('fairs.booth.positionValue', { title: p.title, headcount: p.headcount })}
            </LabelTag>
          ))}
        </Flex>
      ),
    },
    {
      title: t('fairs.booth.contact'),
      key: 'contact',
      width: 160,
      render: (_v, b) => (
        <>
          {b.contactName}
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {b.contactPhone}
          </Typography.Text>
        </>
      ),
    },
    { title: t('fairs.booth.staffCount'), dataIndex: 'staffCount', key: 'staffCount', width: 96, align: 'right' },
    { title: t('fairs.booth.registeredAt'), key: 'createdAt', width: 170, render: (_v, b) => formatDateTime(b.createdAt, language) },
    ...(actions
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 170,
            render: (_v: unknown, b: Booth) =>
              b.status === 'pending' ? (
                <Flex gap={8} wrap>
                  <Button size="small" type="primary" onClick={() => actions.onApprove(b)} aria-label={t('fairs.booth.approveFor', { organisation: b.organisation.name })}>
                    {t('fairs.booth.approve')}
                  </Button>
                  <Button size="small" danger onClick={() => actions.onReject(b)} aria-label={t('fairs.booth.rejectFor', { organisation: b.organisation.name })}>
                    {t('fairs.booth.reject')}
                  </Button>
                </Flex>
              ) : null,
          },
        ]
      : []),
  ];
  // The table scrolls in a focusable region of its own: without actions it holds nothing else a
  // keyboard could reach to scroll it (WCAG 2.1.1).
  return (
    <div role="region" aria-label={t('fairs.booths.caption')} tabIndex={0} style={{ overflowX: 'auto' }}>
      <div style={{ minWidth: 1150 }}>
        <Table<Booth>
          rowKey="id"
          components={components}
          columns={columns}
          dataSource={booths}
          loading={isLoading}
          pagination={booths.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: t('fairs.booths.empty') }}
        />
      </div>
    </div>
  );
}
