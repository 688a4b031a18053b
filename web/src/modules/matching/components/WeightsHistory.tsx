import { Card, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDateTime } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import { useIsPhone } from '../../../ui/useIsPhone';
import { useTableCaption } from '../../../ui/useTableCaption';
import type { WeightsView } from '../types';
import { FACTORS } from '../utils/factors';

export type WeightsHistoryProps = {
  items: WeightsView[];
  isLoading: boolean;
  /** The version in force, marked in the list. */
  currentVersion: number;
};

/** Every saved version of the weights: who saved it, when, why, and the numbers; cards on phones. */
export function WeightsHistory({ items, isLoading, currentVersion }: WeightsHistoryProps) {
  const t = useT();
  const language = useLanguage();
  const isPhone = useIsPhone();
  const caption = t('matching.weights.history.caption');
  const components = useTableCaption(caption);
  const weightsLine = (w: WeightsView) =>
    FACTORS.map((factor) => t('matching.weights.pair', { factor: t(`matching.factor.${factor}`), weight: w.weights[factor] })).join(' · ');

  if (isPhone) {
    if (items.length === 0 && !isLoading) return <Empty description={t('matching.weights.history.empty')} />;
    return (
      <ul aria-label={caption} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 12 }}>
        {items.map((w) => (
          <li key={w.version}>
            <Card size="small" variant="outlined">
              <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
                {t('matching.weights.versionLabel', { version: w.version })}
                {w.version === currentVersion ? (
                  <LabelTag tone="success" style={{ marginInlineStart: 8 }}>
                    {t('matching.weights.inForce')}
                  </LabelTag>
                ) : null}
              </Typography.Title>
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
                {t('matching.weights.savedBy', { name: w.createdByName ?? '—', time: formatDateTime(w.createdAt, language) })}
              </Typography.Paragraph>
              <Typography.Paragraph style={{ margin: 0 }}>{weightsLine(w)}</Typography.Paragraph>
              {w.note ? <Typography.Paragraph style={{ margin: '4px 0 0' }}>{t('matching.weights.noteLine', { note: w.note })}</Typography.Paragraph> : null}
            </Card>
          </li>
        ))}
      </ul>
    );
  }

  const columns: ColumnsType<WeightsView> = [
    {
      title: t('matching.weights.history.version'),
      key: 'version',
      width: 130,
      render: (_v, w) => (
        <>
          {t('matching.weights.versionLabel', { version: w.version })}
          {w.version === currentVersion ? (
            <LabelTag tone="success" style={{ marginInlineStart: 8 }}>
              {t('matching.weights.inForce')}
            </LabelTag>
          ) : null}
        </>
      ),
    },
    { title: t('matching.weights.history.savedAt'), key: 'createdAt', width: 170, render: (_v, w) => formatDateTime(w.createdAt, language) },
    { title: t('matching.weights.history.savedBy'), key: 'createdBy', width: 120, render: (_v, w) => w.createdByName ?? '—' },
    {
      title: t('matching.weights.history.weights'),
      key: 'weights',
      render: (_v, w) => weightsLine(w),
    },
    { title: t('matching.weights.note'), key: 'note', width: 200, render: (_v, w) => w.note ?? '—' },
  ];
  return (
    <Table<WeightsView>
      size="small"
      rowKey="version"
      components={components}
      columns={columns}
      dataSource={items}
      loading={isLoading}
      pagination={false}
      scroll={items.length > 0 ? { x: 900 } : undefined}
      locale={{ emptyText: t('matching.weights.history.empty') }}
    />
  );
}
