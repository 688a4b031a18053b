import { Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { FactorDetail, IndexDetail } from '../types';
import { describeNormalisation, formatRaw, formatScore } from '../utils/format';
import { FactorRecordList } from './FactorRecordList';

/** A factor row: the full detail of a live index, or the bare breakdown of a loan's frozen snapshot. */
type BreakdownRow = IndexDetail['factors'][number] | Pick<FactorDetail, 'factor' | 'raw' | 'normalised' | 'weight' | 'contribution'>;

export type IndexBreakdownTableProps = { factors: BreakdownRow[]; score: number };

function hasRecords(row: BreakdownRow): row is FactorDetail {
  return 'records' in row;
}

/**
 * Each factor's raw value, normalised value, weight and contribution, adding up to the score.
 * Rows of a live index open onto the records behind the factor.
 */
export function IndexBreakdownTable({ factors, score }: IndexBreakdownTableProps) {
  const t = useT();
  const language = useLanguage();
  const components = useTableCaption(t('innovation.breakdown.caption'));
  const columns: ColumnsType<BreakdownRow> = [
    {
      title: t('innovation.breakdown.factor'),
      key: 'factor',
      render: (_, row) => (
        <>
          <Tooltip title={t(`innovation.factor.${row.factor}.meaning`)}>
            <Typography.Text strong>{t(`innovation.factor.${row.factor}`)}</Typography.Text>
          </Tooltip>
          {hasRecords(row) ? (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {describeNormalisation(row.factor, row.normalisation, t, language, { min: row.peerMin, max: row.peerMax })}
              </Typography.Text>
            </div>
          ) : null}
        </>
      ),
    },
    { title: t('innovation.breakdown.raw'), key: 'raw', render: (_, row) => formatRaw(row.factor, row.raw, t, language) },
    { title: t('innovation.breakdown.normalised'), dataIndex: 'normalised', align: 'right', render: (value: number) => value.toFixed(4) },
    { title: t('innovation.breakdown.weight'), dataIndex: 'weight', align: 'right' },
    { title: t('innovation.breakdown.contribution'), dataIndex: 'contribution', align: 'right', render: (value: number) => value.toFixed(2) },
  ];
  if (factors.some(hasRecords)) {
    columns.push({
      title: t('innovation.breakdown.records'),
      key: 'records',
      align: 'right',
      render: (_, row) => (hasRecords(row) ? t('innovation.breakdown.recordsCount', { count: row.recordCount }) : null),
    });
  }
  return (
    <Table<BreakdownRow>
      components={components}
      rowKey="factor"
      size="middle"
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={columns}
      dataSource={factors}
      expandable={
        factors.some(hasRecords)
          ? { expandedRowRender: (row) => (hasRecords(row) ? <FactorRecordList factor={row} /> : null), rowExpandable: (row) => hasRecords(row) }
          : undefined
      }
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={factors.some(hasRecords) ? 5 : 4}>
            <Typography.Text strong>{t('innovation.breakdown.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <Typography.Text strong>{formatScore(score)}</Typography.Text>
          </Table.Summary.Cell>
          {factors.some(hasRecords) ? <Table.Summary.Cell index={2} /> : null}
        </Table.Summary.Row>
      )}
    />
  );
}
