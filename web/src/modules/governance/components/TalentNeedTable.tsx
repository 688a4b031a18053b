import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { TalentNeed, TalentNeedPage } from '../types';
import { serverPagination } from '../utils/table';

export type TalentNeedTableProps = { page: TalentNeedPage | undefined; isLoading: boolean; onPageChange: (page: number, pageSize: number) => void };

/** 人才需求清单: hiring demand per enterprise and post, from its positions. */
export function TalentNeedTable({ page, isLoading, onPageChange }: TalentNeedTableProps) {
  const t = useT();
  const components = useTableCaption(t('gov.lists.talent'));
  const columns: ColumnsType<TalentNeed> = [
    { title: t('gov.field.industry'), key: 'industry', width: 130, render: (_v, n) => t(`industry.${n.organisation.industry}`) },
    { title: t('gov.field.enterprise'), key: 'enterprise', render: (_v, n) => n.organisation.name },
    { title: t('gov.field.post'), dataIndex: 'title', key: 'title' },
    { title: t('gov.field.headcount'), dataIndex: 'headcount', key: 'headcount', width: 90, align: 'right' },
    { title: t('gov.field.filled'), dataIndex: 'filled', key: 'filled', width: 80, align: 'right' },
    { title: t('gov.field.minEducation'), key: 'education', width: 100, render: (_v, n) => t(`position.education.${n.minEducation}`) },
    { title: t('gov.field.majors'), key: 'majors', render: (_v, n) => n.majors.join('、') },
    { title: t('gov.field.lastPublishedOn'), key: 'last', width: 120, render: (_v, n) => formatDate(n.lastPublishedOn) },
  ];
  return (
    <Table<TalentNeed>
      rowKey={(n) => `${n.organisation.id}:${n.title}`}
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 1100 }}
      pagination={serverPagination(page, onPageChange, t)}
      locale={{ emptyText: t('gov.lists.talentEmpty') }}
    />
  );
}
