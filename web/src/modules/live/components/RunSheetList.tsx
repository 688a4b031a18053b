import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../i18n/useT';
import { formatSalary } from '../../positions/utils/format';
import type { RunSheetItem } from '../types';

export type RunSheetListProps = {
  items: RunSheetItem[];
  onAirItemId: string | null;
  /** Extra content at the end of each row (an apply button). */
  renderAction?: (item: RunSheetItem) => ReactNode;
};

/** 串词单 in order: which position is on air, which came before and which are still to come. */
export function RunSheetList({ items, onAirItemId, renderAction }: RunSheetListProps) {
  const t = useT();
  const sorted = [...items].sort((a, b) => a.sortOrder - b.sortOrder);
  return (
    <ol className="qiao-live-runsheet">
      {sorted.map((item, index) => {
        const isOnAir = item.id === onAirItemId;
        return (
          <li key={item.id} className={isOnAir ? 'qiao-live-runsheet-onair' : undefined} aria-current={isOnAir ? 'true' : undefined}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Flex vertical gap={2} style={{ minWidth: 0, flex: '1 1 200px' }}>
                <Typography.Text strong>
                  {index + 1}. {item.position.title}
                  {isOnAir ? <span className="qiao-live-badge qiao-live-badge-on" style={{ marginInlineStart: 8 }}>{t('live.onAir.badge')}</span> : null}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {item.position.organisation.name} · {formatSalary(t, item.position.salaryMin, item.position.salaryMax)}
                  {item.onAirAt && !isOnAir ? ` · ${t('live.runSheet.featured')}` : ''}
                </Typography.Text>
              </Flex>
              {renderAction?.(item)}
            </Flex>
          </li>
        );
      })}
    </ol>
  );
}
