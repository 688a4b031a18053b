import { Button, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import { useTableCaption } from '../../../ui/useTableCaption';
import { shortRegionName } from '../../organisations/utils/region';
import type { TrainingBase } from '../types';
import { BaseStatusTag } from './BaseStatusTag';

export type BaseTableProps = {
  bases: TrainingBase[];
  isLoading: boolean;
  /** Opens the base on the booking calendar. */
  onShowCalendar: (base: TrainingBase) => void;
  /** Operators edit; absent for everyone else. */
  onEdit?: (base: TrainingBase) => void;
};

/** 公共实训基地: co-builders, majors, stations and capacity, hours, status. */
export function BaseTable({ bases, isLoading, onShowCalendar, onEdit }: BaseTableProps) {
  const t = useT();
  const components = useTableCaption(t('training.bases.caption'));
  const columns: ColumnsType<TrainingBase> = [
    {
      title: t('training.base.name'),
      key: 'name',
      width: 300,
      render: (_v, b) => (
        <Flex vertical gap={4}>
          <Typography.Text strong>{b.name}</Typography.Text>
          <span>
            {b.isProvincialDemonstrative ? <LabelTag tone="gold">{t('training.base.demonstrative')}</LabelTag> : null}
            <BaseStatusTag status={b.status} />
          </span>
          <Typography.Text type="secondary">{[shortRegionName(b), b.address].filter(Boolean).join(' ')}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('training.base.partners'), key: 'partners', width: 260, render: (_v, b) => b.partners.map((p) => p.name).join('、') || '—' },
    { title: t('training.base.majors'), key: 'majors', width: 200, render: (_v, b) => b.majors.join('、') || '—' },
    {
      title: t('training.base.size'),
      key: 'size',
      width: 150,
      render: (_v, b) => t('training.base.sizeValue', { stations: b.stations, capacity: b.capacity }),
    },
    { title: t('training.base.hours'), key: 'hours', width: 170, render: (_v, b) => t('training.base.hoursValue', { opens: b.opensAt, closes: b.closesAt, hours: b.hoursPerDay }) },
    { title: t('training.base.completedOn'), key: 'completedOn', width: 110, render: (_v, b) => formatDate(b.completedOn) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_v, b) => (
        <Flex gap={8} wrap>
          <Button size="small" onClick={() => onShowCalendar(b)} aria-label={t('training.base.calendarFor', { name: b.name })}>
            {t('training.base.calendar')}
          </Button>
          {onEdit ? (
            <Button size="small" onClick={() => onEdit(b)} aria-label={t('training.base.editFor', { name: b.name })}>
              {t('common.edit')}
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ];
  return (
    <Table<TrainingBase>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={bases}
      loading={isLoading}
      scroll={{ x: 1400 }}
      pagination={false}
      locale={{ emptyText: t('training.bases.empty') }}
    />
  );
}
