import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useT } from '../../../i18n/useT';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useTableCaption } from '../../../ui/useTableCaption';
import { usePublishedPositions } from '../hooks/useBulletins';
import type { PickerPosition } from '../types';
import { formatEducation, formatSalary, shortRegionName } from '../utils/format';
import type { SelectedPosition } from '../utils/ordering';

export type PositionPickerProps = {
  selectedIds: ReadonlySet<string>;
  onAdd: (position: SelectedPosition) => void;
};

export function toSelected(p: PickerPosition): SelectedPosition {
  return {
    id: p.id,
    title: p.title,
    organisationId: p.organisationId,
    organisationName: p.organisationName,
    headcount: p.headcount,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    educationLevel: p.educationLevel,
    regionName: p.regionName,
  };
}

/** Searches the zone's published positions and adds them to the issue. */
export function PositionPicker({ selectedIds, onAdd }: PositionPickerProps) {
  const t = useT();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const { data, error, isLoading } = usePublishedPositions(q, page);
  const components = useTableCaption(t('bulletins.picker.caption'));
  const columns: ColumnsType<PickerPosition> = [
    {
      title: t('bulletins.field.position'),
      key: 'title',
      render: (_v, p) => (
        <>
          <Typography.Text strong>{p.title}</Typography.Text>
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {p.organisationName}
          </Typography.Text>
        </>
      ),
    },
    { title: t('bulletins.field.salary'), key: 'salary', width: 150, render: (_v, p) => formatSalary(t, p.salaryMin, p.salaryMax) },
    { title: t('bulletins.field.education'), key: 'education', width: 110, render: (_v, p) => formatEducation(t, p.educationLevel) },
    { title: t('bulletins.field.region'), key: 'region', width: 100, render: (_v, p) => shortRegionName(p.regionName, p.regionCode) },
    {
      title: t('common.actions'),
      key: 'add',
      width: 100,
      render: (_v, p) => {
        const isChosen = selectedIds.has(p.id);
        return (
          <Button
            size="small"
            icon={isChosen ? undefined : <PlusOutlined aria-hidden="true" />}
            disabled={isChosen}
            onClick={() => onAdd(toSelected(p))}
            aria-label={isChosen ? t('bulletins.picker.addedFor', { title: p.title }) : t('bulletins.picker.addFor', { title: p.title })}
          >
            {isChosen ? t('bulletins.picker.added') : t('bulletins.picker.add')}
          </Button>
        );
      },
    },
  ];
  return (
    <div>
      <label htmlFor="bulletin-picker-q" style={{ display: 'block', marginBottom: 8 }}>
        {t('bulletins.picker.search')}
      </label>
      <Input.Search
        id="bulletin-picker-q"
        allowClear
        enterButton={t('common.search')}
        placeholder={t('bulletins.picker.placeholder')}
        onSearch={(value) => {
          setQ(value.trim());
          setPage(1);
        }}
        style={{ marginBottom: 12 }}
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Table<PickerPosition>
        size="small"
        rowKey="id"
        components={components}
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isLoading}
        scroll={{ x: 640 }}
        pagination={{
          current: data?.page ?? page,
          pageSize: data?.pageSize ?? 10,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('bulletins.picker.total', { total }),
          onChange: setPage,
        }}
        locale={{ emptyText: t('bulletins.picker.empty') }}
      />
    </div>
  );
}
