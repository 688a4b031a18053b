import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { MessageKey } from '../../../i18n/catalogue';
import { useT } from '../../../i18n/useT';
import { LabelTag } from '../../../ui/LabelTag';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { IndexPage, IndexSummary } from '../types';
import { formatScore } from '../utils/format';

export type IndexRankingTableProps = {
  page: IndexPage | undefined;
  isLoading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
};

/** The zone's enterprises by index, highest first; each opens onto its breakdown. */
export function IndexRankingTable({ page, isLoading, onPageChange }: IndexRankingTableProps) {
  const t = useT();
  const components = useTableCaption(t('innovation.rankingCaption', { year: page?.year ?? '' }));
  const columns: ColumnsType<IndexSummary> = [
    { title: t('innovation.rank'), dataIndex: 'rank', width: 80, align: 'right' },
    {
      title: t('innovation.enterprise'),
      key: 'name',
      render: (_, row) => <Link to={`/console/innovation/${row.organisationId}?year=${page?.year ?? ''}`}>{row.organisationName}</Link>,
    },
    { title: t('innovation.industry'), dataIndex: 'industry', render: (industry: string) => t(`industry.${industry}` as MessageKey) },
    {
      title: t('innovation.titles'),
      key: 'titles',
      render: (_, row) => (
        <>
          {row.isHighTech ? <LabelTag tone="success">{t('innovation.highTech')}</LabelTag> : null}
          {row.isTechSme ? <LabelTag tone="teal">{t('innovation.techSme')}</LabelTag> : null}
        </>
      ),
    },
    { title: t('innovation.score'), dataIndex: 'score', align: 'right', render: (score: number) => formatScore(score) },
  ];
  return (
    <Table<IndexSummary>
      components={components}
      rowKey="organisationId"
      loading={isLoading}
      columns={columns}
      dataSource={page?.items ?? []}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page?.page ?? 1,
        pageSize: page?.pageSize ?? 20,
        total: page?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.totalItems', { total }),
        onChange: onPageChange,
      }}
    />
  );
}
