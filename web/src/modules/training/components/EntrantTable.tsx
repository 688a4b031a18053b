import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useT } from '../../../i18n/useT';
import { LabelTag, type LabelTagTone } from '../../../ui/LabelTag';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { Award, Entrant } from '../types';

const AWARD_TONES: Record<Award, LabelTagTone> = { first: 'gold', second: 'info', third: 'teal', excellence: 'neutral' };

export type EntrantTableProps = { entrants: Entrant[]; isLoading: boolean; onRecordResult?: (entrant: Entrant) => void };

/** Entrants by category and rank, with score and award. */
export function EntrantTable({ entrants, isLoading, onRecordResult }: EntrantTableProps) {
  const t = useT();
  const components = useTableCaption(t('training.entrants.caption'));
  const sorted = [...entrants].sort((a, b) => a.category.localeCompare(b.category) || (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.name.localeCompare(b.name));
  const columns: ColumnsType<Entrant> = [
    { title: t('training.entrant.category'), dataIndex: 'category', key: 'category', width: 140 },
    { title: t('training.entrant.rank'), key: 'rank', width: 70, render: (_v, e) => e.rank ?? '—' },
    { title: t('training.entrant.name'), dataIndex: 'name', key: 'name', width: 120 },
    { title: t('training.entrant.organisation'), key: 'organisation', render: (_v, e) => e.organisationName ?? '—' },
    { title: t('training.entrant.score'), key: 'score', width: 90, render: (_v, e) => (e.score === null ? '—' : e.score.toFixed(2)) },
    { title: t('training.entrant.award'), key: 'award', width: 100, render: (_v, e) => (e.award ? <LabelTag tone={AWARD_TONES[e.award]}>{t(`training.award.${e.award}`)}</LabelTag> : '—') },
    ...(onRecordResult
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            render: (_v: unknown, e: Entrant) => (
              <Button size="small" onClick={() => onRecordResult(e)} aria-label={t('training.entrant.resultFor', { name: e.name, category: e.category })}>
                {t('training.entrant.result')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<Entrant>
      rowKey="id"
      components={components}
      columns={columns}
      dataSource={sorted}
      loading={isLoading}
      scroll={{ x: 800 }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: t('training.entrants.empty') }}
    />
  );
}
