import { List, Typography } from 'antd';
import type { MessageKey } from '../../../i18n/catalogue';
import { useLanguage } from '../../../i18n/useLanguage';
import { useT } from '../../../i18n/useT';
import { formatDate } from '../../../ui/format';
import { LabelTag } from '../../../ui/LabelTag';
import type { FactorDetail } from '../types';
import { money } from '../utils/format';

export type FactorRecordListProps = { factor: FactorDetail };

/** The records behind one factor: which patents, which contracts, which posts … */
export function FactorRecordList({ factor }: FactorRecordListProps) {
  const t = useT();
  const language = useLanguage();
  if (factor.recordCount === 0) return <Typography.Text type="secondary">{t('innovation.breakdown.noRecords')}</Typography.Text>;
  return (
    <>
      {factor.recordCount > factor.records.length ? (
        <Typography.Paragraph type="secondary">
          {t('innovation.breakdown.recordsTruncated', { shown: factor.records.length, count: factor.recordCount })}
        </Typography.Paragraph>
      ) : null}
      <List
        size="small"
        aria-label={t(`innovation.factor.${factor.factor}`)}
        dataSource={factor.records}
        rowKey={(record) => `${record.kind}:${record.id}`}
        renderItem={(record) => (
          <List.Item>
            <div>
              <LabelTag tone="info">{t(`innovation.record.${record.kind}` as MessageKey)}</LabelTag>
              <Typography.Text strong>{record.title}</Typography.Text>
              {record.reference ? <Typography.Text type="secondary"> · {record.reference}</Typography.Text> : null}
              <div>
                <Typography.Text type="secondary">
                  {[
                    record.date ? formatDate(record.date) : null,
                    record.amountFen !== null ? money(record.amountFen, language) : null,
                    record.quantity !== null ? t('innovation.record.quantity', { quantity: record.quantity }) : null,
                    record.detail,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
              </div>
            </div>
          </List.Item>
        )}
      />
    </>
  );
}
