import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Competition, CompetitionPage } from '../types';

export type CompetitionTableProps = { page: CompetitionPage | undefined; isLoading: boolean; onPageChange: (page: number, pageSize: number) => void };

/** 技能竞赛, latest first, with their categories, entrants and awards. */
export function CompetitionTable({ page, isLoading, onPageChange }: CompetitionTableProps) {
  const t = useT();
  const components = useTableCaption(t('training.competitions.caption'));
  const columns: ColumnsType<Competition> = [
    { title: t('training.competition.title'), key: 'title', render: (_v, c) => <Link to={`/console/competitions/${c.id}`}>{c.title}</Link> },
    { title: t('training.competition.heldOn'), dataIndex: 'heldOn', key: 'heldOn', width: 110 },
    { title: t('training.competition.level'), key: 'level', width: 100, render: (_v, c) => t(`training.competitionLevel.${c.level}`) },
    { title: t('training.competition.organiser'), dataIndex: 'organiserName', key: 'organiser', width: 200 },
    { title: t('training.competition.categories'), key: 'categories', width: 220, render: (_v, c) => c.categories.join('、') },
    { title: t('training.competition.entrants'), dataIndex: 'entrants', key: 'entrants', width: 80 },
    { title: t('training.competition.awards'), dataIndex: 'awards', key: 'awards', width: 80 },
  ];
  return (
    <Table<Competition>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={isLoading}
      scroll={{ x: 1000 }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
      locale={{ emptyText: t('training.competitions.empty') }}
    />
  );
}
